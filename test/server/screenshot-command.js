// A wtr command that answers with what the screen shows, as a citizen sees it: Chromium's composited page, not a
// canvas's drawing buffer. `executeServerCommand('screenshot', { x, y, width, height })` (CSS pixels of the
// viewport) answers `{ png }`, the region as a base64 PNG, for the test page to decode (test/helpers/screen.ts).
export function screenshotCommandPlugin() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('screenshot needs the Chrome launcher (puppeteer)');
      const page = session.browser.getPage(session.id);
      const { x, y, width, height } = payload;
      const png = await page.screenshot({ encoding: 'base64', captureBeyondViewport: false, clip: { x, y, width, height } });
      return { png };
    },
  };
}
