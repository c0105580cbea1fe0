// Prints one plain line after the run, the line CI reads:  `wtr: N passed, N failed, N skipped`
// (WTR's own progress line is decorated and not meant for parsing). A test file that failed to load, or a
// failing hook outside any test, counts as one failure.
function count(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, acc);
}

export function plainSummaryReporter() {
  let last;
  return {
    start() {
      process.once('exit', () => {
        if (last) console.log(`wtr: ${last.passed} passed, ${last.failed} failed, ${last.skipped} skipped`);
      });
    },
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        const before = acc.failed;
        count(s.testResults, acc);
        // a session that did not pass but has no failed test: load error, hook error, browser crash
        if (!s.passed && acc.failed === before) acc.failed++;
      }
      last = acc;
    },
  };
}
