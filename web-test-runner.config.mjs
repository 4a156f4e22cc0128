import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChromium, CHROMIUM_ARGS } from './scripts/test/find-chromium.mjs';
import { summaryReporter } from './scripts/test/wtr-summary-reporter.mjs';
import { serveMswWorker } from './scripts/dev/serve-msw-worker.mjs';
import { reactEsmPlugin } from './scripts/dev/react-esm.mjs';

const executablePath = findChromium() ?? undefined;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['packages/*/src/**/*.test.ts', '!**/node_modules/**'],
  // `source` resolves workspace packages to their TypeScript sources: tests never need a build.
  middleware: [serveMswWorker],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  // React's npm packages are CommonJS: served as an esbuild-made ESM bundle (@credit-kit/react tests).
  plugins: [reactEsmPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter({ failuresFile: process.env.CK_WTR_FAILURES })],
};
