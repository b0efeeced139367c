// npm run bench: performance figures, measured on the built app, never asserted in timed tests.
// Foundation figure: from starting the web host process to the council profile screen holding its
// saved data in Chromium (a first start that creates the workspace, and a start on an existing one).
// Then the record lists on the large workspace (list-bench.ts), and the portfolio dashboard on it
// with 500,000 return lines (portfolio-bench.ts) and the returns list on it (return-list-bench.ts),
// and the committee report pack on it
// (report-bench.ts); the register and whole-workspace exports on it (export-bench.ts); and a
// 100,000-row supplier return imported against exceljs's streaming reader (return-import-bench.ts);
// and a 100,000-row contracts register, .xlsx and .csv, imported the same way
// (register-import-bench.ts).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startWebHostProcess } from '../web-host-process.ts';
import { chromiumLaunchOptions } from '../chromium-launch.ts';
import { listBench } from './list-bench.ts';
import { exportBench } from './export-bench.ts';
import { portfolioBench } from './portfolio-bench.ts';
import { returnListBench } from './return-list-bench.ts';
import { reportBench } from './report-bench.ts';
import { registerImportBench } from './register-import-bench.ts';
import { returnImportBench } from './return-import-bench.ts';

const runs = 7;
const targetMs = 1500;

async function startToProfileScreen(browser: Browser, dataDir: string): Promise<number> {
  const started = performance.now();
  const host = await startWebHostProcess(dataDir);
  const page = await browser.newPage();
  try {
    await page.goto(host.address);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Council profile' })
      .click();
    const councilName = await page.getByLabel('Council name').elementHandle();
    await page.waitForFunction((input) => (input as HTMLInputElement).value !== '', councilName);
    return performance.now() - started;
  } finally {
    await page.close();
    await host.stop();
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const describe = (label: string, values: number[]) => {
  const mid = median(values);
  console.log(
    `${label}: median ${mid.toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms over ${values.length} runs; ` +
      `target ${targetMs} ms, ratio ${(mid / targetMs).toFixed(2)}`,
  );
};

const browser = await chromium.launch(chromiumLaunchOptions());
const firstStart: number[] = [];
const laterStart: number[] = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const dataDir = await mkdtemp(join(tmpdir(), 'svt-bench-'));
    firstStart.push(await startToProfileScreen(browser, dataDir));
    laterStart.push(await startToProfileScreen(browser, dataDir));
    await rm(dataDir, { recursive: true, force: true });
  }
  describe('Start to profile screen, new workspace', firstStart);
  describe('Start to profile screen, existing workspace', laterStart);
  await listBench(browser);
} finally {
  await browser.close();
}
// The dashboard and the returns list read the same 500,000-line workspace: it is built once.
const portfolioDir = process.env.SVT_BENCH_PORTFOLIO_DIR
  ? undefined
  : await mkdtemp(join(tmpdir(), 'svt-bench-portfolio-'));
if (portfolioDir) process.env.SVT_BENCH_PORTFOLIO_DIR = portfolioDir;
try {
  await portfolioBench();
  await returnListBench();
} finally {
  if (portfolioDir) {
    delete process.env.SVT_BENCH_PORTFOLIO_DIR;
    await rm(portfolioDir, { recursive: true, force: true });
  }
}
await exportBench();
await reportBench();
await registerImportBench();
await returnImportBench();
