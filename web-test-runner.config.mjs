// @web/test-runner: mocha in headless Debian Chromium (never a downloaded browser).
//   npm run test:unit       wtr                  (fast, no coverage)
//   npm run test:coverage   wtr --coverage       (thresholds below; run last by `npm test`)
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cliPlugin } from './test/support/cli-plugin.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { heapPlugin } from './test/support/heap-plugin.mjs';
import { memberPlugin } from './test/support/member-plugin.mjs';
import { linkPlugin } from './test/support/link-plugin.mjs';
import { plainSummaryReporter } from './test/support/plain-summary-reporter.mjs';
import { executablePath, chromiumArgs } from './scripts/chromium.mjs';

/**
 * Every test page: a deliberately hostile host stylesheet (the widgets live in shadow DOM and must survive
 * it), motion off, then the mocha framework, then test/support/setup.ts (registers root hooks on the
 * `mocha` global the framework has just created, before any test module is imported).
 */
const testRunnerHtml = (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/test/support/hostile.css" />
    <style>
      :root {
        --bp-motion-duration: 0ms;
      }
    </style>
  </head>
  <body>
    <script type="module">
      import '${testFramework}';
      import '/test/support/setup.ts';
    </script>
  </body>
</html>`;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // tsconfig is REQUIRED: it carries experimentalDecorators/useDefineForClassFields to esbuild.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
    cliPlugin(),
    forcedColorsPlugin(),
    heapPlugin(),
    memberPlugin(), // team sessions (issue 17): a member answering in a separate browser context
    linkPlugin(), // share links (issue 15): a link opened in a fresh browser context
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  testRunnerHtml,
  // 5 s per test suits one widget. Heavy tests (axe over a page of widgets) get the time they need through
  // test/support/heavy.ts and the axe budget in test/support/setup.ts, with the measurements; never retries.
  testFramework: { config: { timeout: 5000, retries: 0 } },
  // Per test file. The slowest file (test/framework/cli.test.ts, which spawns the CLI) took 49 s with both
  // cores busy (load average 11); the default concurrency, cores / 2, runs one file at a time on 2 cores.
  testsFinishTimeout: 120000,
  // Lit's dev build (resolved on purpose: its warnings fail tests, see test/support/setup.ts) announces itself
  // once per test file; drop that one notice from the report.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), plainSummaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/data/**', 'src/**/*.d.ts', 'node_modules/**'],
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
