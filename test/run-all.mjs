// npm test: every check and every test runner, one after another, even when one fails; then one
// line totalled over all of them, "N passed, N failed, N skipped", and a non-zero exit on any failure.
// The static checks (types, lint, format, build) count as one test each.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');

const checks = [
  { name: 'typecheck', command: [bin('tsc'), '-p', '.'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'format', command: [bin('prettier'), '--check', '--log-level', 'warn', '.'] },
  { name: 'build', command: [process.execPath, join(root, 'build', 'build.mjs')] },
];

const runners = [
  {
    name: 'vitest',
    command: [bin('vitest'), 'run'],
    report: join(results, 'vitest.json'),
    count: (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests + (r.numRuntimeErrorTests ?? 0),
      skipped: r.numPendingTests + r.numTodoTests,
    }),
  },
  {
    name: 'playwright',
    command: [bin('playwright'), 'test'],
    report: join(results, 'playwright.json'),
    count: (r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected + (r.errors?.length ?? 0),
      skipped: r.stats.skipped,
    }),
  },
];

function run(name, [command, ...args]) {
  console.log(
    `\n== ${name}: ${[command, ...args].map((part) => part.replace(root + '/', '')).join(' ')}`,
  );
  const started = Date.now();
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (error) console.error(error.message);
  console.log(
    `== ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status === 0;
}

const total = { passed: 0, failed: 0, skipped: 0 };
const add = (counts) => {
  for (const key of Object.keys(total)) total[key] += counts[key];
};

for (const check of checks)
  add(
    run(check.name, check.command)
      ? { passed: 1, failed: 0, skipped: 0 }
      : { passed: 0, failed: 1, skipped: 0 },
  );

for (const runner of runners) {
  rmSync(runner.report, { force: true });
  const ok = run(runner.name, runner.command);
  const counts = existsSync(runner.report)
    ? runner.count(JSON.parse(readFileSync(runner.report, 'utf8')))
    : undefined;
  // A runner that fails without reporting a failed test (it crashed, or found no tests) still fails.
  add(counts ?? { passed: 0, failed: 1, skipped: 0 });
  if (!ok && counts?.failed === 0) add({ passed: 0, failed: 1, skipped: 0 });
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
