/**
 * Imported by every test page (testRunnerHtml in web-test-runner.config.mjs) right after the mocha
 * framework module and before any test module, so it sees the `mocha` global before `mocha.setup()`.
 *
 * Lit dev-mode warnings fail the test that caused them. Lit (dev build, which WTR resolves) reports
 * mistakes such as `change-in-update` with console.warn and a "lit.dev/msg/<code>" link; each distinct
 * warning is logged once per page. The only one ignored is the "Lit is in dev mode" notice.
 *
 * A test that runs axe (`expect(el).to.be.accessible()`) gets the time budget axe needs, AXE_TIMEOUT
 * (test/support/heavy.ts), from the moment it calls it.
 */
// The same chai instance as '@open-wc/testing', without its side effects: its fixture module registers
// fixture cleanup with mocha's `afterEach`, which does not exist yet when this module runs.
import * as pure from '@open-wc/testing/pure';
// Registered here first so that `accessible` can be wrapped below; @open-wc/testing's own chai.use() of the
// same plugin is then a no-op (chai.use skips a plugin it already has), so the wrapper stays.
import { chaiA11yAxe } from 'chai-a11y-axe';
import { AXE_TIMEOUT } from './heavy.js';

/** '@open-wc/testing/pure' exports chai at run time; its type declarations leave it out. */
const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

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
  beforeEach(title: string, fn: (this: Mocha.Context) => void): void;
  afterEach(title: string, fn: (this: Mocha.Context) => void): void;
  afterAll(title: string, fn: (this: Mocha.Context) => void): void;
}
const mochaGlobal = (globalThis as { mocha?: { suite: RootSuite } }).mocha;
if (!mochaGlobal) {
  throw new Error('test/support/setup.ts must be imported after the mocha test framework (testRunnerHtml)');
}

// `this.test` inside a hook is the hook; an error set on it makes mocha fail the current test without
// aborting the remaining tests (a thrown error would skip the rest of the suite).
// axe's cost grows with the DOM it checks, and with how busy the machine is (a whole page of widgets: about
// 2 s idle, up to 17 s on 2 busy cores; figures in test/support/heavy.ts), not with whether the widget is
// right. So when a test calls axe, its timeout becomes at least AXE_TIMEOUT, which restarts mocha's timer:
// axe gets the budget it needs from that moment. (It is not put back afterwards: mocha also fails a test
// whose whole duration exceeds its timeout, so the test keeps AXE_TIMEOUT as its total budget.) Nothing
// about the check changes: same element, same rules, any violation fails the test.
let currentTest: Mocha.Runnable | undefined;
mochaGlobal.suite.beforeEach('remember the running test (for the axe budget)', function () {
  currentTest = this.currentTest;
});
chai.use(chaiA11yAxe);
chai.use((_chai, utils) => {
  utils.overwriteMethod(
    _chai.Assertion.prototype,
    'accessible',
    (original: (...args: unknown[]) => unknown) =>
      function (this: object, ...args: unknown[]) {
        const own = currentTest?.timeout() ?? 0;
        // 0 means "no timeout" (this.timeout(0)): leave it alone.
        if (currentTest && own !== 0) currentTest.timeout(Math.max(own, AXE_TIMEOUT));
        return original.apply(this, args);
      },
  );
});

mochaGlobal.suite.afterEach('no Lit dev-mode warnings', function () {
  if (pending.length) (this.test as HookWithError).error(report());
});

// Warnings logged after the last test (late async updates) fail the run as a hook error.
mochaGlobal.suite.afterAll('no Lit dev-mode warnings after the last test', function () {
  if (pending.length) throw report();
});
