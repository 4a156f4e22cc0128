// Ends a @web/test-runner run with one plain line, `N passed, N failed, N skipped`, so CI (and a
// person) can tell a green run from one that executed nothing. A test file that fails to load or
// throws outside a test counts as one failure, since its tests never ran.

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function summaryReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) countSuite(session.testResults, totals);
        const brokeOutsideTests = (session.errors?.length ?? 0) > 0 || (!session.passed && totals.failed === before);
        if (brokeOutsideTests) totals.failed++;
      }
    },
    start() {
      // The default reporter's dynamic terminal output is flushed during shutdown: print at exit to stay last.
      process.once('exit', () => {
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
