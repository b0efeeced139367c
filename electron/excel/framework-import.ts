// A council's measures framework from a spreadsheet: bytes in, measures and problems out. Headers
// are matched loosely (measure_code or Code, measure_text or Title, ...), each measure's kind is
// worked out from its unit and help text, and every problem is named by sheet, row, column and
// value. Pure: nothing is written here.

import type {
  FrameworkImportPreview,
  ImportIssue,
  ImportedMeasure,
} from '../../shared/framework-import';
import {
  groupNameSchema,
  measureValuesSchema,
  withDefaultProxy,
  type FrameworkTree,
} from '../../shared/measures-framework';
import { parseMoneyToPence } from '../../shared/money';
import type { MeasureKind } from '../../shared/social-value';
import { readTableFile, UnreadableFile, type TableFile } from './table-file';

type Column =
  | 'code'
  | 'title'
  | 'guidance'
  | 'unit'
  | 'unitGuidance'
  | 'theme'
  | 'outcome'
  | 'proxy'
  | 'evidence';

/** Header names each column is known by, compared without case, spaces or punctuation. */
const headerNames: Record<Column, string[]> = {
  code: ['measurecode', 'code', 'measureref', 'measurereference', 'reference', 'ref'],
  title: ['measuretext', 'title', 'measure', 'measuretitle', 'measurename', 'description'],
  guidance: ['helptext', 'guidance', 'help', 'measureguidance', 'definition'],
  unit: ['units', 'unit', 'unitofmeasure', 'measurementunit'],
  unitGuidance: ['unitguidance', 'unitsguidance', 'unithelp'],
  theme: ['theme', 'themename'],
  outcome: ['outcome', 'outcomename'],
  proxy: ['proxy', 'proxyvalue', 'proxyvaluegbp', 'proxyvalueperunit', 'proxypence'],
  evidence: ['evidence', 'evidencerequired'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Where each known column is in a header row; unknown headings are listed. */
function matchHeader(cells: readonly string[]) {
  const columns: Partial<Record<Column, number>> = {};
  const unused: string[] = [];
  cells.forEach((cell, index) => {
    const key = squash(cell);
    if (!key) return;
    const column = (Object.keys(headerNames) as Column[]).find(
      (name) => headerNames[name].includes(key) && columns[name] === undefined,
    );
    if (column) columns[column] = index;
    else unused.push(cell.trim());
  });
  return { columns, unused };
}

/** Record only: a narrative unit ("text", "describe initiatives") or help saying so; money: "£...". */
export function inferMeasureKind(unit: string, help: string): MeasureKind {
  const units = unit.trim().toLowerCase();
  if (/^record only/i.test(help.trim()) || units === 'text' || units.startsWith('descri')) {
    return 'record-only';
  }
  return units.startsWith('£') ? 'money' : 'quantity';
}

/** Groups measures that have no theme or outcome column go under. */
export const defaultGroupName = 'Imported measures';
const headerSearchRows = 20;
/** Whichever field of a measure a schema problem names, the column it came from. */
const columnOfField: Record<string, Column> = {
  code: 'code',
  title: 'title',
  guidance: 'guidance',
  unit: 'unit',
  kind: 'unit',
  proxyPence: 'proxy',
  evidenceRequired: 'evidence',
};

class Reader {
  readonly problems: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  constructor(
    readonly sheet: string,
    readonly header: readonly string[],
    readonly columns: Partial<Record<Column, number>>,
  ) {}

  cell(cells: readonly string[], column: Column): string {
    const index = this.columns[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  }

  issue(row: number, column: Column | null, value: string | null, message: string): ImportIssue {
    const index = column === null ? undefined : this.columns[column];
    const heading = index === undefined ? null : (this.header[index]?.trim() ?? null);
    return { sheet: this.sheet, row, column: heading, value: value || null, message };
  }

  proxy(row: number, text: string, kind: MeasureKind): number | null {
    if (text === '') return null;
    const pence = parseMoneyToPence(text);
    const problem = (message: string) => {
      this.problems.push(this.issue(row, 'proxy', text, message));
      return null;
    };
    if (pence === null)
      return problem('This is not an amount of money; write it in pounds, for example 16.93');
    if (pence < 0) return problem('A proxy value cannot be negative');
    if (kind === 'record-only') return problem('A record-only measure cannot have a proxy value');
    return pence;
  }

  /** The measure in a row; null when the row has a problem (each one recorded). */
  measure(row: number, cells: readonly string[]): ImportedMeasure | null {
    const problemsBefore = this.problems.length;
    const help = this.cell(cells, 'guidance');
    const unitText = this.cell(cells, 'unit');
    const kind = inferMeasureKind(unitText, help);
    let unit = unitText;
    if (!unit) {
      unit = kind === 'record-only' ? 'text' : 'number';
      if (kind !== 'record-only') {
        this.warnings.push(
          this.issue(row, 'unit', null, 'No unit is given, so the measure is counted as a number'),
        );
      }
    }
    const proxyText = this.cell(cells, 'proxy');
    const proxyPence = this.proxy(row, proxyText, kind);
    const guidance = [help, this.cell(cells, 'unitGuidance')].filter(Boolean).join('\n\n');
    const parsed = measureValuesSchema.safeParse({
      code: this.cell(cells, 'code'),
      title: this.cell(cells, 'title'),
      guidance,
      unit,
      kind,
      proxyPence,
      evidenceRequired: this.cell(cells, 'evidence'),
    });
    const group = (column: 'theme' | 'outcome', fallback: string) => {
      const name = this.cell(cells, column);
      const checked = groupNameSchema.safeParse(name);
      if (name && !checked.success) {
        this.problems.push(this.issue(row, column, name, checked.error.issues[0]?.message ?? ''));
      }
      return name || fallback;
    };
    const theme = group('theme', defaultGroupName);
    const outcome = group('outcome', theme);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = columnOfField[String(issue.path[0])] ?? null;
        if (seen.has(String(column))) continue;
        seen.add(String(column));
        const value = column === null ? null : this.cell(cells, column);
        this.problems.push(this.issue(row, column, value, issue.message));
      }
    }
    if (!parsed.success || this.problems.length > problemsBefore) return null;
    return { row, theme, outcome, ...withDefaultProxy(parsed.data) };
  }
}

function fileProblem(fileName: string, sheet: string, message: string): FrameworkImportPreview {
  return {
    fileName,
    sheet,
    measures: [],
    problems: [{ sheet, row: null, column: null, value: null, message }],
    warnings: [],
    themeCount: 0,
    outcomeCount: 0,
  };
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** The measures in a sheet's rows, with every problem and warning. */
export function frameworkFromRows(fileName: string, table: TableFile): FrameworkImportPreview {
  const { sheet, rows } = table;
  const headerIndex = rows.slice(0, headerSearchRows).findIndex((cells) => {
    const { columns } = matchHeader(cells);
    return columns.code !== undefined && columns.title !== undefined;
  });
  const header = rows[headerIndex];
  if (headerIndex < 0 || !header) {
    return fileProblem(
      fileName,
      sheet,
      `No heading row was found in the first ${headerSearchRows} rows: the measures need a column headed "measure_code" or "Code" and one headed "measure_text" or "Title".`,
    );
  }
  const { columns, unused } = matchHeader(header);
  const reader = new Reader(sheet, header, columns);
  const headerRow = headerIndex + 1;
  if (unused.length > 0) {
    reader.warnings.push({
      sheet,
      row: headerRow,
      column: null,
      value: null,
      message: `These columns are not used: ${unused.join(', ')}`,
    });
  }
  if (columns.theme === undefined) {
    reader.warnings.push({
      sheet,
      row: headerRow,
      column: null,
      value: null,
      message: `There is no theme column, so every measure goes under "${defaultGroupName}"; you can add themes and move measures afterwards`,
    });
  }

  const measures: ImportedMeasure[] = [];
  const rowOfCode = new Map<string, number>();
  rows.slice(headerIndex + 1).forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = headerRow + 1 + index;
    const measure = reader.measure(row, cells);
    if (!measure) return;
    const key = measure.code.toLowerCase();
    const first = rowOfCode.get(key);
    if (first !== undefined) {
      reader.problems.push(
        reader.issue(
          row,
          'code',
          measure.code,
          `Row ${first} has this code too; each measure needs its own code (capitals and small letters count as the same)`,
        ),
      );
      return;
    }
    rowOfCode.set(key, row);
    measures.push(measure);
  });
  if (measures.length === 0 && reader.problems.length === 0) {
    reader.problems.push({
      sheet,
      row: headerRow,
      column: null,
      value: null,
      message: 'There are no measures under the heading row',
    });
  }
  const themes = new Set(measures.map((m) => m.theme.toLowerCase()));
  const outcomes = new Set(measures.map((m) => `${m.theme}\n${m.outcome}`.toLowerCase()));
  return {
    fileName,
    sheet,
    measures,
    problems: reader.problems,
    warnings: reader.warnings,
    themeCount: themes.size,
    outcomeCount: outcomes.size,
  };
}

