// The return template and its reader, bytes to bytes: a template filled in as a supplier would
// reads back exactly; every kind of bad file gets a plain message naming where the problem is.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readReturnFile, type ParsedReturnLine } from '../../electron/excel/return-import';
import {
  noteHeading,
  returnTemplate,
  type ReturnTemplateData,
} from '../../electron/excel/return-template';
import {
  fillReturnTemplate,
  templateWithMillionRows,
  zipThatIsNotAWorkbook,
} from '../fixtures/return-files';

const data: ReturnTemplateData = {
  workspaceId: '11111111-1111-4111-8111-111111111111',
  councilName: 'Charnwood Borough Council',
  contract: {
    id: '22222222-2222-4222-8222-222222222222',
    reference: 'C-SV-001',
    title: '=HYPERLINK("http://x")',
    supplierName: 'Soar Valley Care Ltd',
  },
  period: { label: 'Q1 2025/26', start: '2025-04-01', end: '2025-06-30' },
  lines: [
    {
      measureId: '33333333-3333-4333-8333-333333333333',
      code: 'LOC1',
      title: 'Local FTE',
      unit: 'FTE',
      kind: 'quantity',
      committed: 4,
      expected: 0.5,
      councilNote: null,
    },
    {
      measureId: '44444444-4444-4444-8444-444444444444',
      code: 'APP1',
      title: 'Apprentice weeks',
      unit: 'weeks',
      kind: 'quantity',
      committed: 104,
      expected: 13.0004,
      councilNote: null,
    },
    {
      measureId: '55555555-5555-4555-8555-555555555555',
      code: 'NAR1',
      title: 'Community',
      unit: 'text',
      kind: 'record-only',
      committed: null,
      expected: null,
      councilNote: null,
    },
  ],
};

/** The file read, with the lines it handed on as it read them. */
async function read(bytes: Uint8Array, name = 'return.xlsx') {
  const lines: ParsedReturnLine[] = [];
  const parsed = await readReturnFile(name, bytes, (line) => lines.push(line));
  return { ...parsed, lines };
}
const messages = async (bytes: Uint8Array, name?: string) =>
  (await read(bytes, name)).problems.map((p) => p.message);

async function loaded(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('return template', () => {
  it('hides the metadata, locks the identifying cells and opens the input cells with validation', async () => {
    const workbook = await loaded(await returnTemplate(data));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['svt-metadata', 'veryHidden'],
      ['Instructions', 'visible'],
      ['Return', 'visible'],
    ]);
    const sheet = workbook.getWorksheet('Return') as ExcelJS.Worksheet;
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      'Measure code',
      'Measure',
      'Unit',
      'Committed (whole contract)',
      'Expected by end of period',
      'Delivered this period',
      'Evidence reference',
      'What was delivered (narrative)',
    ]);
    expect(sheet.getCell('A2').value).toBe('Contract: C-SV-001, =HYPERLINK("http://x")');
    expect(sheet.getCell('A2').formula).toBeUndefined();
    expect(sheet.getCell('E8').value).toBe(13);
    const locked = (address: string) => sheet.getCell(address).protection?.locked !== false;
    expect(['A7', 'B7', 'C7', 'D7', 'E7', 'F9'].filter((a) => !locked(a))).toEqual([]);
    expect(['F7', 'G7', 'H7', 'F8', 'H9'].filter(locked)).toEqual([]);
    const model = (sheet as unknown as { sheetProtection: { sheet: boolean } | null })
      .sheetProtection;
    expect(model?.sheet).toBe(true);
    const zip = await JSZip.loadAsync(await returnTemplate(data));
    const xml = await zip.file('xl/worksheets/sheet3.xml')?.async('string');
    const ranges = [...(xml ?? '').matchAll(/<dataValidation type="(\w+)"[^>]*sqref="([^"]+)"/g)];
    expect(ranges.map((match) => [match[1], match[2]])).toEqual([
      ['decimal', 'F7:F9'],
      ['textLength', 'G7:G9'],
      ['textLength', 'H7:H9'],
    ]);
  });
});

