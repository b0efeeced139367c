// Committee reports (DESIGN.md section 2): the details of a report, its sections in order, the
// data blocks placed in them, and the templates reports start from. What the API takes and gives.

import { z } from 'zod';
import type { ReportBlock } from './report-document';
import {
  calendarDate,
  loadedVersion,
  optionalCalendarDate,
  optionalText,
  requiredText,
  uuid,
} from './schema-parts';

export const templateKeys = ['scrutiny-update', 'cabinet', 'annual'] as const;
export type TemplateKey = (typeof templateKeys)[number];

export const dataBlockKinds = [
  'headline-figures',
  'exercises-contracts',
  'committed-delivered',
  'rag-summary',
  'supplier-shares',
  'top-contracts',
  'action-plan',
  'case-studies',
  'missing-returns',
] as const;
export type DataBlockKind = (typeof dataBlockKinds)[number];

export const dataBlockLabels: Record<DataBlockKind, string> = {
  'headline-figures': 'Headline figures',
  'exercises-contracts': 'Exercises and contracts in the period',
  'committed-delivered': 'Committed against delivered by theme',
  'rag-summary': 'RAG summary',
  'supplier-shares': 'Local, SME and VCSE share',
  'top-contracts': 'Top contracts by social value',
  'action-plan': 'Action plan progress',
  'case-studies': 'Case studies',
  'missing-returns': 'Missing returns',
};

export const chartDisplays = ['table', 'chart', 'both'] as const;

/** What a block is asked to show; each kind reads only the options that apply to it. */
export const dataBlockOptionsSchema = z
  .object({
    /** top-contracts: how many contracts (at most 10). */
    topN: z
      .int({ error: 'Enter a whole number of contracts' })
      .min(1, { error: 'Show at least 1 contract' })
      .max(10, { error: 'Show at most 10 contracts' })
      .optional(),
    /** exercises-contracts, missing-returns, case-studies: how many rows at most. */
    limit: z
      .int({ error: 'Enter a whole number of rows' })
      .min(1, { error: 'Show at least 1 row' })
      .max(200, { error: 'Show at most 200 rows' })
      .optional(),
    /** committed-delivered: the table, the bar chart or both. */
    display: z.enum(chartDisplays, { error: 'Choose table, chart or both' }).optional(),
    /** action-plan: the plan (the first plan when left out). */
    planId: uuid.optional(),
  })
  .strict();
export type DataBlockOptions = z.output<typeof dataBlockOptionsSchema>;

/** "all", or a financial year as the council writes it ("2025/26"); checked by the backend. */
export const reportPeriod = z
  .string({ error: 'Enter the financial year the report covers, or all' })
  .trim()
  .min(1, { error: 'Enter the financial year the report covers, for example 2025/26, or all' })
  .max(20, { error: 'Enter the financial year the report covers, for example 2025/26, or all' });

export const reportFieldsSchema = z
  .object({
    title: requiredText('the title', 300),
    committee: requiredText('the committee', 200),
    meetingDate: calendarDate,
    reportOf: optionalText('who the report is of', 300),
    leadMember: optionalText('the lead member', 300),
    author: optionalText('the author', 300),
    contact: optionalText('the contact details', 300),
    wardsAffected: optionalText('the wards affected', 300),
    keyDecision: z.boolean().default(false),
    classification: optionalText('the classification', 100),
    reportVersion: optionalText('the version', 20),
    period: reportPeriod,
    periodFrom: optionalCalendarDate,
    periodTo: optionalCalendarDate,
    directorate: optionalText('the directorate', 200),
  })
  .refine((f) => !f.periodFrom || !f.periodTo || f.periodFrom <= f.periodTo, {
    path: ['periodTo'],
    message: 'The "to" date must be on or after the "from" date',
  });
export type ReportFields = z.output<typeof reportFieldsSchema>;
export type ReportFieldsInput = z.input<typeof reportFieldsSchema>;

export const reportCreateSchema = z.object({ templateId: uuid, fields: reportFieldsSchema });
export const reportUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: reportFieldsSchema,
});
export const reportDuplicateSchema = z.object({ id: uuid, meetingDate: calendarDate });

export const sectionFieldsSchema = z.object({
  heading: requiredText('the heading', 200),
  body: z.string().max(50000, { error: 'Keep the text under 50,000 characters' }).default(''),
  numbered: z.boolean().default(true),
});
export type SectionFields = z.output<typeof sectionFieldsSchema>;
export const sectionCreateSchema = z.object({
  reportId: uuid,
  /** The place among the sections (0 is first); last when left out. */
  at: z.int().min(0).optional(),
  fields: sectionFieldsSchema,
});
export const sectionUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: sectionFieldsSchema,
});

