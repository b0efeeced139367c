// npm run bench, the portfolio dashboard: on the large workspace (svt demo --large: 50,000
// contracts) with social value added straight into it (portfolio-data.ts: 75,000 commitments on
// every other contract, 500,000 return lines), socialValue.portfolio timed through the API
// dispatch the hosts run, for all years, for this financial year, for one directorate, for a
// past year and for last year in one directorate: one call is all the dashboard's figures. Target 200 ms. Then workspace.stats (what `svt stats
// --json` prints: the counts and the whole portfolio's figures), for the record. SVT_BENCH_PORTFOLIO_DIR keeps the
// workspace in that folder and uses it again next time (building it takes minutes).

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date.ts';
import { buildLargeWorkspace, loadApi } from './list-bench.ts';
import { addPortfolioData } from './portfolio-data.ts';

const targetMs = 200;
const runs = 7;
const lineCount = 500_000;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function readOne<T>(file: string, sql: string): T {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

/** The large workspace with its social value, made unless the folder already holds it. The
 * lines are written straight into their tables, so the delivery the dashboard reads is worked
 * out from them afterwards, as migration 5 works it out for a workspace that holds lines. */
export async function prepare(dataDir: string, today: string): Promise<string> {
  const file = join(dataDir, 'workspace.svt');
  const held = existsSync(file)
    ? readOne<{ n: number }>(file, 'SELECT count(*) AS n FROM return_lines').n
    : 0;
  if (held >= lineCount) {
    console.log(
      `Portfolio: using the workspace in ${dataDir} (${held.toLocaleString('en-GB')} return lines)`,
    );
    return file;
  }
  const demoMs = buildLargeWorkspace(dataDir);
  const started = performance.now();
  const added = addPortfolioData(file, lineCount, today);
  const api = await loadApi();
  const workspace = api.openWorkspace(file);
  try {
    workspace.db.transaction(() => api.rebuildLineDelivery(workspace.db))();
  } finally {
    workspace.db.close();
  }
  console.log(
    `Portfolio workspace: svt demo --large ${seconds(demoMs)}; then ${added.commitments.toLocaleString('en-GB')} commitments, ` +
      `${added.returns.toLocaleString('en-GB')} returns and ${added.lines.toLocaleString('en-GB')} lines in ${seconds(performance.now() - started)}`,
  );
  return file;
}

/** The financial year (April to March, as the demo council's) today is in ("2026/27"), or the
 * one `back` years before it. */
function yearOf(today: string, back = 0): string {
  const year =
    (Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1) -
    back;
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** What a case answered, in brief: how many contracts and commitments, or the RAG counts. */
function describe(value: unknown): string {
  const count = (n: number) => n.toLocaleString('en-GB');
  const { headline, rag } = value as {
    headline?: { contracts: number; commitments: number };
    rag?: Record<string, number>;
  };
  if (headline) {
    return `${count(headline.contracts)} contracts, ${count(headline.commitments)} commitments`;
  }
  return Object.entries(rag ?? {})
    .map(([colour, n]) => `${count(n)} ${colour}`)
    .join(', ');
}

export async function portfolioBench(): Promise<void> {
  const kept = process.env.SVT_BENCH_PORTFOLIO_DIR;
  const dataDir = kept ?? (await mkdtemp(join(tmpdir(), 'svt-bench-portfolio-')));
  try {
    const today = calendarDateOf();
    const file = await prepare(dataDir, today);
    const { directorate } = readOne<{ directorate: string }>(
      file,
      `SELECT directorate FROM contracts WHERE deleted_at IS NULL AND directorate IS NOT NULL
       GROUP BY directorate ORDER BY count(*) DESC LIMIT 1`,
    );
    const api = await loadApi();
    const workspace = api.openWorkspace(file);
    const ctx = { db: workspace.db, file, officer: 'Benchmark' };
    try {
      const portfolio = 'socialValue.portfolio' as const;
      const cases = [
        { label: 'all years', method: portfolio, input: {} },
        { label: `${yearOf(today)}`, method: portfolio, input: { period: yearOf(today) } },
        { label: `all years, ${directorate}`, method: portfolio, input: { directorate } },
        {
          label: `${yearOf(today, 2)} (as it stood at its end)`,
          method: portfolio,
          input: { period: yearOf(today, 2) },
        },
        {
          label: `${yearOf(today, 1)}, ${directorate}`,
          method: portfolio,
          input: { period: yearOf(today, 1), directorate },
        },
        {
          label: 'svt stats --json (workspace.stats)',
          method: 'workspace.stats' as const,
          input: {},
        },
      ];
      console.log(
        `Portfolio dashboard (socialValue.portfolio, then workspace.stats), ${runs} runs each after one to warm up; target ${targetMs} ms; ` +
          `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs:`,
      );
      for (const { label, method, input } of cases) {
        const wall: number[] = [];
        const cpu: number[] = [];
        let summary = '';
        for (let run = 0; run <= runs; run += 1) {
          const cpuBefore = process.cpuUsage();
          const started = performance.now();
          const result = await api.dispatch(method, input, ctx);
          const elapsed = performance.now() - started;
          const used = process.cpuUsage(cpuBefore);
          if (!result.ok) throw new Error(`${method} ${label}: ${result.error.message}`);
          summary = describe(result.value);
          if (run === 0) continue;
          wall.push(elapsed);
          cpu.push((used.user + used.system) / 1000);
        }
        const mid = median(wall);
        console.log(
          `  ${label.padEnd(40)} median ${mid.toFixed(0)} ms, max ${Math.max(...wall).toFixed(0)} ms, ` +
            `CPU ${median(cpu).toFixed(0)} ms; ratio ${(mid / targetMs).toFixed(2)} (${summary})`,
        );
      }
    } finally {
      workspace.db.close();
    }
  } finally {
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}
