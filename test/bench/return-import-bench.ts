// npm run bench, the supplier return import: a completed return workbook of 100,000 rows (and
// one of 25,000, to see whether memory grows with the file) read and checked as the import reads
// it (electron/excel/return-import.ts, streamed), against exceljs's streaming reader alone reading
// every row of the same file. Target: at most 1.5 times as long. Each run is a process of its own
// (return-import-worker.ts), so its peak memory is its own. The medians and the fastest runs are
// reported with the load average: on a shared machine the fastest run is the truer cost.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const worker = join(root, 'dist', 'bench', 'return-import-worker.mjs');
const runs = 3;
const targetRatio = 1.5;

interface Measured {
  ms: number;
  peakRssMb: number;
  peakHeapMb: number;
}

function runWorker(...args: string[]): Measured {
  const result = spawnSync(process.execPath, [worker, ...args], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`return-import-worker ${args[0]} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as Measured;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function measure(dir: string, rows: number) {
  const file = join(dir, `return-${rows}.xlsx`);
  runWorker('make', file, String(rows));
  const size = (await stat(file)).size;
  const alone: Measured[] = [];
  const imported: Measured[] = [];
  for (let run = 0; run < runs; run += 1) {
    alone.push(runWorker('exceljs', file));
    imported.push(runWorker('import', file));
  }
  const ms = (list: Measured[], pick: (values: number[]) => number) => pick(list.map((m) => m.ms));
  const fastest = (values: number[]) => Math.min(...values);
  const mb = (list: Measured[], key: 'peakRssMb' | 'peakHeapMb') => median(list.map((m) => m[key]));
  console.log(
    `Return import, ${rows.toLocaleString('en-GB')} rows (${(size / 1024 / 1024).toFixed(1)} MB), ${runs} runs each, ` +
      `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores: ` +
      `import median ${ms(imported, median).toFixed(0)} ms (fastest ${ms(imported, fastest).toFixed(0)}), ` +
      `exceljs streaming reader alone median ${ms(alone, median).toFixed(0)} ms (fastest ${ms(alone, fastest).toFixed(0)}); ` +
      `ratio ${(ms(imported, median) / ms(alone, median)).toFixed(2)} by medians, ` +
      `${(ms(imported, fastest) / ms(alone, fastest)).toFixed(2)} by fastest (target ${targetRatio}); ` +
      `peak RSS ${mb(imported, 'peakRssMb')} MB (exceljs alone ${mb(alone, 'peakRssMb')} MB), ` +
      `peak heap growth ${mb(imported, 'peakHeapMb')} MB (exceljs alone ${mb(alone, 'peakHeapMb')} MB)`,
  );
}

export async function returnImportBench(): Promise<void> {
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
    await measure(dir, 25_000);
    await measure(dir, 100_000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await returnImportBench();
