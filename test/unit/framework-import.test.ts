// Reading a council's framework from a spreadsheet: the real Essex quarterly return measures as
// they are, loosely named headings, Windows-1252 and byte-order marks, generated workbooks, and
// every kind of bad file, each problem named by sheet, row, column and value.

import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  defaultGroupName,
  frameworkFromRows,
  importedTree,
  inferMeasureKind,
  readFrameworkFile,
} from '../../electron/excel/framework-import';
import type { ImportedMeasure } from '../../shared/framework-import';

const essexPath = '/work/shared/data/frameworks/essex-quarterly-return-measures.csv';
const essexName = 'essex-quarterly-return-measures.csv';

const utf8 = (text: string) => new TextEncoder().encode(text);
const byCode = (measures: ImportedMeasure[], code: string) =>
  measures.find((measure) => measure.code === code);

async function workbook(sheets: Record<string, (string | number | null)[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the kind of a measure, from its unit and help text', () => {
  it('is record only for narrative units or help that says so', () => {
    expect(inferMeasureKind('text', '')).toBe('record-only');
    expect(inferMeasureKind('Text', '')).toBe('record-only');
    expect(inferMeasureKind('describe initiatives', '')).toBe('record-only');
    expect(inferMeasureKind('description', '')).toBe('record-only');
    expect(inferMeasureKind('%', 'Record only')).toBe('record-only');
    expect(inferMeasureKind('% of contracts', 'record only, not valued')).toBe('record-only');
  });

  it('is money for units in pounds', () => {
    expect(inferMeasureKind('£', '')).toBe('money');
    expect(inferMeasureKind('£ invested including staff time', '')).toBe('money');
    expect(inferMeasureKind(' £', '')).toBe('money');
  });

  it('is a quantity otherwise, including no unit at all', () => {
    expect(inferMeasureKind('no. people FTE', 'Localised to Essex County Council')).toBe(
      'quantity',
    );
    expect(inferMeasureKind('Tonnes CO2e', '')).toBe('quantity');
    expect(inferMeasureKind('', '')).toBe('quantity');
    // "Record only" must lead the help text; mentioning it later does not count.
    expect(inferMeasureKind('hours', 'Not a record only measure')).toBe('quantity');
  });
});

describe('the Essex quarterly return measures, read as published', () => {
  const bytes = new Uint8Array(readFileSync(essexPath));

  it('gives all 37 measures with no problems, in the file order', async () => {
    const preview = await readFrameworkFile(essexName, bytes);
    expect(preview.problems).toEqual([]);
    expect(preview.measures).toHaveLength(37);
    expect(preview.measures[0]?.code).toBe('ECC1');
    expect(preview.measures.at(-1)?.code).toBe('ECC54');
    expect(preview.sheet).toBe(essexName);
    expect(preview.measures.map((m) => m.row)).toEqual(Array.from({ length: 37 }, (_, i) => i + 2));
    // No theme or outcome column: one group of each.
    expect([preview.themeCount, preview.outcomeCount]).toEqual([1, 1]);
    expect(new Set(preview.measures.map((m) => `${m.theme}/${m.outcome}`))).toEqual(
      new Set([`${defaultGroupName}/${defaultGroupName}`]),
    );
  });

  it('reads code, title, guidance (help and unit guidance) and unit as written', async () => {
    const { measures } = await readFrameworkFile(essexName, bytes);
    expect(byCode(measures, 'ECC1')).toMatchObject({
      row: 2,
      title:
        'No. of local people (FTE) hired or retained on contract for one year or the whole duration of the contract, whichever is shorter.',
      unit: 'no. people FTE',
      kind: 'quantity',
      proxyPence: null,
      evidenceRequired: null,
    });
    expect(byCode(measures, 'ECC1')?.guidance).toBe(
      'Localised to Essex County Council\n\nNo. of local direct employees (FTE) hired or retained on this contract for one year or the whole duration of the contract, whichever is shorter.',
    );
    expect(byCode(measures, 'ECC3')?.guidance).toBeNull();
    // Curly quotes and the unbalanced apostrophe come through untouched.
    expect(byCode(measures, 'ECC6')?.guidance).toContain('‘substantial’ and ‘long-term’');
    expect(byCode(measures, 'ECC54')?.title).toBe(
      "Meet the buyer' events held to highlight local supply chain opportunities",
    );
  });

  it('works out each kind: six record only, five money (at £1 per £1), the rest quantities', async () => {
    const { measures } = await readFrameworkFile(essexName, bytes);
    const codesOf = (kind: string) => measures.filter((m) => m.kind === kind).map((m) => m.code);
    expect(codesOf('record-only')).toEqual(['ECC2', 'ECC3b', 'ECC36', 'ECC37', 'ECC41', 'ECC51']);
    expect(codesOf('money')).toEqual(['ECC38', 'ECC40', 'ECC43', 'ECC48', 'ECC54']);
    expect(codesOf('quantity')).toHaveLength(26);
    expect(byCode(measures, 'ECC3b')).toMatchObject({ unit: 'text', kind: 'record-only' });
    expect(byCode(measures, 'ECC38')?.proxyPence).toBe(100);
    expect(measures.filter((m) => m.kind !== 'money').every((m) => m.proxyPence === null)).toBe(
      true,
    );
  });

  it('warns of each missing unit (ECC5 and the short-title rows), unused columns and no themes', async () => {
    const { warnings, measures } = await readFrameworkFile(essexName, bytes);
    const missingUnit = warnings.filter((w) => w.column === 'units');
    expect(missingUnit.map((w) => w.row)).toEqual([9, 15, 16, 17, 18, 19]);
    expect(missingUnit[0]).toEqual({
      sheet: essexName,
      row: 9,
      column: 'units',
      value: null,
      message: 'No unit is given, so the measure is counted as a number',
    });
    expect(byCode(measures, 'ECC5')).toMatchObject({ unit: 'number', kind: 'quantity' });
    expect(warnings.filter((w) => w.column === null).map((w) => w.message)).toEqual([
      'These columns are not used: source_url, transcriber_note',
      `There is no theme column, so every measure goes under "${defaultGroupName}"; you can add themes and move measures afterwards`,
    ]);
  });

  it('reads the same with a byte-order mark', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const plain = await readFrameworkFile(essexName, bytes);
    expect(await readFrameworkFile(essexName, withBom)).toEqual(plain);
  });
});

