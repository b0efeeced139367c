// npm run bench, the register import: a 100,000-row contracts register (LGA-like columns, 5,000
// suppliers, dates as datetimes at 01:00, pounds with pence), written as .xlsx and as .csv, and
// imported end to end by the built command line (svt import register) into a new workspace, each
// run in its own process, against exceljs's streaming WorkbookReader alone reading the same file
// in its own process. Reports wall and CPU times of the median and the fastest runs, the ratios
// (target: at most 1.5), peak memory and the machine's load; the preview of the .xlsx (a dry run,
// nothing written); and the peak memory importing a 25,000-row file, and both files imported
// with Node's heap held to 48 MB, to show memory does not grow with the file.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = 3;
const targetRatio = 1.5;
/** A heap the import must fit in whatever the file's length. */
const cappedHeapMb = 48;
const headings = [
  'Contract reference',
  'Title',
  'Supplier name',
  'Supplier registered company number',
  'Contract value',
  'Contract start date',
  'End date',
  'Directorate',
];
/** Prints the process's peak resident memory (kB) and CPU time (ms) to stderr as it exits. */
const reportPeak =
  'data:text/javascript,process.on("exit",()=>{const c=process.cpuUsage();process.stderr.write(`peak-rss ${process.resourceUsage().maxRSS} cpu-ms ${Math.round((c.user+c.system)/1000)}\\n`)})';

function rowOf(n: number): [string, string, string, string, number, Date, Date, string] {
  const supplier = n % 5000;
  const year = 2015 + (n % 10);
  return [
    `BR-${String(n).padStart(6, '0')}`,
    `Bench contract ${n} for services to the council`,
    `Bench Supplier ${supplier} Limited`,
    String(1_000_000 + supplier),
    Math.round(n * 137.31) / 100 + 0.000000001,
    new Date(Date.UTC(year, n % 12, 1 + (n % 28), 1, 0)),
    new Date(Date.UTC(year + 3, n % 12, 1 + (n % 28), 1, 0)),
    ['Adults', 'Children', 'Place', 'Resources'][n % 4] as string,
  ];
}

