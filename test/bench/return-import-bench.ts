// npm run bench, the supplier return import end to end: a workspace with a contract committed to
// 25,000 (and 100,000) measures, and its completed return workbook, imported as the officer does
// it on the open workspace (the file read and checked for the preview, then the confirmed write
// of the return, every line with its audit trail row, the dashboard's line_delivery rows and
// totals, and the import history entry), against exceljs's streaming reader alone reading every
// row of the same file. Target: at most 1.5 times as long, with memory that does not grow with
// the file. Also the whole `svt import return FILE --data-dir DIR` command once, which opens the
// workspace first (integrity check, the day's backup: they grow with the workspace, not the
// file). Each run is a process of its own (return-import-worker.ts) on a fresh copy of the
// workspace, so its peak memory is its own. Medians and the fastest runs are reported with the
// load average: on a shared machine the fastest run is the truer cost. Last, the smallest of a
// few heap sizes that the import and the reader alone each complete in: what they keep alive.

import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const worker = join(root, 'dist', 'bench', 'return-import-worker.mjs');
const runs = 3;
const targetRatio = 1.5;
/** The heap sizes (MB) tried, smallest first, for what a run keeps alive. */
const heapSizesMb = [40, 48, 64, 96];

interface Measured {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  lines?: number;
  lineDelivery?: number;
  lineChanges?: number;
  imports?: number;
}

function spawnWorker(nodeArgs: string[], args: string[]) {
  return spawnSync(process.execPath, [...nodeArgs, worker, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** What the worker measured: the last line it printed. */
const measured = (stdout: string) =>
  JSON.parse(stdout.trim().split('\n').at(-1) as string) as Measured;

function runWorker(...args: string[]): Measured {
  const result = spawnWorker([], args);
  if (result.status !== 0)
    throw new Error(`return-import-worker ${args[0]} failed: ${result.stderr || result.stdout}`);
  return measured(result.stdout);
}

/** Runs `use` on a fresh copy of the workspace, removed afterwards. */
async function onCopyOf<T>(workspaceDir: string, use: (copy: string) => T): Promise<T> {
  const copy = await mkdtemp(join(tmpdir(), 'svt-return-bench-run-'));
  try {
    await cp(workspaceDir, copy, { recursive: true });
    return use(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** The smallest of heapSizesMb that `completes` with Node's heap held to it, or null if none. */
async function smallestHeapMb(
  completes: (nodeArgs: string[]) => Promise<boolean>,
): Promise<number | null> {
  for (const heapMb of heapSizesMb) {
    if (await completes([`--max-old-space-size=${heapMb}`])) return heapMb;
  }
  return null;
}

/** Every line stored with its audit row and dashboard row, in one import. */
const storedAll = (run: Measured, rows: number) =>
  run.lines === rows &&
  run.lineDelivery === rows &&
  (run.lineChanges ?? 0) >= rows &&
  run.imports === 1;

/** One import on a fresh copy of the workspace, checked: every line stored with its audit row. */
function importOnce(
  how: 'import' | 'cli',
  workspaceDir: string,
  file: string,
  rows: number,
): Promise<Measured> {
  return onCopyOf(workspaceDir, (copy) => {
    const run = runWorker(how, copy, file);
    if (!storedAll(run, rows)) {
      const { lines, lineDelivery, lineChanges, imports } = run;
      const got = JSON.stringify({ lines, lineDelivery, lineChanges, imports });
      throw new Error(`The import of ${rows} lines stored ${got}`);
    }
    return run;
  });
}

/** The smallest heap the import completes in (every line stored), and the reader alone. */
async function smallestHeaps(workspaceDir: string, file: string, rows: number) {
  const importHeapMb = await smallestHeapMb((nodeArgs) =>
    onCopyOf(workspaceDir, (copy) => {
      const result = spawnWorker(nodeArgs, ['import', copy, file]);
      return result.status === 0 && storedAll(measured(result.stdout), rows);
    }),
  );
  const readerHeapMb = await smallestHeapMb(
    async (nodeArgs) => spawnWorker(nodeArgs, ['exceljs', file]).status === 0,
  );
  const shown = (heapMb: number | null) =>
    heapMb === null ? `none of ${heapSizesMb.join(', ')} MB` : `${heapMb} MB`;
  return `smallest heap it completes in ${shown(importHeapMb)} (exceljs alone ${shown(readerHeapMb)})`;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const fastest = (values: number[]) => Math.min(...values);

async function measure(dir: string, rows: number) {
  const workspaceDir = join(dir, `workspace-${rows}`);
  const file = join(dir, `return-${rows}.xlsx`);
  runWorker('setup', workspaceDir, file, String(rows));
  const size = (await stat(file)).size;
  const alone: Measured[] = [];
  const imported: Measured[] = [];
  for (let run = 0; run < runs; run += 1) {
    alone.push(runWorker('exceljs', file));
    imported.push(await importOnce('import', workspaceDir, file, rows));
  }
  const command = await importOnce('cli', workspaceDir, file, rows);
  const heaps = await smallestHeaps(workspaceDir, file, rows);
  const pick = (list: Measured[], key: 'ms' | 'cpuMs', how: (values: number[]) => number) =>
    how(list.map((m) => m[key]));
  const ratio = (key: 'ms' | 'cpuMs', how: (values: number[]) => number) =>
    (pick(imported, key, how) / pick(alone, key, how)).toFixed(2);
  const mb = (list: Measured[], key: 'peakRssMb' | 'peakHeapMb') => median(list.map((m) => m[key]));
  console.log(
    `Return import end to end, ${rows.toLocaleString('en-GB')} lines (${(size / 1024 / 1024).toFixed(1)} MB), ${runs} runs each, ` +
      `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores: ` +
      `import median ${pick(imported, 'ms', median).toFixed(0)} ms (fastest ${pick(imported, 'ms', fastest).toFixed(0)}, CPU ${pick(imported, 'cpuMs', median).toFixed(0)}), ` +
      `exceljs streaming reader alone median ${pick(alone, 'ms', median).toFixed(0)} ms (fastest ${pick(alone, 'ms', fastest).toFixed(0)}, CPU ${pick(alone, 'cpuMs', median).toFixed(0)}); ` +
      `ratio ${ratio('ms', median)} by medians, ${ratio('ms', fastest)} by fastest, ${ratio('cpuMs', median)} by CPU time (target at most ${targetRatio}); ` +
      `peak RSS ${mb(imported, 'peakRssMb')} MB (exceljs alone ${mb(alone, 'peakRssMb')} MB), ` +
      `peak heap growth ${mb(imported, 'peakHeapMb')} MB (exceljs alone ${mb(alone, 'peakHeapMb')} MB); ` +
      `the whole svt import return command ${command.ms.toFixed(0)} ms (CPU ${command.cpuMs.toFixed(0)}), peak RSS ${command.peakRssMb} MB; ${heaps}`,
  );
}

export async function returnImportBench(sizes: readonly number[] = [25_000, 100_000]) {
  await build({
    entryPoints: [join(root, 'test', 'bench', 'return-import-worker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    outfile: worker,
    logLevel: 'warning',
  });
  const dir = await mkdtemp(join(tmpdir(), 'svt-return-bench-'));
  try {
    for (const rows of sizes) await measure(dir, rows);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  await returnImportBench(sizes.length > 0 ? sizes : undefined);
}
