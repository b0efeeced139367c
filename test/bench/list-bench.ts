// npm run bench, the record lists: on the large workspace (svt demo --large: 50,000 contracts,
// 20,000 suppliers, 5,000 exercises), each list request timed through the API dispatch the web
// host and the Electron host run (first windows, deep windows, searches, every sort, filters),
// against a target of 100 ms; then the contracts list scrolled in Chromium, checking after each
// step that no row in view is left as a placeholder.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, ElementHandle, Page } from '@playwright/test';
import { build } from 'esbuild';
import type { dispatch } from '../../electron/api/dispatch';
import type { rebuildLineDelivery } from '../../electron/db/line-delivery';
import type { openWorkspace } from '../../electron/db/open';
import type { workspaceFileIn } from '../../electron/workspace-location';
import { startWebHostProcess } from '../web-host-process.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const targetMs = 100;
const runs = 7;
/** What the renderer asks for at a time (renderer/components/use-list-windows.ts). */
const windowSize = 150;
/** How long a row in view may show "Loading…" after a scroll before it counts as blank. */
const settleMs = 500;

interface Api {
  openWorkspace: typeof openWorkspace;
  rebuildLineDelivery: typeof rebuildLineDelivery;
  dispatch: typeof dispatch;
  workspaceFileIn: typeof workspaceFileIn;
}

