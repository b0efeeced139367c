// npm run bench, the returns list: on the portfolio benchmark's workspace (the large demo
// workspace with 165,000 returns holding 500,000 lines, portfolio-bench.ts), each request the
// returns screen makes timed through the API dispatch the hosts run: the queue, every sort both
// ways, windows deep in the list, searches by contract and supplier; against the record lists'
// target of 100 ms. SVT_BENCH_PORTFOLIO_DIR keeps the workspace in that folder, as for the
// portfolio benchmark, and uses it again next time.

import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarDateOf } from '../../shared/calendar-date.ts';
import { loadApi } from './list-bench.ts';
import { prepare } from './portfolio-bench.ts';

const targetMs = 100;
const runs = 7;
const windowSize = 150;
const sorts = ['period', 'contractReference', 'supplierName', 'status', 'submittedAt'];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

interface Case {
  label: string;
  input: Record<string, unknown>;
}

function cases(): Case[] {
  const list: Case[] = [
    { label: 'every return, first window', input: {} },
    { label: 'queue (submitted or queried)', input: { status: ['submitted', 'queried'] } },
    {
      label: 'queue, window at 40,000',
      input: { status: ['submitted', 'queried'], offset: 40_000 },
    },
    { label: 'search "care"', input: { search: 'care' } },
    { label: 'search "care", sort supplierName', input: { search: 'care', sort: 'supplierName' } },
    { label: 'search "grounds maintenance"', input: { search: 'grounds maintenance' } },
    { label: 'search "REG-0004"', input: { search: 'REG-0004' } },
    { label: 'search with no match', input: { search: 'qqqq' } },
  ];
  for (const sort of sorts) {
    list.push({ label: `sort ${sort}`, input: { sort, direction: 'asc' } });
    list.push({
      label: `sort ${sort} desc, window at 150,000`,
      input: { sort, direction: 'desc', offset: 150_000 },
    });
  }
  return list;
}

export async function returnListBench(): Promise<void> {
  const kept = process.env.SVT_BENCH_PORTFOLIO_DIR;
  const dataDir = kept ?? (await mkdtemp(join(tmpdir(), 'svt-bench-returns-')));
  try {
    const file = await prepare(dataDir, calendarDateOf());
    const api = await loadApi();
    const workspace = api.openWorkspace(file);
    const ctx = { db: workspace.db, file, officer: 'Benchmark' };
    try {
      console.log(
        `Returns list (returns.list), ${runs} runs each after one to warm up; target ${targetMs} ms; ` +
          `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs:`,
      );
      for (const { label, input } of cases()) {
        const wall: number[] = [];
        const cpu: number[] = [];
        let total = 0;
        for (let run = 0; run <= runs; run += 1) {
          const cpuBefore = process.cpuUsage();
          const started = performance.now();
          const result = await api.dispatch('returns.list', { limit: windowSize, ...input }, ctx);
          const elapsed = performance.now() - started;
          const used = process.cpuUsage(cpuBefore);
          if (!result.ok) throw new Error(`returns.list ${label}: ${result.error.message}`);
          total = (result.value as { total?: number }).total ?? 0;
          if (run === 0) continue;
          wall.push(elapsed);
          cpu.push((used.user + used.system) / 1000);
        }
        const mid = median(wall);
        console.log(
          `  ${label.padEnd(42)} median ${mid.toFixed(0)} ms, max ${Math.max(...wall).toFixed(0)} ms, ` +
            `CPU ${median(cpu).toFixed(0)} ms; ratio ${(mid / targetMs).toFixed(2)} (${total.toLocaleString('en-GB')} returns)`,
        );
      }
    } finally {
      workspace.db.close();
    }
  } finally {
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}
