// `npm run a11y:screen-reader -- transcript.txt`: a real screen reader (GNOME's Orca, through AT-SPI) walks
// the built demo in a real, headful Chromium on a virtual X display, driven by real key presses (xdotool), and
// writes down what Orca says after each step. Not part of `npm test`: it needs Debian packages and ~4 minutes.
//
// Needs: a build (`npm run build`), a Chrome/Chromium (scripts/chrome.js finds it), and from Debian/Ubuntu
//   apt-get install -y orca xvfb xdotool dbus-daemon dbus-bin at-spi2-core
// It installs nothing itself. Orca's speech is taken from its debug log ("SPEECH OUTPUT: …" lines, written
// before speech would be handed to a synthesizer); no speech-dispatcher runs, so nothing is audible. With a real
// synthesizer a later utterance can cut off an earlier one: the transcript is everything Orca *sent* to speech.
// Orca will not start while another Orca of the same user runs (the script never ends someone else's).
//
// Options (environment): WALK_URL=http://… walks another page instead of the demo; WALK_KEEP=1 keeps the
// temporary folder (Orca's debug log, Chromium's output) and prints where it is; WALK_LANG=de_DE.UTF-8 runs
// Orca in German (needs that locale; by default Orca's own words — roles, modes — are English).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromeArgs, findChrome } from './chrome.js';
import { createServer, listen } from './serve.js';

// ---------------------------------------------------------------------------------------------------------
// The walk. Edit freely. Each step is one thing a citizen does; its keys are pressed one after the other and
// what Orca says after each key is written under it.
//   keys:   xdotool key names, e.g. 'Tab', 'shift+Tab', 'Down', 'Return', 'Escape', 'plus', 'Insert+a'
//           (Insert is Orca's key in its desktop layout: Insert+a switches between browse and focus mode).
//   type:   text typed character by character (xdotool type; umlauts work).
//   tabTo:  press Tab (at most `max` times, default 25; Shift+Tab with `back: true`) until the focused element's
//           description (the "focus:" line of the transcript, e.g. 'kn-search > input#input[role=combobox]
//           "Suche"') contains this text; then the step's `then` keys, then its `type` text, then its `keys`.
//   settle: ms of silence from Orca after which a key counts as answered (default 1500; raise it for animations).
// ---------------------------------------------------------------------------------------------------------
export const STEPS = [
  { title: 'Tab to the map (from the top of the page, Orca in browse mode)', tabTo: 'canvas' },
  { title: 'Ask Orca where focus is (Where Am I: KP_Enter)', keys: ['KP_Enter'], settle: 2500 },
  { title: 'Pan right and zoom in, straight after arriving', keys: ['Right', 'plus'], settle: 2500 },
  { title: 'Tab to the search field', tabTo: 'kn-search > input' },
  { title: 'Type "Marktstätte"', type: 'Marktstätte' },
  { title: 'Arrow down to the first result', keys: ['Down'] },
  { title: 'Choose it with Enter', keys: ['Return'], settle: 3500 },
  { title: 'Read on (Down arrow, as a screen-reader user reads)', keys: ['Down', 'Down'] },
  { title: 'Shift+Tab back to the map', tabTo: 'canvas', back: true },
  { title: 'Pan with the arrow keys, zoom in with plus (in whatever mode Orca is)', keys: ['Right', 'Down', 'plus'], settle: 2500 },
  { title: 'Back on the map (Shift+Tab, if the keys moved away)', tabTo: 'canvas', back: true },
  { title: 'Feature walk: N, N, Shift+N', keys: ['n', 'n', 'shift+n'], settle: 2500 },
  { title: 'Only the hotspots: L, then N (the nearest hotspot to the centre)', keys: ['l', 'n'], settle: 2500 },
  { title: 'Open the marked feature (Enter)', keys: ['Return'], settle: 3500 },
  { title: 'Escape back to the map', keys: ['Escape'], settle: 2500 },
  { title: 'What does the map show? (W)', keys: ['w'], settle: 2500 },
  { title: 'Toggle Orca\'s browse/focus mode (Insert+a), then Right and N', keys: ['Insert+a', 'Right', 'n'], settle: 2500 },
  { title: 'Toggle Orca\'s mode back (Insert+a)', keys: ['Insert+a'] },
  { title: 'Tab to "Nächsten Hotspot finden: Von der Kartenmitte"', tabTo: 'Von der Kartenmitte' },
  { title: 'Press it (Enter)', keys: ['Return'], settle: 3000 },
  { title: 'Tab to the first filter chip and switch it on (Space)', tabTo: 'Smart Leben', then: ['space'] },
  { title: 'Tab to the feature list', tabTo: 'kn-feature-list > button' },
  { title: 'Read the list (Down arrow)', keys: ['Down', 'Down', 'Down'] },
  { title: 'Tab to the next entry and open it (Enter)', tabTo: '▶', then: ['Return'], settle: 3500 },
  { title: 'Escape', keys: ['Escape'], settle: 2500 },
];

