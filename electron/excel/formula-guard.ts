// The one guard against spreadsheet formula injection (OWASP "CSV injection"), used by every
// writer of .xlsx and .csv files in the app. Text starting with = + - @, a tab or a carriage
// return is what Excel, LibreOffice and Google Sheets take for a formula (=HYPERLINK(...) leaks
// data, @SUM(...) and +cmd|... run), when they open a CSV or when such text is typed into a cell.
//
// - XLSX: text is always written as a string cell: a shared string (t="s") in the list
//   workbooks, an inline string (t="inlineStr") in the streamed ones. Only a { formula } object
//   becomes a formula (<f>), and no writer makes one from text. A string cell is never
//   evaluated, so the text is kept exactly as it is: a supplier called "=HYPERLINK(...)" shows
//   as that text and a re-import gives back the same name. (Excel would make it a formula only
//   if an officer edited that cell and pressed Enter, as with anything typed.) xlsxText also
//   drops the control characters XML cannot hold (they would corrupt the file) and keeps to
//   Excel's 32,767 characters a cell.
// - CSV has no cell types, so formula-like text gets a leading apostrophe ('=HYPERLINK(...)),
//   OWASP's advice: Excel and LibreOffice show it as text and run nothing. The apostrophe shows,
//   which is the price of safety in a format that cannot say "this is text".
// - Numbers are never text: a negative amount is written as the number -12.5, untouched.

const formulaStart = /^[=+\-@\t\r]/;
/** Characters XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- these are the characters being removed
const xmlIllegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** Excel's limit on the characters in one cell. */
export const excelCellLimit = 32_767;

/** Whether a spreadsheet would take the text for a formula. */
export function startsLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}

/** Text for a CSV cell: formula-like text gets a leading apostrophe. */
export function csvText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** Text for an .xlsx string cell: as it is, less what XML or Excel cannot hold. */
export function xlsxText(text: string): string {
  const clean = text.replace(xmlIllegal, '');
  return clean.length > excelCellLimit ? clean.slice(0, excelCellLimit) : clean;
}
