// The contract register as the Local Government Transparency Code 2015 asks councils to publish
// it (paragraphs 36-38: every contract over £5,000): the LGA "Contracts" layout's 39 columns,
// named and ordered as councils publish them (Norfolk's register in ../shared/data/registers/ is
// this layout), then four columns the Code asks for that the layout lacks (supplier address and
// postcode, annual value, extension options) and the procurement route. Columns we hold no data
// for stay empty rather than invented. CSV and XLSX from the same columns. Pure: rows in, bytes out.
//
// CSV dates are ISO (2026-03-31): unambiguous, the LGA schema's form, and Excel reads them as
// real dates in any regional setting, showing them as the officer's own (31/03/2026 in the UK),
// where 01/04/2026 would be read as 4 January on a US-set machine. CSV money is plain pounds
// (1234.56): a number in every spreadsheet, no £ or thousands commas to trip a reader.

import {
  procurementCategoryLabels,
  procurementRouteLabels,
  type ProcurementCategory,
  type ProcurementRoute,
} from '../../shared/exercise';
import { vcseTypeLabels, type SupplierSize, type VcseType } from '../../shared/supplier';
import { isSme } from '../../shared/supplier-rules';
import { csvBytes, csvRow } from './csv-file';
import type { CellValue, SheetColumn } from './sheet-cells';
import type { StreamedWorkbook } from './streamed-workbook';

/** The Code's threshold: contracts worth more than this are published. */
export const registerThresholdPence = 500_000;

/** One contract with its supplier and awarding exercise, as the register needs it. */
export interface RegisterEntry {
  reference: string;
  title: string;
  description: string | null;
  directorate: string | null;
  category: ProcurementCategory;
  startDate: string;
  endDate: string;
  valuePence: number;
  annualValuePence: number | null;
  extensionOptions: string | null;
  contractManager: string | null;
  procurementRoute: ProcurementRoute | null;
  supplierName: string;
  companyNumber: string | null;
  charityNumber: string | null;
  supplierAddress: string | null;
  supplierPostcode: string | null;
  supplierSize: SupplierSize | null;
  vcse: boolean;
  vcseType: VcseType | null;
}

export interface RegisterHeading {
  councilName: string;
  /** The date the register is correct at: the day of the export. */
  effectiveDate: string;
}

type RegisterColumn = SheetColumn & {
  value(entry: RegisterEntry, heading: RegisterHeading): CellValue;
};

/** The Code's question: a published invitation to tender, an invitation to quote, or other. */
function tenderProcess(route: ProcurementRoute | null): string | null {
  if (route === null) return null;
  if (route === 'quotation') return 'Invitation to quote';
  if (route === 'open' || route === 'restricted' || route === 'competitive-flexible') {
    return 'Invitation to tender';
  }
  return 'Other';
}

const empty = (header: string): RegisterColumn => ({ header, kind: 'text', value: () => null });

export const registerColumns: readonly RegisterColumn[] = [
  { header: 'Organisation name', kind: 'text', width: 28, value: (_, h) => h.councilName },
  empty('Organisation Code'),
  { header: 'Effective Date', kind: 'date', value: (_, h) => h.effectiveDate },
  { header: 'Contract Reference number / ID', kind: 'text', width: 18, value: (e) => e.reference },
  empty('Open Contracting ID'),
  { header: 'Title of the Agreement', kind: 'text', width: 45, value: (e) => e.title },
  empty('Contract type'),
  {
    header: 'Directorate / service responsible',
    kind: 'text',
    width: 28,
    value: (e) => e.directorate,
  },
  empty('Service Category label'),
  empty('Service category URI'),
  {
    header: 'Description of goods and services',
    kind: 'text',
    width: 45,
    value: (e) => e.description ?? e.title,
  },
  {
    header: 'Procurement classification: Councils procurement category label',
    kind: 'text',
    width: 16,
    value: (e) => procurementCategoryLabels[e.category],
  },
  empty('Procurement classification: CPV label'),
  empty('Procurement classification: CPV code'),
  empty('Procurement classification: Proclass label'),
  empty('Procurement classification: Proclass code'),
  { header: 'Contract start date', kind: 'date', value: (e) => e.startDate },
  { header: 'End date', kind: 'date', value: (e) => e.endDate },
  empty('Review date'),
  empty('Last extension date'),
  { header: 'Contract value', kind: 'money', width: 16, value: (e) => e.valuePence },
  empty('Fixed cost / estimated cost'),
  empty('Irrecoverable VAT'),
  { header: 'Supplier name', kind: 'text', width: 35, value: (e) => e.supplierName },
  { header: 'Supplier registered company number', kind: 'text', value: (e) => e.companyNumber },
  { header: 'Supplier registered charity number', kind: 'text', value: (e) => e.charityNumber },
  empty('Other supplier ID'),
  // Blank when the supplier's size is not known: neither an SME nor not one.
  { header: 'SME supplier', kind: 'yesNo', value: (e) => isSme(e.supplierSize) },
  { header: 'VCSE supplier', kind: 'yesNo', value: (e) => e.vcse },
  {
    header: 'VCSE supplier type',
    kind: 'text',
    value: (e) => e.vcseType && vcseTypeLabels[e.vcseType],
  },
  { header: 'Nominated contact point: name', kind: 'text', value: (e) => e.contractManager },
  empty('Nominated contact point: email'),
  empty('Nominated contact point: URL'),
  { header: 'Tender process type', kind: 'text', value: (e) => tenderProcess(e.procurementRoute) },
  empty('Tender document URL'),
  empty('Contract document URL'),
  empty('Performance information URL'),
  empty('Location service label'),
  empty('Location served URI'),
  { header: 'Supplier address', kind: 'text', width: 35, value: (e) => e.supplierAddress },
  { header: 'Supplier postcode', kind: 'text', value: (e) => e.supplierPostcode },
  { header: 'Annual value', kind: 'money', width: 16, value: (e) => e.annualValuePence },
  { header: 'Extension options', kind: 'text', width: 30, value: (e) => e.extensionOptions },
  {
    header: 'Procurement route',
    kind: 'text',
    width: 28,
    value: (e) => e.procurementRoute && procurementRouteLabels[e.procurementRoute],
  },
];

const cellsOf = (entry: RegisterEntry, heading: RegisterHeading) =>
  registerColumns.map((column) => column.value(entry, heading));

export function registerCsv(entries: readonly RegisterEntry[], heading: RegisterHeading): Buffer {
  return csvBytes(
    registerColumns.map((column) => column.header),
    entries.map((entry) => csvRow(registerColumns, cellsOf(entry, heading))),
  );
}

const pageSize = 2_000;

/** Writes the register as one sheet of a streamed workbook. */
export async function addRegisterSheet(
  book: StreamedWorkbook,
  entries: readonly RegisterEntry[],
  heading: RegisterHeading,
): Promise<void> {
  function* pages() {
    for (let start = 0; start < entries.length; start += pageSize) {
      yield entries.slice(start, start + pageSize).map((entry) => cellsOf(entry, heading));
    }
  }
  await book.addSheet('Contract register', registerColumns, pages());
}