// Orca's settings for the walk: its defaults, except key echo (it would say "tab", "M", "a" … for every key).
const ORCA_GENERAL = { enableKeyEcho: false };
const DISPLAY_SIZE = [1280, 900];
const DEFAULT_SETTLE = 1500;
const MAX_WAIT_PER_KEY = 15000;

// ---------------------------------------------------------------------------------------------------------

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out || out.startsWith('-')) {
  console.error('usage: node scripts/screen-reader-walk.mjs <transcript.txt>   (npm run a11y:screen-reader -- <file>)');
  process.exit(2);
}

function which(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
}

function checkPrerequisites() {
  const missing = [];
  const tools = { Xvfb: 'xvfb', xdotool: 'xdotool', orca: 'orca', 'dbus-daemon': 'dbus-daemon', 'dbus-send': 'dbus-bin' };
  for (const [tool, pkg] of Object.entries(tools)) if (!which(tool)) missing.push(`${tool} (Debian package ${pkg})`);
  const busLauncher = ['/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher'].find(existsSync);
  if (!busLauncher) missing.push('at-spi-bus-launcher (Debian package at-spi2-core)');
  const chrome = findChrome();
  if (!chrome) missing.push('Chrome or Chromium (Debian package chromium, or set CHROME_PATH)');
  if (!process.env.WALK_URL && !existsSync(join(root, 'dist/cdn/kn-map-elements.js'))) {
    missing.push('the build: run `npm run build` first');
  }
  if (missing.length) {
    console.error(`screen-reader walk: missing prerequisites:\n  - ${missing.join('\n  - ')}`);
    console.error('On Debian/Ubuntu (as root): apt-get install -y orca xvfb xdotool dbus-daemon dbus-bin at-spi2-core chromium');
    process.exit(3);
  }
  return { busLauncher, chrome };
}

/** Processes we started, each the leader of its own process group, so one kill ends it with its children. */
const started = [];
function start(name, command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  child.label = name;
  child.exited = false;
  child.on('exit', () => (child.exited = true));
  // Drain what we do not read, so a chatty process never blocks on a full pipe.
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', () => undefined);
  started.push(child);
  return child;
}

async function stopAll() {
  for (const child of [...started].reverse()) {
    if (child.exited) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + 5000;
  while (started.some((child) => !child.exited) && Date.now() < deadline) await sleep(100);
  for (const child of started) {
    if (child.exited) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function lineReader(stream, onLine) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    let index;
    while ((index = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, index));
      buffer = buffer.slice(index + 1);
    }
  });
}

async function until(what, test, timeout = 20000, every = 100) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(every);
  }
}

