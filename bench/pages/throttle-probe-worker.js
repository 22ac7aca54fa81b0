// See throttle-probe.html: the same loop as the page's, and one small request.
function spin() {
  const start = performance.now();
  let sum = 0;
  for (let i = 0; i < 2e7; i++) sum += Math.sqrt(i);
  return [performance.now() - start, sum];
}
(async () => {
  const start = performance.now();
  const response = await fetch('/bench/pages/throttle-probe.html?from-worker');
  await response.arrayBuffer();
  postMessage({ workerFetchMs: performance.now() - start, workerSpinMs: spin()[0] });
})().catch((error) => postMessage({ error: String(error) }));
