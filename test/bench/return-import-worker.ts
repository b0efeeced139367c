// Run by return-import-bench.ts in a process of its own (bundled by esbuild), so that each
// measurement starts with a clean heap and its peak memory is its own:
//   setup DIR FILE ROWS  a workspace in DIR with one contract committed to ROWS measures, and
//                        FILE, its completed return workbook for Q1 2025/26 as a supplier sends
//                        it back (one line per commitment, every quantity given)
//   exceljs FILE         reads every row of every sheet with exceljs's streaming reader, nothing else
//   import DIR FILE      the import as the officer does it in the app on the open workspace, and as
//                        svt import return does it once the workspace is open: the file read and
//                        sent (base64) for its preview, then confirmed (the write); the workspace
//                        is opened first (its integrity check, the day's backup) and what was
//                        stored is checked afterwards, neither timed
//   cli DIR FILE         the whole `svt import return FILE --data-dir DIR` command, opening included
// and prints one JSON line: { ms, cpuMs, peakRssMb, peakHeapMb, ... }.

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Context } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { runCli } from '../../electron/cli/run-cli';
import { openWorkspace } from '../../electron/db/open';
import {
  firstLineRow,
  headingRow,
  metadataKeys,
  metadataMeasuresHeading,
  returnColumns,
  sheetNames,
  templateVersion,
} from '../../electron/excel/return-template-layout';
import { WorkspaceSession } from '../../electron/workspace-session';
import { workspaceFileIn } from '../../electron/workspace-location';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api-contract';
import { seedFramework } from '../integration/seed-framework';

const [mode, ...args] = process.argv.slice(2) as [string, ...string[]];
const officer = 'Bench Officer';
const period = 'Q1 2025/26';

interface BenchTemplate {
  workspaceId: string;
  contractId: string;
  reference: string;
  measures: { id: string; code: string }[];
}

/** The workbook as the template writer lays it out, filled in, written as it streams. */
async function writeFilledReturn(path: string, template: BenchTemplate): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
  });
  const metadata = workbook.addWorksheet(sheetNames.metadata, { state: 'veryHidden' });
  for (const [key, value] of [
    [metadataKeys.version, templateVersion],
    [metadataKeys.workspaceId, template.workspaceId],
    [metadataKeys.contractId, template.contractId],
    [metadataKeys.contractReference, template.reference],
    [metadataKeys.period, period],
  ] as const) {
    metadata.addRow([key, value]).commit();
  }
  metadata.addRow([metadataMeasuresHeading]).commit();
  template.measures.forEach((measure, index) =>
    metadata.addRow([firstLineRow + index, measure.id, measure.code]).commit(),
  );
  metadata.commit();
  workbook.addWorksheet(sheetNames.instructions).addRow(['How to fill in this return']).commit();
  const sheet = workbook.addWorksheet(sheetNames.return);
  for (let row = 1; row < headingRow; row += 1)
    sheet.addRow([row === 1 ? 'Social value return' : '']).commit();
  sheet.addRow(returnColumns.map((column) => column.heading)).commit();
  template.measures.forEach((measure, index) =>
    sheet
      .addRow([
        measure.code,
        `Measure number ${index}`,
        'hours',
        100,
        25.5,
        index % 17,
        `Timesheet ${index}`,
        index % 10 === 0 ? `Delivered in the period: session ${index} with a local school.` : null,
      ])
      .commit(),
  );
  sheet.commit();
  await workbook.commit();
}