async function writeXlsx(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet('Register');
  sheet.addRow(headings).commit();
  for (let n = 1; n <= rows; n++) {
    const row = sheet.addRow(rowOf(n));
    row.getCell(6).numFmt = 'dd/mm/yyyy hh:mm';
    row.getCell(7).numFmt = 'dd/mm/yyyy hh:mm';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const day = (d: Date) =>
    `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  out.write(`${headings.join(',')}\r\n`);
  for (let n = 1; n <= rows; n++) {
    const [ref, title, supplier, number, value, start, end, directorate] = rowOf(n);
    const money = `"£${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}"`;
    if (
      !out.write(
        `${ref},${title},${supplier},${number},${money},${day(start)},${day(end)},${directorate}\r\n`,
      )
    ) {
      await new Promise<void>((done) => out.once('drain', () => done()));
    }
  }
  await new Promise<void>((done) => out.end(() => done()));
}

interface Run {
  ms: number;
  /** CPU time, which other work on a shared machine does not inflate as it does wall time. */
  cpuMs: number;
  peakMb: number;
  stdout: string;
}

function runNode(args: string[]): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', reportPeak, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const peak = /peak-rss (\d+) cpu-ms (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !peak)
    throw new Error(`${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return { ms, cpuMs: Number(peak[2]), peakMb: Number(peak[1]) / 1024, stdout: result.stdout };
}

const exceljsAlone = (file: string) =>
  runNode([
    '--input-type=module',
    '-e',
    `import ExcelJS from 'exceljs';
     const reader = new ExcelJS.stream.xlsx.WorkbookReader(${JSON.stringify(file)}, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
     let rows = 0, cells = 0;
     for await (const sheet of reader) for await (const row of sheet) { rows++; cells += row.values.length; }
     console.log(rows, cells);`,
  ]);

async function importOnce(
  file: string,
  options: string[] = [],
  nodeFlags: string[] = [],
): Promise<Run> {
  const dataDir = await mkdtemp(join(tmpdir(), 'svt-bench-import-'));
  try {
    const run = runNode([
      ...nodeFlags,
      'dist/cli.mjs',
      'import',
      'register',
      file,
      '--data-dir',
      dataDir,
      '--json',
      ...options,
    ]);
    const result = JSON.parse(run.stdout) as { imported: number; skipped: unknown[] };
    if (result.skipped.length > 0)
      throw new Error(`The bench register had ${result.skipped.length} skipped rows`);
    return { ...run, stdout: String(result.imported) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

interface Runs {
  median: Run;
  fastest: Run;
}

/** The median and fastest of some runs (on a shared machine the fastest is the truer cost); peak
 * memory is the highest of them all. */
async function runsOf(times: number, once: () => Run | Promise<Run>): Promise<Runs> {
  const all: Run[] = [];
  for (let run = 0; run < times; run++) all.push(await once());
  const sorted = [...all].sort((a, b) => a.ms - b.ms);
  const peakMb = Math.max(...all.map((r) => r.peakMb));
  const median = sorted[Math.floor(all.length / 2)] as Run;
  return { median: { ...median, peakMb }, fastest: { ...(sorted[0] as Run), peakMb } };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (n: number) => `${n.toFixed(0)} MB`;

export async function registerImportBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'svt-bench-register-'));
  try {
    const big = 100_000;
    const small = 25_000;
    const xlsx = join(dir, 'register-100k.xlsx');
    const csv = join(dir, 'register-100k.csv');
    const smallXlsx = join(dir, 'register-25k.xlsx');
    await writeXlsx(xlsx, big);
    await writeCsv(csv, big);
    await writeXlsx(smallXlsx, small);

    const load = () =>
      `load average ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`;
    const reader = await runsOf(runs, () => exceljsAlone(xlsx));
    const figures = (run: Run) =>
      `${seconds(run.ms)} wall, ${seconds(run.cpuMs)} CPU, peak ${mb(run.peakMb)}`;
    const ratios = (run: Run, by: Run) =>
      `ratio ${(run.ms / by.ms).toFixed(2)} by wall time, ${(run.cpuMs / by.cpuMs).toFixed(2)} by CPU time`;
    const report = (label: string, imported: Runs) =>
      console.log(
        `${label}: end to end median ${figures(imported.median)} (${ratios(imported.median, reader.median)}); ` +
          `fastest ${figures(imported.fastest)} (${ratios(imported.fastest, reader.fastest)}); target at most ${targetRatio}; ${load()}`,
      );
    console.log(
      `Register import, ${big.toLocaleString('en-GB')} rows: exceljs streaming reader alone on the .xlsx median ${figures(reader.median)}, fastest ${figures(reader.fastest)}; ${load()}`,
    );
    const imported = await runsOf(runs, () => importOnce(xlsx));
    report(
      `Register import, ${big.toLocaleString('en-GB')}-row .xlsx (${imported.median.stdout} contracts)`,
      imported,
    );
    const csvImported = await runsOf(runs, () => importOnce(csv));
    report(
      `Register import, ${big.toLocaleString('en-GB')}-row .csv, against the reader on the .xlsx`,
      csvImported,
    );
    const previewed = await runsOf(runs, () => importOnce(xlsx, ['--dry-run']));
    report(
      `Register preview (--dry-run, nothing written), ${big.toLocaleString('en-GB')}-row .xlsx`,
      previewed,
    );
    const smaller = await runsOf(1, () => importOnce(smallXlsx));
    console.log(
      `Register import peak memory: ${mb(smaller.median.peakMb)} for ${small.toLocaleString('en-GB')} rows, ${mb(imported.median.peakMb)} for ${big.toLocaleString('en-GB')} rows ` +
        `(ratio ${(imported.median.peakMb / smaller.median.peakMb).toFixed(2)} for 4 times the rows)`,
    );
    // What the import keeps alive does not grow with the file: it fits in the same small heap
    // at either size (the peaks above are garbage Node has not yet collected).
    const capped = [`--max-old-space-size=${cappedHeapMb}`];
    const smallCapped = await importOnce(smallXlsx, [], capped);
    const bigCapped = await importOnce(xlsx, [], capped);
    console.log(
      `Register import with Node's heap held to ${cappedHeapMb} MB: completes for ${small.toLocaleString('en-GB')} rows (${figures(smallCapped)}) and for ${big.toLocaleString('en-GB')} rows (${figures(bigCapped)})`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await registerImportBench();
