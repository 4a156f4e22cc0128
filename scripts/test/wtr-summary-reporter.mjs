// Ends a @web/test-runner run with one plain line, `N passed, N failed, N skipped`, so CI (and a
// person) can tell a green run from one that executed nothing. A test file that fails to load or
// throws outside a test counts as one failure, since its tests never ran.
// The failures are also written, one per line, to the file named by `failuresFile` (if given), so
// `npm test` can repeat them right above its last line: a CI log is often read from its tail.
import { writeFileSync } from 'node:fs';

function countSuite(suite, totals, failures, file, path) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      const reason = test.error?.message?.split('\n')[0] ?? 'failed';
      failures.push(`${file} › ${[...path, test.name].join(' › ')}: ${reason}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, totals, failures, file, [...path, child.name]);
}

export function summaryReporter({ failuresFile } = {}) {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  let failures = [];
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      failures = [];
      for (const session of sessions) {
        const before = totals.failed;
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        if (session.testResults) countSuite(session.testResults, totals, failures, file, []);
        const brokeOutsideTests = (session.errors?.length ?? 0) > 0 || (!session.passed && totals.failed === before);
        if (brokeOutsideTests) {
          totals.failed++;
          failures.push(`${file}: ${session.errors?.[0]?.message?.split('\n')[0] ?? 'the file did not run to the end'}`);
        }
      }
      if (failuresFile) writeFileSync(failuresFile, failures.map((line) => `${line}\n`).join(''));
    },
    start() {
      // The default reporter's dynamic terminal output is flushed during shutdown: print at exit to stay last.
      process.once('exit', () => {
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
