// Where everything is in a supplier return template, for the writer (return-template.ts) and
// the reader (return-import.ts): sheet names, the heading row, the columns and the metadata keys.
// A change here that moves anything needs a new template version.

export const templateVersion = 1;

export const sheetNames = {
  metadata: 'svt-metadata',
  instructions: 'Instructions',
  return: 'Return',
} as const;

/** The column headings row of the Return sheet; measures start on the row below. */
export const headingRow = 6;
export const firstLineRow = headingRow + 1;

export const returnColumns = [
  { key: 'code', heading: 'Measure code', width: 13 },
  { key: 'title', heading: 'Measure', width: 44 },
  { key: 'unit', heading: 'Unit', width: 10 },
  { key: 'committed', heading: 'Committed (whole contract)', width: 14 },
  { key: 'expected', heading: 'Expected by end of period', width: 14 },
  { key: 'delivered', heading: 'Delivered this period', width: 14 },
  { key: 'evidence', heading: 'Evidence reference', width: 24 },
  { key: 'narrative', heading: 'What was delivered (narrative)', width: 60 },
] as const;

export type ReturnColumnKey = (typeof returnColumns)[number]['key'];

/** 1-based column number of a column. */
export const columnNumber = (key: ReturnColumnKey): number =>
  returnColumns.findIndex((column) => column.key === key) + 1;

/** "F" for the 6th column (the template has fewer than 27). */
export const columnLetter = (key: ReturnColumnKey): string =>
  String.fromCharCode(64 + columnNumber(key));

/** The metadata sheet: a key in column A and its value in column B, then the measures. */
export const metadataKeys = {
  version: 'Template version',
  workspaceId: 'Workspace id',
  contractId: 'Contract id',
  contractReference: 'Contract reference',
  period: 'Period',
  periodStart: 'Period start',
  periodEnd: 'Period end',
} as const;

/** The metadata sheet's heading above the measures: row, measure id, measure code. */
export const metadataMeasuresHeading = 'Measures (row, id, code)';

/** Text longer than this in any cell is refused without being read further. */
export const maxCellLength = 5000;
