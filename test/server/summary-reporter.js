import { relative } from 'node:path';

// Prints "N passed, N failed" as the run's last line, so a run that executed nothing is visible to CI. Above it, the
// five slowest tests and the failed tests by file and name with the first line of their error: the end of a long
// log (all CI keeps of it sometimes) says what failed, not only how many. The count line is written whatever the
// lists above it meet.

const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim();

/** The first line of an error's message that says something; else its name. */
function reason(error) {
  const line = String(error?.message ?? '')
    .split('\n')
    .find((part) => part.trim());
  return oneLine(line ?? error?.name ?? 'failed').slice(0, 300);
}

function count(suite, totals, failures, durations, path) {
  for (const test of suite?.tests ?? []) {
    const name = [...path, test.name].map(oneLine).join(' › ');
    if (test.duration) durations.push({ name, ms: test.duration });
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      // A failed before/beforeEach hook leaves its tests unrun, without an error of their own.
      failures.push(`${name}: ${test.error ? reason(test.error) : 'did not run (a hook failed: see "(the file)")'}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, failures, durations, [...path, child.name]);
}

/** What is printed above the count: the slowest tests and the failed ones. */
function lists(sessions, totals) {
  const failures = [];
  const durations = [];
  for (const session of sessions) {
    const file = `${relative(process.cwd(), session.testFile)}${session.group?.name && session.group.name !== 'default' ? ` [${session.group.name}]` : ''}`;
    const before = totals.passed + totals.failed + totals.skipped;
    const failed = [];
    const timed = [];
    count(session.testResults, totals, failed, timed, []);
    const ran = totals.passed + totals.failed + totals.skipped - before;
    // A test file that failed to load, threw outside a test or did not finish counts as a failure.
    if (!session.passed && (ran === 0 || session.errors?.length)) {
      totals.failed += 1;
      failed.push(`(the file): ${session.status && session.status !== 'FINISHED' ? `did not finish (${session.status})` : reason(session.errors?.[0])}`);
    }
    for (const failure of failed) failures.push(`  ${file} › ${failure}`);
    for (const { name, ms } of timed) durations.push({ name: `${file} › ${name}`, ms });
  }
  // The slowest tests: where a busy machine (CI's two cores) comes nearest to a test's time limit.
  const slowest = durations.sort((a, b) => b.ms - a.ms).slice(0, 5);
  const slow = slowest.length ? `\nSlowest:\n${slowest.map(({ name, ms }) => `  ${(ms / 1000).toFixed(1)} s  ${name.slice(0, 200)}`).join('\n')}\n` : '';
  return `${slow}${failures.length ? `\nFailed:\n${failures.join('\n')}\n` : ''}`;
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let above = '';
      // Written at exit so that it is the very last line, after the default reporter's output.
      process.once('exit', () => {
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`${above}\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
      try {
        above = lists(sessions, totals);
      } catch (error) {
        // The count so far stands; what could not be listed is said.
        above = `\n(the summary could not list the tests: ${error?.message})\n`;
        if (totals.passed + totals.failed === 0) totals.failed = 1;
      }
    },
  };
}
