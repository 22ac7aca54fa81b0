// Prints "N passed, N failed" as the run's last line, so a run that executed nothing is visible to CI.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        // A test file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (ran === 0 || session.errors?.length)) totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Written at exit so that it is the very last line, after the default reporter's output.
      process.once('exit', () => process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}