describe('return template for a period whose return the council queried', () => {
  const queried: ReturnTemplateData = {
    ...data,
    lines: data.lines.map((line) =>
      line.code === 'APP1'
        ? { ...line, councilNote: 'Queried: =12 weeks is more than the apprentices worked' }
        : line,
    ),
  };

  it("lists the council's notes on the instructions and attaches each to its measure", async () => {
    const workbook = await loaded(await returnTemplate(queried));
    const instructions = workbook.getWorksheet('Instructions') as ExcelJS.Worksheet;
    const texts = instructions.getColumn(1).values.filter((v) => typeof v === 'string');
    expect(texts.slice(-2)).toEqual([
      noteHeading,
      'APP1 Apprentice weeks: Queried: =12 weeks is more than the apprentices worked',
    ]);
    const sheet = workbook.getWorksheet('Return') as ExcelJS.Worksheet;
    expect(sheet.getCell('A8').note).toBe('Queried: =12 weeks is more than the apprentices worked');
    expect(sheet.getCell('A7').note).toBeUndefined();
  });

  it('reads back filled in as the template without notes does', async () => {
    const entries = {
      LOC1: { delivered: 1.5 },
      APP1: { delivered: 10 },
      NAR1: { narrative: 'Talks' },
    };
    const withNotes = await read(await fillReturnTemplate(await returnTemplate(queried), entries));
    const without = await read(await fillReturnTemplate(await returnTemplate(data), entries));
    expect(withNotes.problems).toEqual([]);
    expect(withNotes.lines).toEqual(without.lines);
  });
});

