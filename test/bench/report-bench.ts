// npm run bench, the committee report pack: on the large workspace (svt demo --large: 50,000
// contracts, which hold no social value) with social value added straight into it
// (portfolio-data.ts: commitments on every other contract and 200,000 return lines), the annual
// report,
// the scrutiny update and the cabinet report for this financial year built from the data and
// printed as one PDF pack with a contents page, through the web host's print route in Chromium
// (as the web host and `svt report` do). Target: data and PDF together under 5 s. Reports the
// data and render times, the pages, and the ratio to the target. SVT_BENCH_REPORT_DIR keeps
// the workspace in that folder and uses it again next time.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { getCouncilProfile } from '../../electron/db/profile-repository';
import type { openWorkspace } from '../../electron/db/open';
import type { pdfPageCount } from '../../electron/reports/pdf-page-count';
import type { startPrintingWebHost } from '../../electron/reports/printing-web-host';
import type { buildReportDocument } from '../../electron/reports/report-document-builder';
import { calendarDateOf } from '../../shared/calendar-date.ts';
import { buildLargeWorkspace } from './list-bench.ts';
import { addPortfolioData } from './portfolio-data.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const targetMs = 5000;
const runs = 3;
const lineCount = 200_000;
const templates = ['annual', 'scrutiny-update', 'cabinet'] as const;

interface ReportApi {
  openWorkspace: typeof openWorkspace;
  getCouncilProfile: typeof getCouncilProfile;
  buildReportDocument: typeof buildReportDocument;
  startPrintingWebHost: typeof startPrintingWebHost;
  pdfPageCount: typeof pdfPageCount;
}

/** The report code as the hosts run it, bundled for Node (the app's imports name no extensions). */
async function loadReportApi(): Promise<ReportApi> {
  const outfile = join(root, 'dist', 'bench', 'report-api.mjs');
  await build({
    stdin: {
      contents: `export { openWorkspace } from './electron/db/open';
        export { getCouncilProfile } from './electron/db/profile-repository';
        export { buildReportDocument } from './electron/reports/report-document-builder';
        export { startPrintingWebHost } from './electron/reports/printing-web-host';
        export { pdfPageCount } from './electron/reports/pdf-page-count';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return (await import(outfile)) as ReportApi;
}

/** The financial year (April to March, as the demo council's) before today's: "2025/26". */
function lastYear(today: string): string {
  const start =
    (Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1) -
    1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function reportBench(): Promise<void> {
  const kept = process.env.SVT_BENCH_REPORT_DIR;
  const dataDir = kept ?? (await mkdtemp(join(tmpdir(), 'svt-bench-report-')));
  const today = calendarDateOf();
  try {
    const file = join(dataDir, 'workspace.svt');
    if (!existsSync(file)) {
      const demoMs = buildLargeWorkspace(dataDir);
      const added = addPortfolioData(file, lineCount, today);
      console.log(
        `Report workspace: svt demo --large in ${(demoMs / 1000).toFixed(1)} s, then ` +
          `${added.lines.toLocaleString('en-GB')} return lines`,
      );
    }
    const api = await loadReportApi();
    const workspace = api.openWorkspace(file);
    const held = workspace.db
      .prepare(
        `SELECT (SELECT count(*) FROM contracts) AS contracts,
           (SELECT count(*) FROM commitments) AS commitments,
           (SELECT count(*) FROM return_lines) AS lines`,
      )
      .get() as { contracts: number; commitments: number; lines: number };
    const host = await api.startPrintingWebHost({
      port: 0,
      rendererDir: join(root, 'dist', 'renderer'),
      context: () => ({ db: workspace.db, file, officer: 'Benchmark' }),
    });
    const print = host.context().printPdf;
    if (!print) throw new Error('The printing web host has no printer.');
    const period = lastYear(today);
    let coldMs = 0;
    const data: number[] = [];
    const dataCpu: number[] = [];
    const render: number[] = [];
    let pages = 0;
    try {
      for (let run = 0; run <= runs; run += 1) {
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        const profile = api.getCouncilProfile(workspace.db);
        const documents = templates.map((template) =>
          api.buildReportDocument(workspace.db, { template, period, directorate: null }, profile),
        );
        const built = performance.now();
        const cpu = process.cpuUsage(cpuBefore);
        const pdf = await print({
          pack: { title: `Social value reports ${period}`, documents },
          contents: true,
        });
        const printed = performance.now();
        pages = api.pdfPageCount(pdf);
        if (run === 0) {
          coldMs = printed - started;
          continue;
        }
        data.push(built - started);
        dataCpu.push((cpu.user + cpu.system) / 1000);
        render.push(printed - built);
      }
    } finally {
      await host.close();
      workspace.db.close();
    }
    const total = median(data.map((ms, index) => ms + (render[index] ?? 0)));
    console.log(
      `Report pack (annual, scrutiny update and cabinet for ${period}, one PDF with a contents page; ` +
        `${held.contracts.toLocaleString('en-GB')} contracts, ${held.commitments.toLocaleString('en-GB')} commitments, ` +
        `${held.lines.toLocaleString('en-GB')} return lines; ` +
        `${runs} runs after one to warm up; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs): ` +
        `data median ${median(data).toFixed(0)} ms (CPU ${median(dataCpu).toFixed(0)} ms), PDF median ${median(render).toFixed(0)} ms ` +
        `(Chromium kept running, as the web host keeps it), together ${total.toFixed(0)} ms for ${pages} pages; ` +
        `target ${targetMs} ms, ratio ${(total / targetMs).toFixed(2)}; the first run, starting Chromium, ${coldMs.toFixed(0)} ms`,
    );
  } finally {
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}
