// Report outputs end to end in this process: `svt report` on the demo workspace as PDF (through
// Chromium over the web host's print route), Word and the Excel appendix, each read back and its
// figures compared with the database's; a 300-row table paginating with its header repeated; a
// pack's contents page; awkward names in every output; bad arguments and no Chromium.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { openWorkspace, type OpenWorkspace } from '../../electron/db/open';
import {
  startPrintingWebHost,
  type PrintingWebHost,
} from '../../electron/reports/printing-web-host';
import { builtRendererDir } from '../../electron/reports/renderer-dir';
import type { PdfPrinter } from '../../electron/reports/report-files';
import { workspaceFileIn } from '../../electron/workspace-location';
import { formatPounds } from '../../shared/money';
import type { Portfolio } from '../../shared/portfolio';
import {
  annualReport,
  awkwardSupplier,
  longTableRowCount,
  scrutinyUpdate,
} from '../fixtures/report-documents';
import { docxParts, pdfPages, readWorkbook, wordText } from '../fixtures/read-outputs';
import { callApi, captureOutput, expectOk, makeTempDir, removeTempDir } from './temp-workspace';

async function svt(...argv: string[]) {
  const { written, output } = captureOutput();
  const code = await runCli(argv, output);
  return { code, stdout: written.stdout.join('\n'), stderr: written.stderr.join('\n') };
}

let dir: string;
let dataDir: string;
let byTheme: Portfolio['byTheme'];

beforeAll(async () => {
  dir = await makeTempDir();
  dataDir = join(dir, 'council');
  expect((await svt('demo', '--data-dir', dataDir)).code).toBe(0);
  const workspace = openWorkspace(workspaceFileIn(dataDir));
  const ctx = { db: workspace.db, file: workspace.file, officer: 'Test officer' };
  byTheme = expectOk(await callApi(ctx, 'socialValue.portfolio', { period: '2025/26' })).byTheme;
  workspace.db.close();
}, 60_000);
afterAll(() => removeTempDir(dir));

const report = (format: string, ...more: string[]) => {
  const out = join(dir, `annual.${format}`);
  return svt(
    'report',
    '--data-dir',
    dataDir,
    '--template',
    'annual',
    '--period',
    '2025/26',
    '--format',
    format,
    '--out',
    out,
    ...more,
  ).then(async (result) => ({ ...result, bytes: new Uint8Array(await readFile(out)) }));
};

