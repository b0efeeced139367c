// Importing a council's own measures framework from a spreadsheet (CSV or XLSX): first a preview
// that lists every problem by sheet, row, column and value and writes nothing, then the import
// itself, into a new framework version, all or nothing.

import { z } from 'zod';
import { frameworkVersionFieldsSchema, type MeasureValues } from './measures-framework';
import { requiredText } from './schema-parts';

/** Files up to about 30 MB (base64 is a third longer than the bytes). */
const maxBase64Length = 40_000_000;

export const importFileSchema = z.object({
  fileName: requiredText('the file name', 260),
  contentBase64: z
    .string({ error: 'Choose a file' })
    .min(1, { error: 'Choose a file' })
    .max(maxBase64Length, { error: 'Choose a file under 30 MB' }),
});

export const frameworkImportSchema = importFileSchema.extend(frameworkVersionFieldsSchema.shape);

export type FrameworkImportInput = z.input<typeof frameworkImportSchema>;

/** Where something in a file is, and what is wrong with it, in plain words. */
export interface ImportIssue {
  sheet: string;
  /** The spreadsheet's row number (the header is usually row 1); null for the whole file. */
  row: number | null;
  /** The column's heading as the file has it; null for a whole row or the file. */
  column: string | null;
  value: string | null;
  message: string;
}

/** A measure read from one row of the file, with the theme and outcome it goes under. */
export interface ImportedMeasure extends MeasureValues {
  row: number;
  theme: string;
  outcome: string;
}

export interface FrameworkImportPreview {
  fileName: string;
  sheet: string;
  measures: ImportedMeasure[];
  /** Anything here stops the import. */
  problems: ImportIssue[];
  /** Worth knowing, but the import can go ahead (a missing unit, columns not used). */
  warnings: ImportIssue[];
  themeCount: number;
  outcomeCount: number;
}
