// npm run bench, the exports: on the large workspace (svt demo --large: 50,000 contracts, 20,000
// suppliers, 5,000 exercises and their audit trail), the Transparency Code register as CSV and
// as XLSX and the whole workspace as one workbook, each run as an officer would, through the
// built command line in its own process: the export's time (as svt reports it, without opening
// the workspace), rows a second, and the process's peak memory beside that of opening alone. The whole-workspace export is also run on the demo council (about a hundred contracts)
// and the peak memories compared: a streamed export should need about the same on both.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { buildLargeWorkspace } from './list-bench.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = 3;
/** Prints the process's peak resident memory (kB) and CPU time (µs) to stderr as it exits. */
const reportPeak =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`peak-rss ${u.maxRSS} cpu ${u.userCPUTime+u.systemCPUTime}\\n`)})';

interface Run {
  /** The export itself, as the command reports it (opening the workspace is not counted). */
  ms: number;
  peakMb: number;
  /** The whole process's CPU time, opening included: steadier than wall time on a busy machine. */
  cpuMs: number;
  bytes: number;
}

/** Runs the built svt with `args` in its own process; its output and peak memory. */
function svt(args: string[]): { stdout: string; peakMb: number; cpuMs: number } {
  const result = spawnSync(process.execPath, ['--import', reportPeak, 'dist/cli.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  const peak = /peak-rss (\d+) cpu (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !peak) {
    throw new Error(`svt ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  }
  return {
    stdout: result.stdout,
    peakMb: Number(peak[1]) / 1024,
    cpuMs: Number(peak[2]) / 1000,
  };
}

function exportOnce(dataDir: string, args: string[], out: string): Run {
  const run = svt(['export', ...args, '--out', out, '--data-dir', dataDir, '--json']);
  const { seconds, bytes } = JSON.parse(run.stdout) as { seconds: number; bytes: number };
  return { ms: seconds * 1000, peakMb: run.peakMb, cpuMs: run.cpuMs, bytes };
}

function timed(dataDir: string, args: string[], out: string): Run {
  const all: Run[] = [];
  for (let run = 0; run < runs; run += 1) all.push(exportOnce(dataDir, args, out));
  const byTime = [...all].sort((a, b) => a.ms - b.ms);
  const median = byTime[Math.floor(all.length / 2)] as Run;
  return { ...median, peakMb: Math.max(...all.map((run) => run.peakMb)) };
}

function rowsIn(dataDir: string): { contracts: number; register: number; all: number } {
  const db = new Database(join(dataDir, 'workspace.svt'), { readonly: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return {
      contracts: count('SELECT count(*) AS n FROM contracts'),
      register: count(
        'SELECT count(*) AS n FROM contracts WHERE deleted_at IS NULL AND value_pence > 500000',
      ),
      all: tables.reduce((sum, table) => sum + count(`SELECT count(*) AS n FROM "${table}"`), 0),
    };
  } finally {
    db.close();
  }
}

const n = (value: number) => Math.round(value).toLocaleString('en-GB');
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

function describe(label: string, run: Run, rows: number): void {
  console.log(
    `  ${label.padEnd(34)} median ${n(run.ms)} ms for ${n(rows)} rows (${n((rows / run.ms) * 1000)} rows/s), ` +
      `process CPU ${n(run.cpuMs)} ms, peak memory ${run.peakMb.toFixed(0)} MB, file ${mb(run.bytes)} MB`,
  );
}

export async function exportBench(): Promise<void> {
  const large = await mkdtemp(join(tmpdir(), 'svt-bench-export-'));
  const demo = await mkdtemp(join(tmpdir(), 'svt-bench-export-demo-'));
  try {
    const builtMs = buildLargeWorkspace(large);
    const demoRun = spawnSync(process.execPath, ['dist/cli.mjs', 'demo', '--data-dir', demo], {
      cwd: root,
      encoding: 'utf8',
    });
    if (demoRun.status !== 0) throw new Error(`svt demo failed: ${demoRun.stderr}`);
    const rows = rowsIn(large);
    console.log(
      `Exports on the large workspace (${n(rows.contracts)} contracts, ${n(rows.all)} rows in all; built in ${n(builtMs)} ms), median of ${runs} runs:`,
    );
    const stats = svt(['stats', '--data-dir', large]);
    const opened = stats.peakMb;
    console.log(
      `  opening it alone (svt stats): process CPU ${n(stats.cpuMs)} ms, peak memory ${opened.toFixed(0)} MB`,
    );
    const csv = timed(large, ['register', '--format', 'csv'], join(large, 'register.csv'));
    describe('register, CSV', csv, rows.register);
    const xlsx = timed(large, ['register', '--format', 'xlsx'], join(large, 'register.xlsx'));
    describe('register, XLSX', xlsx, rows.register);
    const whole = timed(large, ['workspace'], join(large, 'workspace.xlsx'));
    describe('whole workspace, XLSX', whole, rows.all);
    const demoRows = rowsIn(demo).all;
    const small = timed(demo, ['workspace'], join(demo, 'workspace.xlsx'));
    describe('whole workspace, demo council', small, demoRows);
    console.log(
      `  whole-workspace peak memory, large / demo: ${(whole.peakMb / small.peakMb).toFixed(2)} ` +
        `for ${(rows.all / demoRows).toFixed(0)}x the rows; above opening the workspace: ` +
        `${(whole.peakMb - opened).toFixed(0)} MB; register XLSX / CSV time: ${(xlsx.ms / csv.ms).toFixed(2)}`,
    );
  } finally {
    await rm(large, { recursive: true, force: true });
    await rm(demo, { recursive: true, force: true });
  }
}
