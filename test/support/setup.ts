/**
 * Imported by every test page (testRunnerHtml in web-test-runner.config.mjs) right after the mocha
 * framework module and before any test module, so it sees the `mocha` global before `mocha.setup()`.
 *
 * Lit dev-mode warnings fail the test that caused them. Lit (dev build, which WTR resolves) reports
 * mistakes such as `change-in-update` with console.warn and a "lit.dev/msg/<code>" link; each distinct
 * warning is logged once per page. The only one ignored is the "Lit is in dev mode" notice.
 */

const ignored = [/lit\.dev\/msg\/dev-mode\b/, /^Lit is in dev mode/];
const pending: string[] = [];

const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  if (text.includes('lit.dev/msg') && !ignored.some((re) => re.test(text))) pending.push(text);
  originalWarn(...args);
};

function report(): Error {
  const messages = pending.splice(0);
  return new Error(`Lit dev-mode warning${messages.length > 1 ? 's' : ''}:\n- ${messages.join('\n- ')}`);
}

/** Runnable#error(err) exists in mocha but not in @types/mocha. */
type HookWithError = Mocha.Runnable & { error(err: Error): void };

interface RootSuite {
  afterEach(title: string, fn: (this: Mocha.Context) => void): void;
  afterAll(title: string, fn: (this: Mocha.Context) => void): void;
}
const mochaGlobal = (globalThis as { mocha?: { suite: RootSuite } }).mocha;
if (!mochaGlobal) {
  throw new Error('test/support/setup.ts must be imported after the mocha test framework (testRunnerHtml)');
}

// `this.test` inside a hook is the hook; an error set on it makes mocha fail the current test without
// aborting the remaining tests (a thrown error would skip the rest of the suite).
mochaGlobal.suite.afterEach('no Lit dev-mode warnings', function () {
  if (pending.length) (this.test as HookWithError).error(report());
});

// Warnings logged after the last test (late async updates) fail the run as a hook error.
mochaGlobal.suite.afterAll('no Lit dev-mode warnings after the last test', function () {
  if (pending.length) throw report();
});