/** Reads a .csv or .xlsx file's measures; a file that cannot be read is one problem. */
export async function readFrameworkFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<FrameworkImportPreview> {
  try {
    return frameworkFromRows(fileName, await readTableFile(fileName, bytes));
  } catch (error) {
    if (error instanceof UnreadableFile) return fileProblem(fileName, fileName, error.message);
    throw error;
  }
}

/** The measures as a framework tree, themes and outcomes in the order the file first names them. */
export function importedTree(measures: readonly ImportedMeasure[]): FrameworkTree {
  const tree: FrameworkTree = { themes: [] };
  for (const { theme, outcome, ...measure } of measures) {
    let themeNode = tree.themes.find((t) => t.name.toLowerCase() === theme.toLowerCase());
    if (!themeNode) {
      themeNode = { name: theme, outcomes: [] };
      tree.themes.push(themeNode);
    }
    let outcomeNode = themeNode.outcomes.find(
      (o) => o.name.toLowerCase() === outcome.toLowerCase(),
    );
    if (!outcomeNode) {
      outcomeNode = { name: outcome, measures: [] };
      themeNode.outcomes.push(outcomeNode);
    }
    const { code, title, guidance, unit, kind, proxyPence, evidenceRequired } = measure;
    outcomeNode.measures.push({
      code,
      title,
      guidance,
      unit,
      kind,
      proxyPence,
      evidenceRequired,
      councilOutcomeIds: [],
    });
  }
  return tree;
}