/** A block sits after this many of its section's text blocks (0: at the start). */
const afterBlocks = z.int({ error: 'Choose where the block goes' }).min(0).max(10000);

export const blockCreateSchema = z.object({
  sectionId: uuid,
  kind: z.enum(dataBlockKinds, { error: 'Choose a kind of data block' }),
  options: dataBlockOptionsSchema.default({}),
  after: afterBlocks.default(0),
});

/**
 * A placed block's options and place changed (in its section or, last of its blocks, in another
 * section of the report); its data is taken again.
 */
export const blockUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  sectionId: uuid,
  options: dataBlockOptionsSchema.default({}),
  after: afterBlocks,
});

/**
 * A block moved: into a section (its own or another of the report's), after that many of the
 * section's text blocks, at place `to` among the section's blocks (0 is first).
 */
export const blockMoveSchema = z.object({
  id: uuid,
  version: loadedVersion,
  sectionId: uuid,
  after: afterBlocks,
  to: z.int().min(0, { error: 'Choose a place' }),
});

/** A data block as a template holds it: no data, only what to show. */
export const templateBlockSchema = z.object({
  kind: z.enum(dataBlockKinds, { error: 'Choose a kind of data block' }),
  options: dataBlockOptionsSchema.default({}),
  after: afterBlocks.default(0),
});

export const templateSectionSchema = z.object({
  heading: requiredText('the heading', 200),
  body: z.string().max(50000, { error: 'Keep the text under 50,000 characters' }).default(''),
  numbered: z.boolean().default(true),
  blocks: z.array(templateBlockSchema).max(50).default([]),
});
export type TemplateSection = z.output<typeof templateSectionSchema>;

export const templateFieldsSchema = z.object({
  name: requiredText('the name of the template', 200),
  committee: optionalText('the committee', 200),
  title: requiredText('the title reports start with', 300),
  sections: z
    .array(templateSectionSchema)
    .min(1, { error: 'A template needs at least one section' })
    .max(60, { error: 'A template can have at most 60 sections' }),
});
export type TemplateFields = z.output<typeof templateFieldsSchema>;
export type TemplateFieldsInput = z.input<typeof templateFieldsSchema>;
export const templateUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: templateFieldsSchema,
});

/** A new template: blank (one empty section), or a copy of another's title and sections. */
export const templateCreateSchema = z.object({
  name: requiredText('the name of the template', 200),
  copyOf: uuid.optional(),
});

/** A saved report's document, or a template's for a period, built fresh. */
export const documentRequestSchema = z.union([
  z.object({ reportId: uuid }).strict(),
  z
    .object({
      template: z.enum(templateKeys, { error: 'Choose scrutiny-update, cabinet or annual' }),
      period: reportPeriod,
      directorate: optionalText('the directorate', 200),
    })
    .strict(),
]);
export type DocumentRequest = z.output<typeof documentRequestSchema>;

interface Stored {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface ReportTemplate extends TemplateFields, Stored {
  /** The built-in template this is (edited or not), or null for one the council made. */
  key: TemplateKey | null;
}

export interface DataBlock extends Stored {
  sectionId: string;
  kind: DataBlockKind;
  options: DataBlockOptions;
  after: number;
  position: number;
  /** When its data was taken; null until it is first refreshed. */
  takenAt: string | null;
  /** What it shows, from its stored data. */
  shows: ReportBlock[];
}

export interface ReportSectionRecord extends SectionFields, Stored {
  reportId: string;
  position: number;
  blocks: DataBlock[];
}

export interface ReportSummary extends Stored {
  title: string;
  committee: string;
  meetingDate: string;
  templateKey: string | null;
  templateName: string | null;
}

export interface Report extends ReportFields, Stored {
  templateKey: string | null;
  templateName: string | null;
  sections: ReportSectionRecord[];
}

/** "1.0" becomes "2.0", "3" becomes "4"; any other wording is kept as it is. */
export function nextReportVersion(version: string | null): string | null {
  if (version === null) return null;
  const match = /^(\d+)(\.\d+)?$/.exec(version.trim());
  if (!match) return version;
  const major = Number(match[1]) + 1;
  return match[2] ? `${major}.0` : String(major);
}
