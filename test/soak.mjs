// npm run soak [-- MULTIPLIER]: the fault and fuzz tests run MULTIPLIER times longer (10 unless
// given): more SIGKILLs, more generated inputs. Ends with the totals over every suite: inputs
// tried, faults injected, records lost (which must be 0); exits non-zero on any failure or loss.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const multiplier = process.argv[2] ?? '10';
const countsFile = join(root, 'test-results', 'soak-counts.jsonl');
mkdirSync(dirname(countsFile), { recursive: true });
rmSync(countsFile, { force: true });

const suites = [
  'test/integration/crash-safety.test.ts',
  'test/integration/fuzz-api.test.ts',
  'test/unit/fuzz-importers.test.ts',
  'test/integration/malformed-files.test.ts',
];
const { status } = spawnSync(
  join(root, 'node_modules', '.bin', 'vitest'),
  ['run', '--testTimeout=900000', ...suites],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SVT_SOAK: multiplier, SVT_COUNTS_FILE: countsFile },
  },
);

const counts = existsSync(countsFile)
  ? readFileSync(countsFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const total = (key) => counts.reduce((sum, suite) => sum + suite[key], 0);
console.log(`\nSoak (x${multiplier}) over ${counts.length} suites:`);
for (const suite of counts) {
  console.log(
    `  ${suite.suite}: ${suite.inputsTried} inputs tried, ${suite.faultsInjected} faults injected, ${suite.recordsLost} records lost`,
  );
}
console.log(
  `Total: ${total('inputsTried')} inputs tried, ${total('faultsInjected')} faults injected, ${total('recordsLost')} records lost`,
);
process.exit(status === 0 && total('recordsLost') === 0 ? 0 : 1);
