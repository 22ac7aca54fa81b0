// A wtr command for real touch input: `executeServerCommand('send-touch', { position: [x, y] })` taps there with
// Chromium's touch emulation on (touchstart, touchend and the click a tap makes, with pointerType "touch"), as a
// finger on a phone would. Page coordinates, like sendMouse.
const sessions = new WeakMap();

export function touchCommandPlugin() {
  return {
    name: 'send-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'send-touch') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('send-touch needs the Chrome launcher (puppeteer)');
      const [x, y] = payload?.position ?? [];
      if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error('send-touch needs { position: [x, y] }');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        sessions.set(page, cdp);
      }
      await page.touchscreen.tap(x, y);
      return true;
    },
  };
}
