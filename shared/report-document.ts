// A committee report as a document that knows nothing of pages or file formats: the report
// builder produces it from the workspace (a saved report, or a template for a period), and each
// output (the print preview, PDF, Word, the Excel appendix) renders the same document. Cells hold
// raw values (pence, counts, dates) with a column format, so every output formats them through
// the same rules and the Excel appendix keeps real numbers.

/** A run of text in a paragraph or list item. */
export interface TextRun {
  text: string;
  bold?: boolean;
}

export type CellFormat = 'text' | 'money' | 'count' | 'quantity' | 'percent' | 'date';

export interface TableColumn {
  label: string;
  format: CellFormat;
}

/** Money is integer pence, percent is 0–100, date is YYYY-MM-DD; null is an empty cell. */
export type CellValue = string | number | null;

export interface ChartSeries {
  label: string;
  values: number[];
}

export type ReportBlock =
  /** Numbered paragraphs carry the section's paragraph numbers (2.1, 2.2…) in every output. */
  | { kind: 'paragraph'; runs: TextRun[]; numbered: boolean }
  | { kind: 'list'; ordered: boolean; items: TextRun[][] }
  | {
      kind: 'table';
      caption: string;
      columns: TableColumn[];
      rows: CellValue[][];
      /** A totals row, printed after the rows and kept apart in the appendix. */
      totals?: CellValue[];
      /** The Excel appendix sheet that holds this table's data. */
      appendixSheet: string;
    }
  | {
      kind: 'bar-chart';
      caption: string;
      categories: string[];
      series: ChartSeries[];
      format: 'money' | 'count';
      /** The table with the same numbers, for readers who cannot see the chart. */
      appendixSheet: string;
    }
  | { kind: 'figures'; items: { label: string; value: CellValue; format: CellFormat }[] }
  /** A data block's provenance: "Figures taken from the workspace at 14:05 on 30 November 2026". */
  | { kind: 'note'; text: string }
  /** A picture stored with a case study, as base64 with its MIME type. */
  | { kind: 'picture'; caption: string; mimeType: string; base64: string };

export interface ReportSection {
  heading: string;
  /** False for cover-like sections (e.g. the report details box) that carry no number. */
  numbered: boolean;
  blocks: ReportBlock[];
}

export interface ReportMeta {
  councilName: string;
  committee: string;
  /** YYYY-MM-DD */
  meetingDate: string;
  title: string;
  reportOf: string;
  leadMember: string;
  author: string;
  contact: string;
  wardsAffected: string;
  keyDecision: boolean;
  classification: string;
  version: string;
  /** e.g. "2025/26" or "1 April 2025 to 30 September 2025" */
  periodCovered: string;
}

export interface ReportDocument {
  meta: ReportMeta;
  sections: ReportSection[];
}

/** Several reports exported together as one PDF with a contents page. */
export interface ReportPack {
  title: string;
  documents: ReportDocument[];
}
