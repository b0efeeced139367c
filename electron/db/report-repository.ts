// Committee reports, their sections and data blocks: reads (with what each block shows) and
// writes through records.ts, so each change is versioned and in the audit trail.

import type { Database } from 'better-sqlite3';
import {
  type DataBlock,
  type DataBlockKind,
  type DataBlockOptions,
  type Report,
  type ReportFields,
  type ReportSectionRecord,
  type ReportSummary,
  type SectionFields,
  type TemplateSection,
} from '../../shared/report';
import type { BlockSnapshot } from '../../shared/report-block-data';
import { renderDataBlock, type RenderContext } from '../../shared/report-block-render';
import { AppError } from '../../shared/result';
import { renderContext } from '../reports/render-context';
import { columnMap } from './column-map';
import { nextPosition, type Ordered } from './positions';
import { insertRecord } from './records';
import { statement } from './statements';

export const reportColumns = columnMap<ReportFields>({
  title: ['title', 'text'],
  committee: ['committee', 'text'],
  meetingDate: ['meeting_date', 'text'],
  reportOf: ['report_of', 'text'],
  leadMember: ['lead_member', 'text'],
  author: ['author', 'text'],
  contact: ['contact', 'text'],
  wardsAffected: ['wards_affected', 'text'],
  keyDecision: ['key_decision', 'boolean'],
  classification: ['classification', 'text'],
  reportVersion: ['report_version', 'text'],
  period: ['period', 'text'],
  periodFrom: ['period_from', 'text'],
  periodTo: ['period_to', 'text'],
  directorate: ['directorate', 'text'],
});

export const sectionColumns = columnMap<SectionFields>({
  heading: ['heading', 'text'],
  body: ['body', 'text'],
  numbered: ['numbered', 'boolean'],
});

export const sectionOrder: Ordered = { table: 'report_sections', parentColumn: 'report_id' };
export const blockOrder: Ordered = { table: 'report_blocks', parentColumn: 'section_id' };

type Row = Record<string, unknown>;

const stored = (row: Row) => ({
  id: row.id as string,
  version: row.version as number,
  createdAt: row.created_at as string,
  updatedAt: row.updated_at as string,
  updatedBy: row.updated_by as string,
});

const notFound = (what: string) =>
  new AppError('not_found', `That ${what} does not exist, or has been deleted.`);

