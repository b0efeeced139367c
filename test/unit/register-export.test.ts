// The Transparency Code register, CSV and XLSX, from register entries: the LGA layout's headers in
// order, each value where a council's register has it, and nothing a spreadsheet would run.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  addRegisterSheet,
  registerColumns,
  registerCsv,
  type RegisterEntry,
} from '../../electron/excel/register-export';
import { workbookBytes } from '../../electron/excel/streamed-workbook';
import { csvRows, expectNoFormulaCells, loadWorkbook } from '../fixtures/written-files';

const norfolkHeader =
  'Organisation name,Organisation Code,Effective Date,Contract Reference number / ID,Open Contracting ID,Title of the Agreement,Contract type,Directorate / service responsible,Service Category label,Service category URI,Description of goods and services,Procurement classification: Councils procurement category label,Procurement classification: CPV label,Procurement classification: CPV code,Procurement classification: Proclass label,Procurement classification: Proclass code,Contract start date,End date,Review date,Last extension date,Contract value,Fixed cost / estimated cost,Irrecoverable VAT,Supplier name,Supplier registered company number,Supplier registered charity number,Other supplier ID,SME supplier,VCSE supplier,VCSE supplier type,Nominated contact point: name,Nominated contact point: email,Nominated contact point: URL,Tender process type,Tender document URL,Contract document URL,Performance information URL,Location service label,Location served URI';

const heading = { councilName: 'Demo District Council', effectiveDate: '2026-11-30' };

function entry(overrides: Partial<RegisterEntry> = {}): RegisterEntry {
  return {
    reference: 'CON-001',
    title: 'Grounds maintenance',
    description: 'Grass cutting, hedges and litter picking in parks',
    directorate: 'Place',
    category: 'services',
    startDate: '2025-04-01',
    endDate: '2028-03-31',
    valuePence: 12_345_678,
    annualValuePence: 4_115_226,
    extensionOptions: '1 + 1 years',
    contractManager: 'Priya Shah',
    procurementRoute: 'open',
    supplierName: 'Charnwood Grounds Ltd',
    companyNumber: '01234567',
    charityNumber: null,
    supplierAddress: '1 High Street, Loughborough',
    supplierPostcode: 'LE11 3AB',
    supplierSize: 'small',
    vcse: false,
    vcseType: null,
    ...overrides,
  };
}

const at = (header: string) => registerColumns.findIndex((column) => column.header === header);

describe('registerCsv', () => {
  it("starts with the 39 LGA columns in Norfolk's order, then the Code's extra columns", () => {
    const [header] = csvRows(registerCsv([], heading));
    expect(header?.slice(0, 39).join(',')).toBe(norfolkHeader);
    expect(header?.slice(39)).toEqual([
      'Supplier address',
      'Supplier postcode',
      'Annual value',
      'Extension options',
      'Procurement route',
    ]);
  });

  it('writes each value where the register has it: ISO dates, plain pounds, Yes and No', () => {
    const [, row = []] = csvRows(registerCsv([entry()], heading));
    const value = (header: string) => row[at(header)];
    expect(value('Organisation name')).toBe('Demo District Council');
    expect(value('Effective Date')).toBe('2026-11-30');
    expect(value('Contract Reference number / ID')).toBe('CON-001');
    expect(value('Description of goods and services')).toBe(
      'Grass cutting, hedges and litter picking in parks',
    );
    expect(value('Procurement classification: Councils procurement category label')).toBe(
      'Services',
    );
    expect(value('Contract start date')).toBe('2025-04-01');
    expect(value('End date')).toBe('2028-03-31');
    expect(value('Contract value')).toBe('123456.78');
    expect(value('Annual value')).toBe('41152.26');
    expect(value('Supplier registered company number')).toBe('01234567');
    expect(value('SME supplier')).toBe('Yes');
    expect(value('VCSE supplier')).toBe('No');
    expect(value('Tender process type')).toBe('Invitation to tender');
    expect(value('Procurement route')).toBe('Open procedure');
    expect(value('Supplier address')).toBe('1 High Street, Loughborough');
    expect(value('Organisation Code')).toBe('');
  });

  it('says what it does not know as blank, and uses the title when there is no description', () => {
    const [, row = []] = csvRows(
      registerCsv(
        [
          entry({
            description: null,
            supplierSize: null,
            procurementRoute: null,
            annualValuePence: null,
            vcse: true,
            vcseType: 'charity',
          }),
        ],
        heading,
      ),
    );
    expect(row[at('Description of goods and services')]).toBe('Grounds maintenance');
    expect(row[at('SME supplier')]).toBe('');
    expect(row[at('Tender process type')]).toBe('');
    expect(row[at('Annual value')]).toBe('');
    expect(row[at('VCSE supplier')]).toBe('Yes');
    expect(row[at('VCSE supplier type')]).toBe('Charity');
  });

  it.each([
    ['quotation', 'Invitation to quote'],
    ['restricted', 'Invitation to tender'],
    ['competitive-flexible', 'Invitation to tender'],
    ['framework-call-off', 'Other'],
    ['direct-award', 'Other'],
  ] as const)('calls the %s route "%s"', (route, text) => {
    const [, row = []] = csvRows(registerCsv([entry({ procurementRoute: route })], heading));
    expect(row[at('Tender process type')]).toBe(text);
  });

  it('writes formula-like names inert, with an apostrophe', () => {
    const bytes = registerCsv(
      [entry({ supplierName: '=HYPERLINK("http://evil","x")', title: '@SUM(A1)' })],
      heading,
    );
    const [, row = []] = csvRows(bytes);
    expect(row[at('Supplier name')]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row[at('Title of the Agreement')]).toBe("'@SUM(A1)");
  });
});