describe('svt report on the demo workspace', () => {
  it('writes a PDF whose committed and delivered figures are the database’s', async () => {
    const { code, stdout, bytes } = await report('pdf');
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote ${join(dir, 'annual.pdf')}`);
    const pages = await pdfPages(bytes);
    const text = pages.join('\n');
    expect(byTheme.length).toBeGreaterThan(2);
    for (const theme of byTheme) {
      expect(text).toContain(theme.label);
      expect(text).toContain(formatPounds(theme.committedPence));
      expect(text).toContain(formatPounds(theme.verifiedPence));
    }
    expect(pages[0]).toContain('Annual Social Value Report');
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  }, 60_000);

  it('writes Word with headings, tables and the database’s figures', async () => {
    const { code, bytes } = await report('docx');
    expect(code).toBe(0);
    const { document } = await docxParts(bytes);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:tblHeader/>');
    const text = wordText(document);
    for (const theme of byTheme) expect(text).toContain(formatPounds(theme.committedPence));
  }, 60_000);

  it('writes the Excel appendix with the figures behind the theme table as £ numbers', async () => {
    const { code, bytes } = await report('xlsx');
    expect(code).toBe(0);
    const workbook = await readWorkbook(bytes);
    const sheet = workbook.getWorksheet('Committed by theme');
    expect(sheet).toBeDefined();
    const rows = byTheme.map((_, index) => sheet?.getRow(index + 2).values);
    expect(rows).toEqual(
      byTheme.map((theme) => [
        undefined,
        theme.label,
        theme.committedPence / 100,
        theme.verifiedPence / 100,
        theme.submittedPence / 100,
      ]),
    );
  }, 60_000);

  it('writes a saved report by its id, names and all', async () => {
    const workspace = openWorkspace(workspaceFileIn(dataDir));
    const ctx = { db: workspace.db, file: workspace.file, officer: 'Test officer' };
    const template = expectOk(await callApi(ctx, 'reportTemplates.list', {})).find(
      (each) => each.key === 'scrutiny-update',
    );
    const saved = expectOk(
      await callApi(ctx, 'reports.create', {
        templateId: template?.id ?? '',
        fields: {
          title: `Update on ${awkwardSupplier}`,
          committee: 'Scrutiny & Overview',
          meetingDate: '2026-12-10',
          period: '2025/26',
        },
      }),
    );
    workspace.db.close();
    const out = join(dir, 'saved.docx');
    const { code } = await svt(
      'report',
      '--data-dir',
      dataDir,
      '--report',
      saved.id,
      '--format',
      'docx',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const { document, headers } = await docxParts(new Uint8Array(await readFile(out)));
    expect(wordText(document)).toContain(`Update on ${awkwardSupplier}`);
    expect(wordText(headers)).toBe('Scrutiny & Overview · 10 December 2026');
  }, 60_000);

  it('renders a period with no data and says so', async () => {
    const out = join(dir, 'empty.pdf');
    const { code } = await svt(
      'report',
      '--data-dir',
      dataDir,
      '--template',
      'annual',
      '--period',
      '2015/16',
      '--format',
      'pdf',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const text = (await pdfPages(new Uint8Array(await readFile(out)))).join('\n');
    expect(text).toContain('2015/16');
    expect(text).toMatch(/\bNo /);
  }, 60_000);

  it('refuses bad arguments with a message and exit code 2, writing nothing', async () => {
    const out = join(dir, 'bad.pdf');
    const cases: [string[], string][] = [
      [['--template', 'weekly', '--period', '2025/26', '--format', 'pdf'], '--template must be'],
      [['--template', 'annual', '--format', 'pdf'], 'Say which period'],
      [['--template', 'annual', '--period', '2025/26', '--format', 'odt'], '--format must be pdf'],
      [['--format', 'pdf'], 'Say which report'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await svt('report', '--data-dir', dataDir, ...args, '--out', out);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
    }
    await expect(readFile(out)).rejects.toThrow();
  });

  it('says plainly when there is no Chromium to print with', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-such-chromium');
    try {
      const out = join(dir, 'no-chromium.pdf');
      const { code, stderr } = await svt(
        'report',
        '--data-dir',
        dataDir,
        '--report',
        '00000000-0000-4000-8000-000000000000',
        '--format',
        'pdf',
        '--out',
        out,
      );
      expect(code).toBe(1);
      expect(stderr).toContain('Saving as PDF needs Chromium');
      await expect(readFile(out)).rejects.toThrow();
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});

describe('printing documents through the print route', () => {
  let workspace: OpenWorkspace;
  let host: PrintingWebHost;
  let printDir: string;
  beforeAll(async () => {
    printDir = await makeTempDir();
    workspace = openWorkspace(workspaceFileIn(printDir));
    host = await startPrintingWebHost({
      port: 0,
      rendererDir: builtRendererDir(import.meta.url),
      context: () => ({ db: workspace.db, file: workspace.file, officer: 'Test officer' }),
    });
  });
  const print: PdfPrinter = (job) => {
    const printPdf = host.context().printPdf;
    if (!printPdf) throw new Error('The printing web host has no printer.');
    return printPdf(job);
  };
  afterAll(async () => {
    await host.close();
    workspace.db.close();
    await removeTempDir(printDir);
  });

  it('paginates a 300-row table with its header row on every page and no row lost', async () => {
    const pages = await pdfPages(
      await print({
        pack: { title: 'Annual', documents: [annualReport] },
        contents: false,
      }),
    );
    const tablePages = pages.filter((page) => /C-\d{4}/.test(page));
    expect(tablePages.length).toBeGreaterThan(4);
    for (const page of tablePages) expect(page).toContain('Reference Supplier Value Commitments');
    const references = pages.join(' ').match(/C-\d{4}/g) ?? [];
    expect(new Set(references).size).toBe(longTableRowCount);
    expect(references).toHaveLength(longTableRowCount);
    expect(pages.join(' ')).toContain(awkwardSupplier);
    pages.forEach((page, index) => {
      expect(page).toContain('Cabinet · 18 June 2026');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  }, 60_000);

  it('opens a pack with a contents page giving the page each report starts on', async () => {
    const pages = await pdfPages(
      await print({
        pack: { title: 'Cabinet pack', documents: [scrutinyUpdate, annualReport] },
        contents: true,
      }),
    );
    // The first page after the contents page where the title is.
    const startOf = (title: string) =>
      pages.findIndex((page, index) => index > 0 && page.includes(title)) + 1;
    const scrutinyStart = startOf('Social Value Charter Update Report');
    const annualStart = startOf('Annual Social Value Report 2025/26');
    expect(scrutinyStart).toBe(2);
    expect(annualStart).toBeGreaterThan(scrutinyStart);
    expect(pages[0]).toContain(`Social Value Charter Update Report`);
    expect(pages[0]).toMatch(
      new RegExp(
        `Update Report .*Commission, 23 October 2025 ${scrutinyStart} Annual.* 18 June 2026 ${annualStart}`,
      ),
    );
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
  }, 60_000);
});
