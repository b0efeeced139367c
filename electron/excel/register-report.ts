// What a register import did (or, in a preview, would do), gathered row by row: counts, every
// skipped row with its reason, the first warnings, supplier matches and sample rows. Memory
// stays small however long the file: only skipped rows are kept in full. Pure.

import type { ImportIssue } from '../../shared/framework-import';
import type {
  RegisterImportReport,
  RegisterKind,
  RowAction,
  SampleRow,
  SkippedRow,
  SupplierMatch,
} from '../../shared/register-import';

export const keptWarnings = 200;
export const keptMatches = 100;
export const keptSamples = 10;

export class RegisterReportBuilder {
  rows = 0;
  blankRows = 0;
  imported = 0;
  updated = 0;
  unchanged = 0;
  skipped: SkippedRow[] = [];
  warnings: ImportIssue[] = [];
  warningCount = 0;
  errors: string[] = [];
  suppliersMatched = 0;
  suppliersCreated = 0;
  supplierMatches: SupplierMatch[] = [];
  sample: SampleRow[] = [];

  constructor(
    readonly fileName: string,
    public sheet: string,
    readonly kind: RegisterKind,
  ) {}

  /** A copy to go on from: reading's findings, before the rows are written (or previewed). */
  copy(): RegisterReportBuilder {
    const copy = new RegisterReportBuilder(this.fileName, this.sheet, this.kind);
    Object.assign(copy, {
      rows: this.rows,
      blankRows: this.blankRows,
      skipped: [...this.skipped],
      warnings: [...this.warnings],
      warningCount: this.warningCount,
      errors: [...this.errors],
    });
    return copy;
  }

  skip(skipped: SkippedRow): void {
    this.skipped.push(skipped);
  }

  warn(warnings: readonly ImportIssue[]): void {
    this.warningCount += warnings.length;
    for (const warning of warnings) {
      if (this.warnings.length < keptWarnings) this.warnings.push(warning);
    }
  }

  done(row: number, action: RowAction, reference: string, title: string): void {
    if (action === 'add') this.imported++;
    else if (action === 'update') this.updated++;
    else this.unchanged++;
    if (this.sample.length < keptSamples) this.sample.push({ row, action, reference, title });
  }

  supplier(match: SupplierMatch): void {
    if (match.by === 'new') this.suppliersCreated++;
    else this.suppliersMatched++;
    if (this.supplierMatches.length < keptMatches) this.supplierMatches.push(match);
  }

  build(): RegisterImportReport {
    const { fileName, sheet, kind, rows, blankRows, imported, updated, unchanged } = this;
    return {
      fileName,
      sheet,
      kind,
      rows,
      blankRows,
      imported,
      updated,
      unchanged,
      skipped: [...this.skipped].sort((a, b) => a.row - b.row),
      warnings: this.warnings,
      warningCount: this.warningCount,
      errors: this.errors,
      suppliersMatched: this.suppliersMatched,
      suppliersCreated: this.suppliersCreated,
      supplierMatches: this.supplierMatches,
      sample: this.sample,
    };
  }
}