describe('headings', () => {
  it('are matched without regard to case, spaces, punctuation or order', () => {
    const preview = frameworkFromRows('f.csv', {
      sheet: 'f.csv',
      rows: [
        [' Units ', 'Measure Title', 'THEME', 'Outcome', 'Proxy value (£)', 'Code', 'Evidence'],
        [
          'hours',
          'Volunteering hours',
          'Communities',
          'Stronger communities',
          '£16.93',
          'V1',
          'Log',
        ],
      ],
    });
    expect(preview.problems).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.measures).toEqual([
      {
        row: 2,
        theme: 'Communities',
        outcome: 'Stronger communities',
        code: 'V1',
        title: 'Volunteering hours',
        guidance: null,
        unit: 'hours',
        kind: 'quantity',
        proxyPence: 1693,
        evidenceRequired: 'Log',
      },
    ]);
  });

  it('are found below title rows, and blank rows are skipped', () => {
    const preview = frameworkFromRows('f.csv', {
      sheet: 'Measures',
      rows: [
        ['Council social value measures 2025', ''],
        ['', ''],
        ['Ref', 'Measure'],
        ['A1', 'First'],
        [' ', ''],
        ['A2', 'Second'],
      ],
    });
    expect(preview.problems).toEqual([]);
    expect(preview.measures.map((m) => [m.row, m.code])).toEqual([
      [4, 'A1'],
      [6, 'A2'],
    ]);
  });

  it('a file without a code and a title heading is one problem for the whole file', () => {
    const preview = frameworkFromRows('list.csv', {
      sheet: 'list.csv',
      rows: [
        ['Name', 'Amount'],
        ['Acme', '12'],
      ],
    });
    expect(preview.measures).toEqual([]);
    expect(preview.problems).toEqual([
      {
        sheet: 'list.csv',
        row: null,
        column: null,
        value: null,
        message:
          'No heading row was found in the first 20 rows: the measures need a column headed "measure_code" or "Code" and one headed "measure_text" or "Title".',
      },
    ]);
  });

  it('a heading row with nothing under it is a problem', () => {
    const preview = frameworkFromRows('f.csv', { sheet: 'f.csv', rows: [['Code', 'Title'], []] });
    expect(preview.problems.map((p) => [p.row, p.message])).toEqual([
      [1, 'There are no measures under the heading row'],
    ]);
  });
});