describe('reading a completed return', () => {
  it('reads back what the supplier typed, a formula at its calculated value with a warning', async () => {
    const filled = await fillReturnTemplate(await returnTemplate(data), {
      LOC1: { delivered: 1.5, evidence: 'Payroll P1' },
      APP1: { delivered: { formula: 'SUM(4,8)', result: 12 } as ExcelJS.CellFormulaValue },
      NAR1: { narrative: ' Careers talks ' },
    });
    const parsed = await read(filled);
    expect(parsed.problems).toEqual([]);
    expect(parsed.metadata).toMatchObject({
      version: 1,
      workspaceId: data.workspaceId,
      contractId: data.contract.id,
      contractReference: 'C-SV-001',
      period: 'Q1 2025/26',
    });
    expect(parsed.lineCount).toBe(3);
    expect(parsed.lines).toEqual([
      {
        row: 7,
        measureId: data.lines[0]?.measureId,
        code: 'LOC1',
        quantity: 1.5,
        evidenceReference: 'Payroll P1',
        narrative: null,
      },
      {
        row: 8,
        measureId: data.lines[1]?.measureId,
        code: 'APP1',
        quantity: 12,
        evidenceReference: null,
        narrative: null,
      },
      {
        row: 9,
        measureId: data.lines[2]?.measureId,
        code: 'NAR1',
        quantity: null,
        evidenceReference: null,
        narrative: 'Careers talks',
      },
    ]);
    expect(parsed.warnings).toEqual([
      {
        sheet: 'Return',
        row: 8,
        column: 'Delivered this period',
        value: '=SUM(4,8)',
        message: 'The cell holds a formula; its last calculated value, 12, was used',
      },
    ]);
  });

  it('names the sheet, row, column and value of text, negatives, error cells and bare formulas', async () => {
    const filled = await fillReturnTemplate(await returnTemplate(data), {
      LOC1: { delivered: 'six', evidence: { error: '#REF!' } as ExcelJS.CellErrorValue },
      APP1: { delivered: -2, narrative: { formula: 'A1&B1' } as ExcelJS.CellFormulaValue },
      NAR1: { narrative: 'x'.repeat(10 * 1024 * 1024) },
    });
    const parsed = await read(filled);
    expect(parsed.problems.map((p) => [p.sheet, p.row, p.column, p.value, p.message])).toEqual([
      [
        'Return',
        7,
        'Delivered this period',
        'six',
        'This is not a number: enter what was delivered in the period as a number, 0 if none',
      ],
      [
        'Return',
        7,
        'Evidence reference',
        '#REF!',
        'The cell shows the error #REF!: type the value itself instead of a formula',
      ],
      ['Return', 8, 'Delivered this period', '-2', 'What was delivered cannot be negative'],
      [
        'Return',
        8,
        'What was delivered (narrative)',
        '=A1&B1',
        'The cell holds a formula with no saved result: type the value itself instead',
      ],
      [
        'Return',
        9,
        'What was delivered (narrative)',
        `${'x'.repeat(60)}… (10,485,760 characters)`,
        'This is 10,485,760 characters long: keep it under 5,000',
      ],
    ]);
  });

  it('takes a number typed as text', async () => {
    const filled = await fillReturnTemplate(await returnTemplate(data), {
      LOC1: { delivered: ' 1,250.5 ' },
    });
    expect((await read(filled)).lines[0]?.quantity).toBe(1250.5);
  });

  it('refuses an empty file, a file that is not a spreadsheet, an old .xls and a zip that is not a workbook', async () => {
    expect(await messages(new Uint8Array(), 'empty.xlsx')).toEqual([
      'empty.xlsx is empty: there is nothing in it to import.',
    ]);
    expect(await messages(Buffer.from('Measure,Delivered\nLOC1,3\n'), 'return.csv')).toEqual([
      'return.csv is not an Excel workbook (.xlsx). Choose the return template the supplier filled in.',
    ]);
    expect(await messages(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'old.xls')).toEqual([
      'old.xls is an old-style .xls workbook. Open it in Excel, save it as .xlsx, and choose it again.',
    ]);
    expect(await messages(await zipThatIsNotAWorkbook(), 'notes.xlsx')).toEqual([
      'notes.xlsx is not an Excel workbook: it is a zip file but not an Excel workbook. Choose the .xlsx return the supplier sent back.',
    ]);
  });

  it('refuses a workbook that is not a template, or whose Return sheet was renamed', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRow(['LOC1', 3]);
    expect(await messages(Buffer.from(await plain.xlsx.writeBuffer()), 'mine.xlsx')).toEqual([
      'mine.xlsx is not a return template from the Social Value Tracker: its hidden template details are missing. Download a template for the contract and period, and ask the supplier to fill that in.',
    ]);
    const renamed = await fillReturnTemplate(await returnTemplate(data), {}, (sheet) => {
      sheet.name = 'Our return';
    });
    expect(await messages(renamed)).toEqual([
      'return.xlsx has no sheet called "Return": it may have been renamed or deleted. Rename it back, or fill in a new template.',
    ]);
  });

  it('refuses moved columns and moved rows', async () => {
    const moved = await fillReturnTemplate(await returnTemplate(data), {}, (sheet) => {
      sheet.getCell('F6').value = 'Evidence reference';
      sheet.getCell('G6').value = 'Delivered this period';
    });
    expect((await read(moved)).problems).toEqual([
      {
        sheet: 'Return',
        row: 6,
        column: 'F',
        value: 'Evidence reference',
        message:
          'The template\'s columns have been moved or changed: column F of row 6 should be headed "Delivered this period". Put the columns back as they were in the template (or fill in a new template), then import it again.',
      },
    ]);
    const swapped = await fillReturnTemplate(await returnTemplate(data), {}, (sheet) => {
      sheet.getCell('A7').value = 'APP1';
      sheet.getCell('A8').value = 'LOC1';
    });
    expect((await read(swapped)).problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [7, 'Measure code', 'APP1'],
      [8, 'Measure code', 'LOC1'],
    ]);
  });

  it('refuses a return whose rows were deleted', async () => {
    const zip = await JSZip.loadAsync(await returnTemplate(data));
    const xml = (await zip.file('xl/worksheets/sheet3.xml')?.async('string')) ?? '';
    zip.file(
      'xl/worksheets/sheet3.xml',
      xml.replace(/<row r="6"[\s\S]*<\/sheetData>/, '</sheetData>'),
    );
    const emptied = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await messages(emptied)).toEqual([
      'The "Return" sheet of return.xlsx has no measures: its rows from the column headings (row 6) down have been deleted. Fill in a new template.',
    ]);
  });

  it('refuses rows added below the measures', async () => {
    const added = await fillReturnTemplate(await returnTemplate(data), {}, (sheet) => {
      sheet.getCell('B12').value = 'Extra social value';
    });
    expect((await read(added)).problems.map((p) => [p.row, p.message])).toEqual([
      [
        12,
        expect.stringMatching(
          /^Row 12 is not one of the template's measures \(they are on rows 7 to 9\)/,
        ),
      ],
    ]);
  });

  it('stops at once on a sheet of 1,048,576 rows, without reading them all', async () => {
    const huge = await templateWithMillionRows(await returnTemplate(data));
    const parsed = await read(huge);
    expect(parsed.problems[20]?.message).toBe(
      "The Return sheet goes on far below the template's last measure on row 9 (to row 1,010 at least). Delete the rows below the measures, save, and import it again.",
    );
    expect(parsed.problems.slice(0, 20).map((p) => p.row)).toEqual(
      Array.from({ length: 20 }, (_, index) => 100 + index),
    );
    expect(parsed.problems.slice(21).map((p) => p.message)).toEqual([
      '890 more rows below the measures hold something.',
    ]);
  }, 60_000);
});