/** The API as the hosts run it, bundled for Node (the app's own imports name no extensions). */
export async function loadApi(): Promise<Api> {
  const outfile = join(root, 'dist', 'bench', 'list-api.mjs');
  await build({
    stdin: {
      contents: `export { dispatch } from './electron/api/dispatch';
        export { openWorkspace } from './electron/db/open';
        export { rebuildLineDelivery } from './electron/db/line-delivery';
        export { workspaceFileIn } from './electron/workspace-location';`,
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
  return (await import(outfile)) as Api;
}

/** The large workspace, written by the built command line as an officer would. */
export function buildLargeWorkspace(dataDir: string): number {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['dist/cli.mjs', 'demo', '--large', '--data-dir', dataDir],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`svt demo --large failed: ${result.stderr || result.stdout}`);
  }
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const count = (n: number) => n.toLocaleString('en-GB');

type ListMethod = 'contracts.list' | 'suppliers.list' | 'exercises.list';

interface Case {
  method: ListMethod;
  label: string;
  input: Record<string, unknown>;
}

interface Timed extends Case {
  median: number;
  max: number;
  /** The CPU time of this process for the request: what it costs, however busy the machine. */
  cpu: number;
  total: number | undefined;
}

/** A window as the renderer asks for it: the first with the count and £ total, later ones without. */
const first = (input: Record<string, unknown> = {}) => ({ ...input, offset: 0, totals: true });
const at = (offset: number, input: Record<string, unknown> = {}) => ({
  ...input,
  offset,
  totals: false,
});

function cases(ids: { supplierId: string; directorate: string }): Case[] {
  const list: Case[] = [];
  const add = (method: ListMethod, label: string, input: Record<string, unknown>) =>
    list.push({ method, label, input: { limit: windowSize, ...input } });

  const c = 'contracts.list';
  add(c, 'first window', first());
  add(c, 'window at 25,000', at(25_000));
  add(c, 'window at 40,000', at(40_000));
  add(c, 'last window', at(50_000 - windowSize));
  add(c, 'search "care"', first({ search: 'care' }));
  add(c, 'search "care", window at 3,000', at(3_000, { search: 'care' }));
  add(c, 'search "grounds maintenance"', first({ search: 'grounds maintenance' }));
  add(c, 'search with no match', first({ search: 'qqqq' }));
  const sorts = [
    'reference',
    'title',
    'supplierName',
    'directorate',
    'category',
    'valuePence',
    'startDate',
    'endDate',
    'status',
  ];
  for (const sort of sorts) {
    add(c, `sort ${sort}`, first({ sort }));
    add(c, `sort ${sort} desc, window at 40,000`, at(40_000, { sort, direction: 'desc' }));
  }
  add(c, 'status active', first({ status: ['active'] }));
  add(c, 'status active, window at 20,000', at(20_000, { status: ['active'] }));
  add(c, 'category works, sort title', first({ category: 'works', sort: 'title' }));
  add(c, `directorate ${ids.directorate}`, first({ directorate: ids.directorate }));
  add(c, 'running in 2024', first({ from: '2024-01-01', to: '2024-12-31' }));
  add(c, 'in scope of either', first({ scope: 'either', sort: 'valuePence' }));
  add(c, 'local SME suppliers', first({ local: true, sme: true }));
  add(c, 'local SME, sort supplierName, window at 15,000', {
    ...at(15_000, { local: true, sme: true, sort: 'supplierName' }),
  });
  add(c, 'one supplier', first({ supplierId: ids.supplierId }));

  const s = 'suppliers.list';
  for (const sort of [
    'name',
    'postcode',
    'size',
    'contractCount',
    'contractValuePence',
    'updatedAt',
  ]) {
    add(s, `sort ${sort}`, first({ sort }));
    add(s, `sort ${sort} desc, window at 19,000`, at(19_000, { sort, direction: 'desc' }));
  }
  add(s, 'search "care"', first({ search: 'care' }));
  add(s, 'local', first({ local: true }));
  add(s, 'SME, VCSE, Real Living Wage', first({ sme: true, vcse: true, realLivingWage: true }));

  const e = 'exercises.list';
  const exerciseSorts = [
    'reference',
    'title',
    'directorate',
    'category',
    'estimatedValuePence',
    'startDate',
    'status',
  ];
  for (const sort of exerciseSorts) {
    add(e, `sort ${sort}`, first({ sort }));
    add(e, `sort ${sort} desc, window at 4,800`, at(4_800, { sort, direction: 'desc' }));
  }
  add(e, 'search "care"', first({ search: 'care' }));
  add(
    e,
    'live or in evaluation, in scope',
    first({ status: ['live', 'evaluation'], scope: 'either' }),
  );
  return list;
}

async function timeApi(api: Api, file: string): Promise<Timed[]> {
  const workspace = api.openWorkspace(file);
  const ctx = { db: workspace.db, file: workspace.file, officer: 'Benchmark' };
  const call = async (method: string, input: unknown) => {
    const result = await api.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { rows: { id: string }[]; total?: number };
  };
  try {
    const supplier = await call('suppliers.list', { sort: 'contractCount', direction: 'desc' });
    const directorates = (await call('records.directorates', {})) as unknown as string[];
    const ids = { supplierId: supplier.rows[0]?.id ?? '', directorate: directorates[0] ?? '' };
    const timed: Timed[] = [];
    for (const item of cases(ids)) {
      const times: number[] = [];
      const cpu: number[] = [];
      let total: number | undefined;
      for (let run = 0; run < runs; run += 1) {
        const used = process.cpuUsage();
        const started = performance.now();
        const page = await call(item.method, item.input);
        times.push(performance.now() - started);
        const { user, system } = process.cpuUsage(used);
        cpu.push((user + system) / 1000);
        total ??= page.total;
      }
      timed.push({
        ...item,
        median: median(times),
        max: Math.max(...times),
        cpu: median(cpu),
        total,
      });
    }
    return timed;
  } finally {
    workspace.db.close();
  }
}

function report(timed: Timed[]): void {
  const width = Math.max(...timed.map((t) => t.label.length));
  let method = '';
  for (const t of timed) {
    if (t.method !== method) {
      method = t.method;
      console.log(
        `\n${method} (window of ${windowSize} rows; median and max over ${runs} runs, and the ` +
          'median CPU time of a request, which a busy machine does not inflate)',
      );
    }
    const matches = t.total === undefined ? '' : `  ${count(t.total)} match`;
    const over = t.median > targetMs ? '  OVER TARGET' : '';
    console.log(
      `  ${t.label.padEnd(width)}  median ${ms(t.median).padStart(6)}, max ${ms(t.max).padStart(6)}; ` +
        `target ${targetMs} ms, ratio ${(t.median / targetMs).toFixed(2)}; ` +
        `CPU ${ms(t.cpu).padStart(6)}${matches}${over}`,
    );
  }
  const slowest = [...timed].sort((a, b) => b.median - a.median)[0];
  const under = timed.filter((t) => t.median <= targetMs).length;
  const underCpu = timed.filter((t) => t.cpu <= targetMs).length;
  console.log(
    `\nList requests: ${under} of ${timed.length} under ${targetMs} ms (median), ` +
      `${underCpu} of ${timed.length} under ${targetMs} ms of CPU` +
      (slowest
        ? `; slowest ${slowest.method} ${slowest.label}, median ${ms(slowest.median)}`
        : '') +
      `. Load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} CPUs.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Scrolling in Chromium

interface Filled {
  /** From the scroll to every row in view holding its record; null when still blank at settleMs. */
  filledMs: number | null;
  blankRows: number;
  firstRow: number;
}

/** Scrolls the grid to `top` (or the end) and waits, in the page, for the rows in view to fill. */
function scrollTo(
  grid: ElementHandle<HTMLElement>,
  top: number | 'end',
  steps = 1,
): Promise<Filled> {
  return grid.evaluate(
    (element, { top, steps, settleMs }) =>
      new Promise<Filled>((done) => {
        const box = element.getBoundingClientRect();
        const header = element.querySelector('.list-head')?.getBoundingClientRect().bottom ?? 0;
        const target = top === 'end' ? element.scrollHeight : top;
        const from = element.scrollTop;
        let started = 0;
        const blank = () => {
          const inView = [...element.querySelectorAll('.list-body > [role="row"]')].filter(
            (row) => {
              const rect = row.getBoundingClientRect();
              return rect.bottom > header + 1 && rect.top < box.bottom - 1;
            },
          );
          if (inView.length === 0) return { blank: -1, first: -1 };
          return {
            blank: inView.filter((row) => row.querySelector('.list-loading')).length,
            first: Number(inView[0]?.getAttribute('aria-rowindex') ?? 0) - 2,
          };
        };
        const check = () => {
          const { blank: blankRows, first } = blank();
          const elapsed = performance.now() - started;
          if (blankRows === 0) done({ filledMs: elapsed, blankRows: 0, firstRow: first });
          else if (elapsed > settleMs) done({ filledMs: null, blankRows, firstRow: first });
          else requestAnimationFrame(check);
        };
        // Several steps a frame apart, as a drag of the scroll bar makes; timed from the last.
        let step = 0;
        const move = () => {
          step += 1;
          element.scrollTop = from + ((target - from) * step) / steps;
          if (step < steps) requestAnimationFrame(move);
          else {
            started = performance.now();
            requestAnimationFrame(check);
          }
        };
        move();
      }),
    { top, steps, settleMs },
  );
}

interface ScrollStep {
  label: string;
  filled: Filled;
}

async function scrollSteps(page: Page, steps: ScrollStep[], prefix: string): Promise<void> {
  const grid = (await page.getByRole('grid').elementHandle()) as ElementHandle<HTMLElement> | null;
  if (!grid) throw new Error('The contracts grid is not on the page');
  const height = await grid.evaluate((element) => element.clientHeight);
  const row = 36;
  const plan: [string, number | 'end', number][] = [
    ['one screen down', height, 1],
    ['another screen down', height * 2, 1],
    ['a third screen down', height * 3, 1],
    ['jump to row 2,000', 2_000 * row, 1],
    ['jump to row 10,000', 10_000 * row, 1],
    ['drag to row 25,000', 25_000 * row, 12],
    ['jump to row 40,000', 40_000 * row, 1],
    ['jump to the end', 'end', 1],
    ['drag back to row 30,000', 30_000 * row, 12],
    ['jump to the top', 0, 1],
  ];
  for (const [label, top, moves] of plan) {
    steps.push({ label: `${prefix}: ${label}`, filled: await scrollTo(grid, top, moves) });
  }
}

/** Opens the contracts list in a fresh page load; the time until its first rows are shown. */
async function openContracts(page: Page, origin: string, query = ''): Promise<number> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(`${origin}/#/contracts${query}`);
  await page.waitForFunction(() => {
    const grid = document.querySelector('[role="grid"]');
    return (
      grid !== null &&
      !grid.hasAttribute('aria-busy') &&
      grid.querySelector('.list-body > [role="row"]') !== null &&
      grid.querySelector('.list-loading') === null
    );
  });
  return performance.now() - started;
}

async function scrollInChromium(browser: Browser, dataDir: string): Promise<void> {
  const host = await startWebHostProcess(dataDir);
  const page = await browser.newPage();
  const steps: ScrollStep[] = [];
  try {
    // The address with the token puts it in the tab's session storage; later loads need not.
    await page.goto(host.address);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const opened = await openContracts(page, host.origin);
    await scrollSteps(page, steps, 'by reference');
    const sorted = await openContracts(page, host.origin, '?sort=supplierName&direction=desc');
    await scrollSteps(page, steps, 'by supplier name, descending');
    const searched = await openContracts(page, host.origin, '?search=care&sort=valuePence');
    await scrollSteps(page, steps, 'search "care", by value');
    console.log(
      `\nContracts list in Chromium (${count(50_000)} rows; a row in view still "Loading…" ` +
        `${settleMs} ms after a scroll counts as blank)`,
    );
    console.log(
      `  opened: ${ms(opened)}; sorted by supplier name: ${ms(sorted)}; searched: ${ms(searched)} ` +
        '(a fresh page load, to the first rows shown)',
    );
    const width = Math.max(...steps.map((step) => step.label.length));
    for (const { label, filled } of steps) {
      const outcome =
        filled.filledMs === null
          ? `BLANK: ${filled.blankRows} rows in view still loading after ${settleMs} ms`
          : `rows filled after ${ms(filled.filledMs)}`;
      console.log(
        `  ${label.padEnd(width)}  ${outcome} (first row in view: ${count(filled.firstRow)})`,
      );
    }
    const blank = steps.filter((step) => step.filled.filledMs === null).length;
    const fills = steps.flatMap((step) =>
      step.filled.filledMs === null ? [] : [step.filled.filledMs],
    );
    console.log(
      `Scrolling: ${steps.length - blank} of ${steps.length} steps without blank rows; ` +
        `time to fill median ${ms(median(fills))}, max ${ms(Math.max(...fills))}`,
    );
  } finally {
    await page.close();
    await host.stop();
  }
}

/**
 * The list benchmark; `browser` is the Chromium the rest of the bench uses. SVT_BENCH_LARGE_DIR
 * names a data folder already holding a large workspace, to measure again without building one.
 */
export async function listBench(browser: Browser): Promise<void> {
  const given = process.env.SVT_BENCH_LARGE_DIR;
  const dataDir = given ?? (await mkdtemp(join(tmpdir(), 'svt-bench-large-')));
  try {
    const api = await loadApi();
    if (given) console.log(`\nLarge workspace: ${api.workspaceFileIn(dataDir)}`);
    else {
      console.log('\nBuilding the large workspace (svt demo --large)…');
      const built = buildLargeWorkspace(dataDir);
      console.log(`Built in ${(built / 1000).toFixed(1)} s`);
    }
    report(await timeApi(api, api.workspaceFileIn(dataDir)));
    await scrollInChromium(browser, dataDir);
  } finally {
    if (!given) await rm(dataDir, { recursive: true, force: true });
  }
}
