import { relative } from 'node:path';

// Prints "N passed, N failed" as the run's last line, so a run that executed nothing is visible to CI. Above it, the
// five slowest tests and the failed tests by file and name with the first line of their error: the end of a long
// log (all CI keeps of it sometimes) says what failed, not only how many.
function count(suite, totals, failures, path, durations = []) {
  for (const test of suite?.tests ?? []) {
    if (test.duration) durations.push({ name: [...path, test.name].join(' › '), ms: test.duration });
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      failures.push(`${[...path, test.name].join(' › ')}: ${firstLine(test.error?.message)}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, failures, [...path, child.name], durations);
}

function firstLine(message) {
  return String(message ?? 'failed').split('\n')[0].slice(0, 300);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      const durations = [];
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        const failed = [];
        const timed = [];
        count(session.testResults, totals, failed, [], timed);
        for (const { name, ms } of timed) durations.push({ name: `${relative(process.cwd(), session.testFile)} › ${name}`, ms });
        const ran = totals.passed + totals.failed + totals.skipped - before;
        // A test file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (ran === 0 || session.errors?.length)) {
          totals.failed += 1;
          failed.push(`(the file): ${firstLine(session.errors?.[0]?.message)}`);
        }
        const group = session.group?.name && session.group.name !== 'default' ? ` [${session.group.name}]` : '';
        for (const failure of failed) failures.push(`  ${relative(process.cwd(), session.testFile)}${group} › ${failure}`);
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // The slowest tests: where a busy machine (CI's two cores) comes nearest to a test's time limit.
      const slowest = durations.sort((a, b) => b.ms - a.ms).slice(0, 5);
      const slow = slowest.length ? `\nSlowest:\n${slowest.map(({ name, ms }) => `  ${(ms / 1000).toFixed(1)} s  ${name.slice(0, 200)}`).join('\n')}\n` : '';
      const listed = failures.length ? `\nFailed:\n${failures.join('\n')}\n` : '';
      // Written at exit so that it is the very last line, after the default reporter's output.
      process.once('exit', () => process.stdout.write(`${slow}${listed}\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}