/** Orca's debug log, read as it grows: every "SPEECH OUTPUT" line becomes one utterance. */
class OrcaSpeech {
  constructor(path) {
    this.path = path;
    this.offset = 0;
    this.utterances = [];
    this.lastAt = Date.now();
  }
  poll() {
    if (!existsSync(this.path)) return;
    const text = readFileSync(this.path, 'latin1');
    if (text.length <= this.offset) return;
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline < this.offset) return;
    const fresh = Buffer.from(text.slice(this.offset, lastNewline + 1), 'latin1').toString('utf8');
    this.offset = lastNewline + 1;
    for (const line of fresh.split('\n')) {
      const match = /SPEECH OUTPUT: '(.*?)'(?: voice=\S+)?\s*(?:\{.*\})?\s*$/.exec(line);
      if (!match) continue;
      this.utterances.push(match[1]);
      this.lastAt = Date.now();
    }
  }
  /** Everything said since the last take. */
  take() {
    this.poll();
    return this.utterances.splice(0);
  }
  /** Waits until Orca has said nothing for `quiet` ms (at least `quiet` ms, at most `max`). */
  async settle(quiet = DEFAULT_SETTLE, max = MAX_WAIT_PER_KEY) {
    const begin = Date.now();
    this.lastAt = Math.max(this.lastAt, begin);
    for (;;) {
      await sleep(100);
      this.poll();
      const now = Date.now();
      if (now - this.lastAt >= quiet || now - begin >= max) return;
    }
  }
}

/** The focused element, through shadow roots: 'kn-search > input#input[role=combobox] "Suche"'. */
function describeFocus() {
  let element = document.activeElement;
  const hosts = [];
  while (element?.shadowRoot?.activeElement) {
    hosts.push(element.localName);
    element = element.shadowRoot.activeElement;
  }
  if (!element || element === document.body) return hosts.length ? `${hosts.join(' > ')} > (inside)` : 'body';
  let name = element.localName;
  if (element.id) name += `#${element.id}`;
  if (element.getAttribute('role')) name += `[role=${element.getAttribute('role')}]`;
  const labelled = element.getAttribute('aria-labelledby');
  const label =
    element.getAttribute('aria-label') ||
    (labelled && element.getRootNode().getElementById?.(labelled)?.textContent) ||
    [...(element.labels ?? [])].map((l) => l.textContent).join(' ') ||
    element.textContent ||
    '';
  const short = label.replace(/\s+/g, ' ').trim().slice(0, 70);
  return [...hosts, name].join(' > ') + (short ? ` "${short}"` : '');
}