/** The workspace: a supplier, a two-year contract, ROWS measures each committed. */
async function call<M extends ApiMethod>(ctx: Context, method: M, input: ApiInput<M>) {
  const result = await dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

async function setUp(dataDir: string, file: string, rows: number): Promise<void> {
  const session = new WorkspaceSession(workspaceFileIn(dataDir), officer);
  const ctx = session.context();
  try {
    const profile = await call(ctx, 'profile.get', {});
    const supplier = await call(ctx, 'suppliers.create', { name: 'Bench Supplier Ltd' });
    const contract = await call(ctx, 'contracts.create', {
      reference: 'C-BENCH-001',
      title: 'Bench contract',
      supplierId: supplier.id,
      category: 'services',
      valuePence: 500_000_000,
      startDate: '2025-04-01',
      endDate: '2027-03-31',
    });
    const codes = Array.from({ length: rows }, (_, index) => `M${index}`);
    const { db } = ctx;
    const ids = seedFramework(
      db,
      codes.map((code) => ({ code, unit: 'hours', proxyPence: 1_500 })),
    );
    const at = new Date().toISOString();
    const commit = db.prepare(
      `INSERT INTO commitments (id, contract_id, measure_id, quantity, proxy_pence,
         created_at, updated_at, updated_by, version) VALUES (?, ?, ?, 100, 1500, ?, ?, ?, 1)`,
    );
    db.transaction(() => {
      for (const code of codes) commit.run(randomUUID(), contract.id, ids[code], at, at, officer);
    })();
    await writeFilledReturn(file, {
      workspaceId: profile.id,
      contractId: contract.id,
      reference: contract.reference,
      measures: codes.map((code) => ({ id: ids[code] as string, code })),
    });
  } finally {
    session.close();
  }
}

async function exceljsAlone(file: string): Promise<{ rows: number }> {
  const bytes = await readFile(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
  });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) rows += row.number > 0 ? 1 : 0;
  }
  return { rows };
}

/** The preview and the confirmed import through the API, as the screen and svt call it. */
async function importThroughApi(ctx: Context, file: string) {
  const bytes = await readFile(file);
  const input = { fileName: basename(file), contentBase64: bytes.toString('base64') };
  const preview = await call(ctx, 'returnImports.preview', input);
  if (preview.problems.length > 0) throw new Error(preview.problems[0]?.message);
  return (await call(ctx, 'returnImports.confirm', input)).message;
}

/** svt import return, in this process; what it printed. */
async function importReturn(dataDir: string, file: string) {
  const printed: string[] = [];
  const output = { stdout: (t: string) => printed.push(t), stderr: (t: string) => printed.push(t) };
  const code = await runCli(['import', 'return', file, '--data-dir', dataDir], output);
  if (code !== 0) throw new Error(`svt import return exited ${code}: ${printed.join('\n')}`);
  return printed.join('\n');
}

/** What the import stored, read after the timing: each count must be the file's lines. */
function stored(dataDir: string) {
  const { db } = openWorkspace(workspaceFileIn(dataDir));
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      lines: count(
        `SELECT count(*) AS n FROM return_lines l JOIN returns r ON r.id = l.return_id
         WHERE r.deleted_at IS NULL AND r.status = 'submitted' AND l.deleted_at IS NULL`,
      ),
      lineDelivery: count('SELECT count(*) AS n FROM line_delivery'),
      lineChanges: count(`SELECT count(*) AS n FROM change_log WHERE table_name = 'return_lines'`),
      imports: count('SELECT count(*) AS n FROM imports WHERE deleted_at IS NULL'),
    };
  } finally {
    db.close();
  }
}

let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

if (mode === 'setup') {
  const [dataDir, file, rows] = args as [string, string, string];
  await setUp(dataDir, file, Number(rows));
  console.log(JSON.stringify({ ok: true }));
} else {
  const [dataDir, file] = args as [string, string];
  const session =
    mode === 'import' ? new WorkspaceSession(workspaceFileIn(dataDir), officer) : null;
  const baseHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(sample, 10);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let detail: Record<string, unknown>;
  if (mode === 'exceljs') detail = await exceljsAlone(args[0] as string);
  else if (session) detail = { printed: await importThroughApi(session.context(), file) };
  else detail = { printed: await importReturn(dataDir, file) };
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  sample();
  clearInterval(sampler);
  session?.close();
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);
  if (mode !== 'exceljs') detail = { ...detail, ...stored(dataDir) };
  console.log(
    JSON.stringify({
      ms,
      cpuMs: (used.user + used.system) / 1000,
      peakRssMb,
      peakHeapMb: mb(peakHeap - baseHeap),
      ...detail,
    }),
  );
}
