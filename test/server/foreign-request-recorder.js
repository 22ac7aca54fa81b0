// A proxy that answers every non-loopback request with an error and remembers the host it was for.
import http from 'node:http';

export async function startForeignRequestRecorder() {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    requests,
    clear: () => requests.splice(0),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
