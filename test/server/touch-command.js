// A wtr command for real touch input: `executeServerCommand('send-touch', { position: [x, y] })` taps there with
// Chromium's touch emulation on (touchstart, touchend and the click a tap makes, with pointerType "touch"), as a
// finger on a phone would. Page coordinates, like sendMouse.
const sessions = new WeakMap();

/** Turns Chromium's touch emulation on or off for `page` (once per change). */
async function emulation(page, enabled) {
  let state = sessions.get(page);
  if (!state) sessions.set(page, (state = { cdp: await page.createCDPSession(), enabled: false }));
  if (state.enabled === enabled) return;
  await state.cdp.send('Emulation.setTouchEmulationEnabled', enabled ? { enabled: true, maxTouchPoints: 5 } : { enabled: false });
  state.enabled = enabled;
}

export function touchCommandPlugin() {
  return {
    name: 'send-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'send-touch') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('send-touch needs the Chrome launcher (puppeteer)');
      const page = session.browser.getPage(session.id);
      // `{ screen: 'touch' }` turns the emulation on without a tap, `{ screen: 'mouse' }` off again: the page's
      // pointer is coarse while it is on (touch-sized buttons), so a test measures where to tap after turning it on.
      if (payload?.screen === 'touch' || payload?.screen === 'mouse') {
        await emulation(page, payload.screen === 'touch');
        return true;
      }
      const [x, y] = payload?.position ?? [];
      if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error("send-touch needs { position: [x, y] } or { screen: 'touch' | 'mouse' }");
      await emulation(page, true);
      await page.touchscreen.tap(x, y);
      return true;
    },
  };
}