async function registerWorkbook(entries: RegisterEntry[]): Promise<Buffer> {
  return workbookBytes((book) => addRegisterSheet(book, entries, heading));
}

describe('the register as a workbook', () => {
  it('holds the same columns, with real dates, £ numbers and a frozen bold header', async () => {
    const bytes = await registerWorkbook([entry(), entry({ reference: 'CON-002' })]);
    const sheet = (await loadWorkbook(bytes)).getWorksheet('Contract register');
    if (!sheet) throw new Error('no register sheet');
    expect(sheet.getRow(1).getCell(4).text).toBe('Contract Reference number / ID');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = sheet.getRow(2);
    const cell = (header: string) => row.getCell(at(header) + 1);
    expect(cell('Contract value')).toMatchObject({
      type: ExcelJS.ValueType.Number,
      value: 123456.78,
    });
    expect(cell('Contract value').numFmt).toContain('£');
    expect(cell('Contract start date').value).toEqual(new Date('2025-04-01T00:00:00.000Z'));
    expect(cell('Contract start date').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Supplier name').text).toBe('Charnwood Grounds Ltd');
    expect(sheet.getRow(3).getCell(4).text).toBe('CON-002');
    expect(sheet.rowCount).toBe(3);
  });

  it('writes formula-like text as the same text in string cells: no <f> in any sheet', async () => {
    const bytes = await registerWorkbook([
      entry({ supplierName: '=HYPERLINK("http://evil","x")', title: '@SUM(A1)' }),
      entry({ supplierName: '+cmd|"/c calc"!A1', directorate: '-2+3' }),
    ]);
    const xml = await expectNoFormulaCells(bytes);
    expect(xml).toContain('=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)');
    const sheet = (await loadWorkbook(bytes)).worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(2).getCell(at('Supplier name') + 1).text).toBe(
      '=HYPERLINK("http://evil","x")',
    );
    expect(sheet.getRow(3).getCell(at('Directorate / service responsible') + 1).text).toBe('-2+3');
    sheet.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeFalsy()));
  });

  it('writes a register of 5,000 contracts whole, in the order given', async () => {
    const entries = Array.from({ length: 5_000 }, (_, i) =>
      entry({ reference: `C-${String(i).padStart(5, '0')}` }),
    );
    const sheet = (await loadWorkbook(await registerWorkbook(entries))).worksheets[0];
    expect(sheet?.rowCount).toBe(5_001);
    expect(sheet?.getRow(5_001).getCell(4).text).toBe('C-04999');
  });
});