function liveRow(db: Database, table: string, id: string, what: string): Row {
  const row = statement(db, `SELECT * FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(
    id,
  ) as Row | undefined;
  if (!row) throw notFound(what);
  return row;
}

function toBlock(row: Row, ctx: RenderContext): DataBlock {
  const kind = row.kind as DataBlockKind;
  const options = JSON.parse(row.options as string) as DataBlockOptions;
  const snapshot = row.snapshot ? (JSON.parse(row.snapshot as string) as BlockSnapshot) : null;
  const takenAt = (row.taken_at as string | null) ?? null;
  return {
    ...stored(row),
    sectionId: row.section_id as string,
    kind,
    options,
    after: row.after_blocks as number,
    position: row.position as number,
    takenAt,
    shows: renderDataBlock(kind, snapshot, takenAt, options, ctx),
  };
}

function sectionsOf(db: Database, reportId: string, ctx: RenderContext): ReportSectionRecord[] {
  const sections = statement(
    db,
    `SELECT * FROM report_sections WHERE report_id = ? AND deleted_at IS NULL
     ORDER BY position, created_at, id`,
  ).all(reportId) as Row[];
  const blocks = statement(
    db,
    `SELECT b.* FROM report_blocks b JOIN report_sections s ON s.id = b.section_id
     WHERE s.report_id = ? AND b.deleted_at IS NULL
     ORDER BY b.position, b.created_at, b.id`,
  ).all(reportId) as Row[];
  return sections.map((row) => ({
    ...sectionColumns.fromRow(row),
    ...stored(row),
    reportId,
    position: row.position as number,
    blocks: blocks.filter((block) => block.section_id === row.id).map((b) => toBlock(b, ctx)),
  }));
}

const templateName = `(SELECT t.name FROM report_templates t WHERE t.id = r.template_id) AS template_name`;

export function getReport(db: Database, id: string): Report {
  const row = statement(
    db,
    `SELECT r.*, ${templateName} FROM reports r WHERE r.id = ? AND r.deleted_at IS NULL`,
  ).get(id) as Row | undefined;
  if (!row) throw notFound('report');
  return {
    ...reportColumns.fromRow(row),
    ...stored(row),
    templateKey: (row.template_key as string | null) ?? null,
    templateName: (row.template_name as string | null) ?? null,
    sections: sectionsOf(db, id, renderContext(db)),
  };
}

/** Live reports, the latest meeting first. */
export function listReports(db: Database): ReportSummary[] {
  const rows = statement(
    db,
    `SELECT r.*, ${templateName} FROM reports r WHERE r.deleted_at IS NULL
     ORDER BY r.meeting_date DESC, r.title COLLATE NOCASE, r.id`,
  ).all() as Row[];
  return rows.map((row) => ({
    ...stored(row),
    title: row.title as string,
    committee: row.committee as string,
    meetingDate: row.meeting_date as string,
    templateKey: (row.template_key as string | null) ?? null,
    templateName: (row.template_name as string | null) ?? null,
  }));
}

function sectionRow(db: Database, id: string): Row {
  return liveRow(db, 'report_sections', id, 'section');
}

export function blockRow(db: Database, id: string): Row {
  return liveRow(db, 'report_blocks', id, 'data block');
}

/** The report a section belongs to; refused when the report was deleted. */
export function reportIdOfSection(db: Database, sectionId: string): string {
  const reportId = sectionRow(db, sectionId).report_id as string;
  liveRow(db, 'reports', reportId, 'report');
  return reportId;
}

export function insertReport(
  db: Database,
  fields: ReportFields,
  template: { id: string | null; key: string | null },
  officer: string,
): string {
  return insertRecord(
    db,
    'reports',
    { template_id: template.id, template_key: template.key, ...reportColumns.toColumns(fields) },
    officer,
  );
}

export function insertSection(
  db: Database,
  reportId: string,
  fields: SectionFields,
  officer: string,
): string {
  return insertRecord(
    db,
    'report_sections',
    {
      report_id: reportId,
      position: nextPosition(db, sectionOrder, reportId),
      ...sectionColumns.toColumns(fields),
    },
    officer,
  );
}

export interface NewBlock {
  kind: DataBlockKind;
  options: DataBlockOptions;
  after: number;
  snapshot: BlockSnapshot | null;
  takenAt: string | null;
}

export function insertBlock(
  db: Database,
  sectionId: string,
  block: NewBlock,
  officer: string,
): string {
  return insertRecord(
    db,
    'report_blocks',
    {
      section_id: sectionId,
      position: nextPosition(db, blockOrder, sectionId),
      after_blocks: block.after,
      kind: block.kind,
      options: JSON.stringify(block.options),
      snapshot: block.snapshot && JSON.stringify(block.snapshot),
      taken_at: block.takenAt,
    },
    officer,
  );
}

/** A template's sections, and their blocks with data taken by `take`. */
export function insertTemplateSections(
  db: Database,
  reportId: string,
  sections: readonly TemplateSection[],
  take: (kind: DataBlockKind, options: DataBlockOptions) => BlockSnapshot,
  takenAt: string,
  officer: string,
): void {
  for (const section of sections) {
    const sectionId = insertSection(db, reportId, section, officer);
    for (const block of section.blocks) {
      insertBlock(
        db,
        sectionId,
        { ...block, snapshot: take(block.kind, block.options), takenAt },
        officer,
      );
    }
  }
}

/** The stored rows of a report's live sections and blocks, for copying. */
export function storedSections(db: Database, reportId: string): { section: Row; blocks: Row[] }[] {
  const sections = statement(
    db,
    `SELECT * FROM report_sections WHERE report_id = ? AND deleted_at IS NULL
     ORDER BY position, created_at, id`,
  ).all(reportId) as Row[];
  return sections.map((section) => ({
    section,
    blocks: statement(
      db,
      `SELECT * FROM report_blocks WHERE section_id = ? AND deleted_at IS NULL
       ORDER BY position, created_at, id`,
    ).all(section.id) as Row[],
  }));
}
