import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './scripts/chrome.js';
import { fixtureMiddleware } from './test/server/fixture-middleware.js';
import { startForeignRequestRecorder } from './test/server/foreign-request-recorder.js';
import { summaryReporter } from './test/server/summary-reporter.js';

const recorder = await startForeignRequestRecorder();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1, // WebGL on SwiftShader is CPU-bound; files run one after another on 2 cores
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 30_000 } },
  middleware: [fixtureMiddleware(recorder)],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs() },
      // Only the test pages' traffic (their workers included) goes through the recorder; the browser's
      // own background traffic does not, and goes nowhere (see chromeArgs).
      createBrowserContext: ({ browser }) => browser.createBrowserContext({ proxyServer: `http://127.0.0.1:${recorder.port}` }),
      createPage: ({ context }) => context.newPage(),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