describe('problems in rows', () => {
  const rows = [
    ['Code', 'Title', 'Unit', 'Proxy'],
    ['LOC1', 'Local jobs', 'FTE', '25,000'],
    ['', 'No code here', 'hours', ''],
    ['loc1', 'Same code in small letters', 'hours', ''],
    ['LOC 2', 'A space in the code', 'hours', ''],
    ['LOC3', '', 'hours', ''],
    ['LOC4', 'Bad proxy', 'hours', 'twelve'],
    ['LOC5', 'Negative proxy', 'hours', '(12.50)'],
    ['LOC6', 'Narrative with a proxy', 'text', '5'],
    ['LOC7', 'Fine', '£', '0.90'],
  ];

  it('are each named by sheet, row, column and value, and the good rows still read', () => {
    const preview = frameworkFromRows('f.csv', { sheet: 'Sheet1', rows });
    expect(preview.problems).toEqual([
      { sheet: 'Sheet1', row: 3, column: 'Code', value: null, message: 'Enter the code' },
      {
        sheet: 'Sheet1',
        row: 4,
        column: 'Code',
        value: 'loc1',
        message:
          'Row 2 has this code too; each measure needs its own code (capitals and small letters count as the same)',
      },
      {
        sheet: 'Sheet1',
        row: 5,
        column: 'Code',
        value: 'LOC 2',
        message: 'Use letters, digits, dots, dashes or slashes for the code, for example LOC1',
      },
      { sheet: 'Sheet1', row: 6, column: 'Title', value: null, message: 'Enter the title' },
      {
        sheet: 'Sheet1',
        row: 7,
        column: 'Proxy',
        value: 'twelve',
        message: 'This is not an amount of money; write it in pounds, for example 16.93',
      },
      {
        sheet: 'Sheet1',
        row: 8,
        column: 'Proxy',
        value: '(12.50)',
        message: 'A proxy value cannot be negative',
      },
      {
        sheet: 'Sheet1',
        row: 9,
        column: 'Proxy',
        value: '5',
        message: 'A record-only measure cannot have a proxy value',
      },
    ]);
    expect(preview.measures.map((m) => [m.code, m.proxyPence])).toEqual([
      ['LOC1', 2_500_000],
      ['LOC7', 90],
    ]);
  });

  it('a theme name too long is a problem in the theme column', () => {
    const preview = frameworkFromRows('f.csv', {
      sheet: 'f.csv',
      rows: [
        ['Code', 'Title', 'Theme'],
        ['A1', 'Title', 'T'.repeat(201)],
      ],
    });
    expect(preview.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'Theme', 'Keep the name under 200 characters'],
    ]);
  });
});

describe('file types and encodings', () => {
  it('reads Windows-1252 text, as older Excel saves CSV', async () => {
    // "£" is 0xA3 and "’" is 0x92 in Windows-1252; neither is valid UTF-8 on its own.
    const bytes = new Uint8Array([
      ...utf8('Code,Title,Unit,Proxy\r\nCV2,Donations to the council'),
      0x92,
      ...utf8('s partners,'),
      0xa3,
      ...utf8(',"'),
      0xa3,
      ...utf8('1.00"\r\n'),
    ]);
    const preview = await readFrameworkFile('old.csv', bytes);
    expect(preview.problems).toEqual([]);
    expect(preview.measures[0]).toMatchObject({
      code: 'CV2',
      title: 'Donations to the council’s partners',
      unit: '£',
      kind: 'money',
      proxyPence: 100,
    });
  });

  it('reads the first sheet with anything in it of an .xlsx workbook, with themes and outcomes', async () => {
    const bytes = await workbook({
      Notes: [],
      Framework: [
        ['Theme', 'Outcome', 'measure_code', 'measure_text', 'units', 'proxy'],
        ['Jobs', 'Local work', 'J1', 'Local people employed', 'FTE', 25000],
        ['Jobs', 'Skills', 'J2', 'Apprenticeship weeks', 'weeks', 150.5],
        ['Green', 'Carbon', 'G1', 'Carbon saved', 'tCO2e', null],
        ['jobs', 'local work', 'J3', 'Same theme, other capitals', 'FTE', null],
      ],
    });
    const preview = await readFrameworkFile('council.xlsx', bytes);
    expect(preview.sheet).toBe('Framework');
    expect(preview.problems).toEqual([]);
    expect([preview.themeCount, preview.outcomeCount]).toEqual([2, 3]);
    expect(preview.measures.map((m) => [m.theme, m.outcome, m.code, m.proxyPence])).toEqual([
      ['Jobs', 'Local work', 'J1', 2_500_000],
      ['Jobs', 'Skills', 'J2', 15_050],
      ['Green', 'Carbon', 'G1', null],
      ['jobs', 'local work', 'J3', null],
    ]);
    // As a tree, "jobs" and "Jobs" are one theme, named as first written.
    const tree = importedTree(preview.measures);
    expect(tree.themes.map((t) => [t.name, t.outcomes.map((o) => o.measures.length)])).toEqual([
      ['Jobs', [2, 1]],
      ['Green', [1]],
    ]);
  });

  it('names the sheet and spreadsheet row of a problem in a workbook', async () => {
    const bytes = await workbook({
      Measures: [['Title'], ['Code', 'Title'], ['X1', 'Fine'], ['X2', '']],
    });
    const preview = await readFrameworkFile('council.xlsx', bytes);
    expect(preview.problems).toEqual([
      { sheet: 'Measures', row: 4, column: 'Title', value: null, message: 'Enter the title' },
    ]);
  });

  it('refuses an empty file, an old .xls and a damaged workbook with one plain problem', async () => {
    const only = async (name: string, bytes: Uint8Array) =>
      (await readFrameworkFile(name, bytes)).problems.map((p) => p.message);
    expect(await only('empty.csv', new Uint8Array())).toEqual(['empty.csv is empty.']);
    expect(await only('old.xls', utf8('\u00d0\u00cf binary'))).toEqual([
      'old.xls is not an .xlsx workbook (old .xls files cannot be read). Save it from Excel as .xlsx or .csv and choose it again.',
    ]);
    const damaged = await only('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatch(/^The workbook could not be opened \(.+\)\. Save it again/);
  });
});
