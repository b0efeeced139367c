// Supplier return templates and their import (DESIGN.md section 3, items 1 and 2): a template
// per contract and period (or a zip of them for every contract with a return due), and the
// import of a completed one: a preview first, listing every problem by sheet, row, column and
// value; then, when the officer confirms, one transaction per file; a return already there for
// the period is replaced or skipped, as the officer chooses.

import { z } from 'zod';
import type { ExportedFile } from './exported-file';
import { importFileSchema, type ImportIssue } from './framework-import';
import type { ReportingPeriod } from './reporting-periods';
import { requiredText, uuid } from './schema-parts';
import type { MeasureKind, ReturnStatus } from './social-value';

const periodLabel = requiredText('the reporting period', 40);

export const returnTemplateSchema = z.object({ contractId: uuid, period: periodLabel });
export const returnTemplatesBulkSchema = z.object({ period: periodLabel });
export const templatePeriodsSchema = z.object({ contractId: uuid.optional() });

/** What to do when the contract already has a return for the period. */
export const existingReturnChoices = ['replace', 'skip'] as const;
export type ExistingReturnChoice = (typeof existingReturnChoices)[number];

export const returnImportConfirmSchema = importFileSchema.extend({
  onExisting: z.enum(existingReturnChoices, { error: 'Choose to replace or skip' }).optional(),
});

export type ReturnImportConfirmInput = z.input<typeof returnImportConfirmSchema>;

/** Periods to offer for templates: a contract's term so far, or recent ones for the bulk. */
export interface TemplatePeriods {
  periods: ReportingPeriod[];
  /** The latest period that has ended, or the first when none has. */
  suggested: string | null;
}

/** The templates of every contract with a return due for the period, as one .zip. */
export interface BulkTemplates extends ExportedFile {
  count: number;
}

export interface ReturnImportLine {
  row: number;
  measureId: string;
  code: string;
  title: string;
  unit: string;
  kind: MeasureKind;
  quantity: number | null;
  evidenceReference: string | null;
  narrative: string | null;
}

/** The preview lists a file's first lines; a larger file's others are counted (lineCount). */
export const previewLineLimit = 200;

export interface ReturnImportPreview {
  fileName: string;
  fileSha256: string;
  contract: { id: string; reference: string; title: string; supplierName: string } | null;
  period: ReportingPeriod | null;
  /** The file's first lines (previewLineLimit at most), in the order of its rows. */
  lines: ReturnImportLine[];
  /** How many lines the file has. */
  lineCount: number;
  /** The return the contract already has for the period: the officer replaces or skips it. */
  existingReturn: { id: string; status: ReturnStatus; lineCount: number } | null;
  /** Submitted when every quantity is given; otherwise a draft for the officer to finish. */
  savesAs: 'submitted' | 'draft';
  /** Anything here stops the import. */
  problems: ImportIssue[];
  warnings: ImportIssue[];
}

export interface ReturnImportOutcome {
  fileName: string;
  outcome: 'imported' | 'skipped';
  importId: string | null;
  returnId: string | null;
  status: ReturnStatus | null;
  replaced: boolean;
  /** One sentence for the officer. */
  message: string;
}
