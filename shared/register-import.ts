// Importing a register or list (contracts, procurement exercises, suppliers) from a council's
// CSV or XLSX file: the fields a column can fill, the officer's column mapping, saved mapping
// profiles, and what a preview and an import report. Measures go through the framework import.

import { z } from 'zod';
import { importFileSchema, type ImportIssue } from './framework-import';
import { procurementCategories } from './exercise';
import { loadedVersion, requiredText, uuid } from './schema-parts';

export const registerKinds = ['contracts', 'exercises', 'suppliers'] as const;
export type RegisterKind = (typeof registerKinds)[number];
export const registerKindLabels: Record<RegisterKind, string> = {
  contracts: 'Contracts',
  exercises: 'Procurement exercises',
  suppliers: 'Suppliers',
};

export interface TargetField {
  key: string;
  label: string;
  required: boolean;
}

const field = (key: string, label: string, required = false): TargetField => ({
  key,
  label,
  required,
});

/** The fields a column can fill, per kind, in the order the mapping screen lists them. */
export const registerFields: Record<RegisterKind, readonly TargetField[]> = {
  contracts: [
    field('reference', 'Reference', true),
    field('title', 'Title', true),
    field('supplierName', 'Supplier name', true),
    field('supplierCompanyNumber', 'Supplier company number'),
    field('supplierCharityNumber', 'Supplier charity number'),
    field('supplierPostcode', 'Supplier postcode'),
    field('supplierVcse', 'Supplier is a VCSE (yes or no)'),
    field('category', 'Category (goods, services, works or a CPV code)'),
    field('valuePence', 'Whole-life value'),
    field('annualValuePence', 'Annual value'),
    field('startDate', 'Start date', true),
    field('endDate', 'End date', true),
    field('extensionOptions', 'Extension options'),
    field('contractManager', 'Contract manager'),
    field('directorate', 'Directorate or service'),
    field('status', 'Status'),
  ],
  exercises: [
    field('reference', 'Reference', true),
    field('title', 'Title', true),
    field('description', 'Description'),
    field('directorate', 'Directorate or service'),
    field('leadOfficer', 'Lead officer'),
    field('category', 'Category (goods, services, works or a CPV code)'),
    field('estimatedValuePence', 'Estimated value'),
    field('startDate', 'Start date', true),
    field('advertDate', 'Advert published'),
    field('tenderCloseDate', 'Tender closes'),
    field('awardDecisionDate', 'Award decision'),
    field('contractStartDate', 'Contract start'),
    field('contractEndDate', 'Contract end'),
    field('status', 'Status'),
  ],
  suppliers: [
    field('name', 'Name', true),
    field('companyNumber', 'Company number'),
    field('charityNumber', 'Charity number'),
    field('address', 'Address'),
    field('postcode', 'Postcode'),
    field('vcse', 'VCSE (yes or no)'),
    field('contactName', 'Contact name'),
    field('contactEmail', 'Contact email'),
    field('contactPhone', 'Contact phone'),
  ],
};

/** Field key to the 0-based column that fills it; a field left out is not imported. */
export const columnMappingSchema = z.record(z.string(), z.int().min(0).max(16_383));
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const registerOpenSchema = importFileSchema;

export const registerStartSchema = z.object({
  uploadId: uuid,
  kind: z.enum(registerKinds, { error: 'Choose what the file holds' }),
  mapping: columnMappingSchema,
  /** For rows whose category is not in the file (or no column gives it). */
  defaultCategory: z.enum(procurementCategories).default('services'),
});
export type RegisterStartInput = z.input<typeof registerStartSchema>;

export const registerJobSchema = z.object({ jobId: uuid });

/** A saved mapping: which heading fills which field, for files with the same headings. */
export const importProfileSaveSchema = z.object({
  name: requiredText('a name for the profile', 100),
  kind: z.enum(registerKinds, { error: 'Choose what the file holds' }),
  /** The file's headings, in order: the profile is offered for files with the same ones. */
  headings: z.array(z.string().max(500)).min(1).max(500),
  /** Field key to the heading that fills it. */
  mapping: z.record(z.string(), z.string().max(500)),
});
export const importProfileDeleteSchema = z.object({ id: uuid, version: loadedVersion });

export interface ImportProfile {
  id: string;
  name: string;
  kind: RegisterKind;
  headings: string[];
  mapping: Record<string, string>;
  version: number;
}

/** A column of the file as the mapping screen shows it. */
export interface SourceColumn {
  index: number;
  heading: string;
  /** The first few values under the heading, for the officer to recognise. */
  samples: string[];
}

export interface RecognisedProfile {
  name: string;
  kind: RegisterKind;
  /** Built in (the LGA register layout, Contracts Finder), or one the officer saved. */
  builtIn: boolean;
}

export interface RegisterFileOutline {
  uploadId: string;
  fileName: string;
  sheet: string;
  /** The spreadsheet row holding the headings (title rows above it are skipped). */
  headerRow: number;
  columns: SourceColumn[];
  recognised: RecognisedProfile | null;
  kind: RegisterKind;
  /** The suggested mapping for each kind: from the recognised profile, else from the headings. */
  suggestions: Record<RegisterKind, ColumnMapping>;
}

/** A row left out of the import, and why. */
export interface SkippedRow {
  row: number;
  /** A short label to group by ("No reference"). */
  kind: string;
  reason: string;
}

export interface SupplierMatch {
  row: number;
  name: string;
  /** How the row's supplier was found; "new" when the import creates it. */
  by: 'company number' | 'name' | 'new';
  supplierName: string;
}

export type RowAction = 'add' | 'update' | 'unchanged';

export interface SampleRow {
  row: number;
  action: RowAction;
  reference: string;
  title: string;
}

export interface RegisterImportReport {
  fileName: string;
  sheet: string;
  kind: RegisterKind;
  /** Rows under the heading that hold anything (blank rows are counted apart). */
  rows: number;
  blankRows: number;
  /** Added (to add, in a preview). */
  imported: number;
  updated: number;
  unchanged: number;
  skipped: SkippedRow[];
  /** Imported, but worth checking (a placeholder date kept as unknown, a value not stated). */
  warnings: ImportIssue[];
  warningCount: number;
  /** Problems with the whole file: nothing is imported while there are any. */
  errors: string[];
  suppliersMatched: number;
  suppliersCreated: number;
  /** The first rows' supplier matches, to check. */
  supplierMatches: SupplierMatch[];
  /** The first rows, with what the import does with each. */
  sample: SampleRow[];
}

export type RegisterJobState =
  | { state: 'reading'; rowsRead: number; fraction: number }
  | { state: 'checking'; rowsRead: number }
  | { state: 'ready'; preview: RegisterImportReport }
  | { state: 'imported'; report: RegisterImportReport }
  | { state: 'failed'; message: string };