async function main() {
  const { busLauncher, chrome } = checkPrerequisites();
  const work = mkdtempSync(join(tmpdir(), 'kn-orca-'));
  const orcaLog = join(work, 'orca-debug.log');
  const home = join(work, 'home');
  const runtime = join(work, 'run');
  const prefs = join(work, 'orca-prefs');
  const profile = join(work, 'chromium-profile');
  for (const dir of [home, runtime, prefs, profile]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  // No "Translate this page?" bubble for the German page (Orca would read it out as an alert).
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
  writeFileSync(
    join(prefs, 'user-settings.conf'),
    JSON.stringify({
      general: ORCA_GENERAL,
      profiles: { default: { profile: ['Default', 'default'], pronunciations: {}, keybindings: {} } },
      pronunciations: {},
      keybindings: {},
    }),
  );
  // Orca's own customization hook (imported at start): flush its debug log line by line, so the walk can read
  // speech as it happens, and log at INFO level (speech is INFO) rather than every AT-SPI event.
  writeFileSync(
    join(prefs, 'orca-customizations.py'),
    'import orca.debug as debug\n' +
      'debug.debugLevel = debug.LEVEL_INFO\n' +
      'if debug.debugFile:\n    debug.debugFile.reconfigure(line_buffering=True)\n',
  );

  let server;
  let browser;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await browser?.disconnect().catch(() => undefined);
    await stopAll();
    server?.close();
    if (process.env.WALK_KEEP) console.log(`kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => cleanup().then(() => process.exit(130)));
  }

  try {
    // 1. A virtual X display (Xvfb picks a free display number and tells us on fd 3).
    const xvfb = start('Xvfb', 'Xvfb', ['-displayfd', '3', '-screen', '0', `${DISPLAY_SIZE.join('x')}x24`, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let display = '';
    lineReader(xvfb.stdio[3], (line) => (display ||= `:${line.trim()}`));
    await until('Xvfb to start', () => display || xvfb.exited);
    if (!display) throw new Error('Xvfb did not start');

    // 2. A session D-Bus of our own, then the accessibility bus (AT-SPI) on it.
    const dbus = start('dbus-daemon', 'dbus-daemon', ['--session', '--nofork', '--nopidfile', '--print-address=1']);
    let busAddress = '';
    lineReader(dbus.stdout, (line) => (busAddress ||= line.trim()));
    await until('the session D-Bus', () => busAddress || dbus.exited);
    if (!busAddress) throw new Error('dbus-daemon did not start');

    const env = {
      PATH: process.env.PATH,
      LANG: process.env.WALK_LANG ?? 'C.UTF-8',
      DISPLAY: display,
      DBUS_SESSION_BUS_ADDRESS: busAddress,
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
      XDG_DATA_HOME: join(home, '.local/share'),
      // Tells GTK/ATK toolkits (and Chromium) that assistive technology is on.
      ACCESSIBILITY_ENABLED: '1',
      GTK_MODULES: 'gail:atk-bridge',
      NO_AT_BRIDGE: '0',
      // Orca's speech goes nowhere: no speech-dispatcher is started or reached (the log still has it all).
      SPEECHD_CMD: '/bin/false',
      SPEECHD_ADDRESS: `unix_socket:${join(runtime, 'no-speech-dispatcher.sock')}`,
    };
    start('at-spi-bus-launcher', busLauncher, ['--launch-immediately'], { env });
    await until('the accessibility bus', () => {
      const result = spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'], {
        env,
        encoding: 'utf8',
      });
      return result.status === 0 && result.stdout.includes('unix:');
    });

    // 3. Orca, logging everything it would say.
    const orca = start('orca', 'orca', ['-u', prefs, '--debug-file', orcaLog, '-d', 'braille', '-d', 'main-window', '-d', 'splash-window'], { env });
    let orcaErrors = '';
    let orcaOutput = '';
    orca.stderr.on('data', (chunk) => (orcaErrors += chunk));
    orca.stdout.on('data', (chunk) => (orcaOutput += chunk));
    const speech = new OrcaSpeech(orcaLog);
    await until('Orca to start ("Screen reader on")', () => {
      // Orca refuses to start while another Orca of this user runs (and we never end someone else's).
      if (orca.exited) throw new Error(`Orca exited: ${orcaErrors.slice(-2000)}${orcaOutput.slice(-2000)}`);
      speech.poll();
      return speech.utterances.length > 0;
    }, 30000);

    // 4. The page, served on loopback, in a headful Chromium with its accessibility tree exported to AT-SPI.
    let url = process.env.WALK_URL;
    if (!url) {
      server = createServer();
      url = `http://127.0.0.1:${await listen(server, 8700)}/demo/`;
    }
    const chromium = start(
      'chromium',
      chrome,
      [
        // Chromium's translate bar would offer to translate the German page (and Orca would read it out).
        ...chromeArgs().map((arg) => (arg.startsWith('--disable-features=') ? `${arg},Translate` : arg)),
        '--force-renderer-accessibility',
        `--user-data-dir=${profile}`,
        '--remote-debugging-port=0',
        '--no-default-browser-check',
        '--password-store=basic',
        '--ozone-platform=x11',
        `--window-size=${DISPLAY_SIZE.join(',')}`,
        '--window-position=0,0',
        '--start-maximized',
        url,
      ],
      { env },
    );
    let chromiumOutput = '';
    chromium.stderr.on('data', (chunk) => (chromiumOutput = (chromiumOutput + chunk).slice(-4000)));
    const portFile = join(profile, 'DevToolsActivePort');
    const port = await until('Chromium to start', () => {
      if (chromium.exited) throw new Error(`Chromium exited: ${chromiumOutput}`);
      return existsSync(portFile) && readFileSync(portFile, 'utf8').split('\n')[0];
    }, 30000);

    // The DevTools connection only looks (what has focus, where the map is); every key goes through X.
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
    const page = await until('the page', async () => (await browser.pages()).find((p) => p.url().startsWith(url)), 30000);
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 60000 });
    await page.evaluate(() =>
      Promise.race([
        customElements.whenDefined('kn-map').then(() => Promise.all([...document.querySelectorAll('kn-map')].map((map) => map.ready))),
        new Promise((resolve) => setTimeout(resolve, 30000)),
      ]),
    );

    const xdotool = (...args) => {
      const result = spawnSync('xdotool', args, { env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`xdotool ${args.join(' ')}: ${result.stderr}`);
      return result.stdout.trim();
    };
    const windowId = xdotool('search', '--sync', '--onlyvisible', '--class', 'chromium').split('\n')[0];
    xdotool('windowfocus', '--sync', windowId);
    await speech.settle(3000, 60000);

    const focus = () => page.evaluate(describeFocus).catch((error) => `(unknown: ${error.message})`);
    const view = () => page.evaluate(() => location.hash || '(no hash)').catch(() => '?');
    const lines = [];
    const heading = [
      `Orca screen-reader walk over ${process.env.WALK_URL ? url : '/demo/ (dist build)'}`,
      `Orca ${spawnSync('orca', ['--version'], { env, encoding: 'utf8' }).stdout.trim().replace(/^orca\s*/i, '')}, ` +
        `${(await browser.version()).replace('/', ' ')} (headful, Xvfb ${DISPLAY_SIZE.join('x')}), ` +
        `Orca settings: defaults + ${JSON.stringify(ORCA_GENERAL)}, Orca's UI language: ${env.LANG}`,
      `Written by scripts/screen-reader-walk.mjs on ${new Date().toISOString().slice(0, 10)}. ` +
        '"Orca:" lines are Orca\'s speech output, verbatim, in order; "focus:" and "view:" come from DevTools, not from Orca.',
      '',
      '## 0. Page loads (Orca reads the page on load)',
      ...speech.take().map((text) => `   Orca: ${text}`),
      `   focus: ${await focus()}`,
      '',
    ];
    lines.push(...heading);
    console.log(heading.join('\n'));

    const record = async (label, settleMs) => {
      await speech.settle(settleMs);
      const said = speech.take();
      const block = [`   [${label}]`, ...(said.length ? said.map((text) => `   Orca: ${text}`) : ['   Orca: (nothing)']), `   focus: ${await focus()}`];
      return block;
    };

    for (const [index, step] of STEPS.entries()) {
      const block = [`## ${index + 1}. ${step.title}`];
      speech.take();
      const settleMs = step.settle ?? DEFAULT_SETTLE;
      if (step.tabTo) {
        // Already there (an earlier step got there): no key at all.
        let reached = (await focus()).includes(step.tabTo);
        if (reached) block.push(`   (focus already on "${step.tabTo}": no key pressed)`);
        const tab = step.back ? 'shift+Tab' : 'Tab';
        for (let press = 0; press < (step.max ?? 25) && !reached; press++) {
          xdotool('key', '--clearmodifiers', tab);
          block.push(...(await record(tab, settleMs)));
          reached = (await focus()).includes(step.tabTo);
        }
        if (!reached) block.push(`   !! focus never reached "${step.tabTo}" within ${step.max ?? 25} Tab presses`);
      }
      for (const key of step.then ?? []) {
        xdotool('key', '--clearmodifiers', key);
        block.push(...(await record(key, settleMs)));
      }
      if (step.type) {
        xdotool('type', '--delay', '150', '--clearmodifiers', step.type);
        block.push(...(await record(`type "${step.type}"`, settleMs)));
      }
      for (const key of step.keys ?? []) {
        xdotool('key', '--clearmodifiers', key);
        block.push(...(await record(key, settleMs)));
      }
      block.push(`   view: ${await view()}`, '');
      lines.push(...block);
      console.log(block.join('\n'));
    }

    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, lines.join('\n') + '\n');
    if (process.env.WALK_KEEP) writeFileSync(join(work, 'chromium-stderr.txt'), chromiumOutput);
    console.log(`transcript: ${out}`);
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(`screen-reader walk failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
