// The report builder's use cases that take data or copy a report: making a report from a
// template, refreshing blocks, inserting a block and duplicating for the next meeting. Each runs
// in one transaction, so nothing is half-written.

import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import {
  nextReportVersion,
  type DataBlockKind,
  type DataBlockOptions,
  type ReportFields,
} from '../../shared/report';
import type { BlockSnapshot } from '../../shared/report-block-data';
import { AppError } from '../../shared/result';
import { getCouncilProfile } from '../db/profile-repository';
import {
  blockOrder,
  blockRow,
  getReport,
  insertBlock,
  insertReport,
  insertSection,
  insertTemplateSections,
  reportColumns,
  reportIdOfSection,
  storedSections,
} from '../db/report-repository';
import { getTemplate } from '../db/report-template-repository';
import { moveToPosition, nextPosition } from '../db/positions';
import { checkVersion, updateRecord } from '../db/records';
import { statement } from '../db/statements';
import { BlockSource } from './block-data';

/** A source of block data for the report's period and directorate, as of now. */
function sourceFor(db: Database, scope: { period: string; directorate: string | null }, now: Date) {
  return new BlockSource(db, scope, getCouncilProfile(db), calendarDateOf(now));
}

/**
 * Takes the portfolio at once, so that a period the council's years do not know is refused
 * (its problem names the field "period").
 */
function checkedSource(db: Database, fields: ReportFields, now: Date): BlockSource {
  const source = sourceFor(db, fields, now);
  source.portfolio();
  return source;
}

export function createReport(
  db: Database,
  templateId: string,
  fields: ReportFields,
  officer: string,
  now = new Date(),
): string {
  return db.transaction(() => {
    const template = getTemplate(db, templateId);
    const source = checkedSource(db, fields, now);
    const id = insertReport(db, fields, { id: template.id, key: template.key }, officer);
    const take = (kind: DataBlockKind, options: DataBlockOptions) => source.snapshot(kind, options);
    insertTemplateSections(db, id, template.sections, take, now.toISOString(), officer);
    return id;
  })();
}

export function updateReportFields(
  db: Database,
  id: string,
  fields: ReportFields,
  officer: string,
  now = new Date(),
): void {
  checkedSource(db, fields, now);
  updateRecord(db, 'reports', id, reportColumns.toColumns(fields), officer);
}

function refreshBlockRow(
  db: Database,
  row: Record<string, unknown>,
  source: BlockSource,
  takenAt: string,
  officer: string,
): void {
  const options = JSON.parse(row.options as string) as DataBlockOptions;
  const snapshot: BlockSnapshot = source.snapshot(row.kind as DataBlockKind, options);
  updateRecord(
    db,
    'report_blocks',
    row.id as string,
    { snapshot: JSON.stringify(snapshot), taken_at: takenAt },
    officer,
  );
}

/** Takes the data of one block, or of every block of the report, again. */
export function refreshBlocks(
  db: Database,
  reportId: string,
  officer: string,
  { blockId, now = new Date() }: { blockId?: string; now?: Date } = {},
): void {
  db.transaction(() => {
    const report = getReport(db, reportId);
    const source = sourceFor(db, report, now);
    const rows = blockId
      ? [blockRow(db, blockId)]
      : storedSections(db, reportId).flatMap((section) => section.blocks);
    for (const row of rows) refreshBlockRow(db, row, source, now.toISOString(), officer);
  })();
}

export function addBlock(
  db: Database,
  input: { sectionId: string; kind: DataBlockKind; options: DataBlockOptions; after: number },
  officer: string,
  now = new Date(),
): string {
  return db.transaction(() => {
    const reportId = reportIdOfSection(db, input.sectionId);
    const source = sourceFor(db, getReport(db, reportId), now);
    const snapshot = source.snapshot(input.kind, input.options);
    insertBlock(db, input.sectionId, { ...input, snapshot, takenAt: now.toISOString() }, officer);
    return reportId;
  })();
}

/** Refused unless the section is one of the report's. */
function checkSameReport(db: Database, sectionId: string, reportId: string): void {
  if (reportIdOfSection(db, sectionId) !== reportId) {
    throw new AppError('invalid_input', 'A data block can only move within its own report.', {
      issues: [{ path: ['sectionId'], message: 'Choose a section of this report' }],
    });
  }
}

/** The block's row, its report's id, and the version the officer loaded checked. */
function loadedBlock(db: Database, id: string, version: number) {
  const row = blockRow(db, id);
  const reportId = reportIdOfSection(db, row.section_id as string);
  checkVersion(db, 'report_blocks', id, version, 'data block');
  return { row, reportId };
}

/**
 * A placed block's options and place changed, and its data taken again with them. Moved to
 * another section, it goes last among that section's blocks.
 */
export function updateBlock(
  db: Database,
  input: {
    id: string;
    version: number;
    sectionId: string;
    options: DataBlockOptions;
    after: number;
  },
  officer: string,
  now = new Date(),
): string {
  return db.transaction(() => {
    const { row, reportId } = loadedBlock(db, input.id, input.version);
    const moving = input.sectionId !== row.section_id;
    if (moving) checkSameReport(db, input.sectionId, reportId);
    const source = sourceFor(db, getReport(db, reportId), now);
    const snapshot = source.snapshot(row.kind as DataBlockKind, input.options);
    updateRecord(
      db,
      'report_blocks',
      input.id,
      {
        ...(moving && {
          section_id: input.sectionId,
          position: nextPosition(db, blockOrder, input.sectionId),
        }),
        options: JSON.stringify(input.options),
        after_blocks: input.after,
        snapshot: JSON.stringify(snapshot),
        taken_at: now.toISOString(),
      },
      officer,
    );
    return reportId;
  })();
}

/**
 * A block moved within its section or into another section of the same report: after `after`
 * of the section's text blocks, at place `to` among the section's blocks.
 */
export function moveBlock(
  db: Database,
  input: { id: string; version: number; sectionId: string; after: number; to: number },
  officer: string,
): string {
  return db.transaction(() => {
    const { row, reportId } = loadedBlock(db, input.id, input.version);
    if (input.sectionId !== row.section_id) checkSameReport(db, input.sectionId, reportId);
    updateRecord(
      db,
      'report_blocks',
      input.id,
      { section_id: input.sectionId, after_blocks: input.after },
      officer,
    );
    moveToPosition(db, blockOrder, input.id, input.to, officer);
    return reportId;
  })();
}

/**
 * A copy of the report for the next meeting: the new date, the version bumped, the same
 * sections and blocks, the blocks' data as it was (with the time it was taken) until refreshed.
 */
export function duplicateReport(
  db: Database,
  id: string,
  meetingDate: string,
  officer: string,
): string {
  return db.transaction(() => {
    const report = getReport(db, id);
    const templateRow = statement(
      db,
      'SELECT template_id, template_key FROM reports WHERE id = ?',
    ).get(id) as { template_id: string | null; template_key: string | null };
    const copyId = insertReport(
      db,
      { ...report, meetingDate, reportVersion: nextReportVersion(report.reportVersion) },
      { id: templateRow.template_id, key: templateRow.template_key },
      officer,
    );
    for (const { section, blocks } of storedSections(db, id)) {
      const sectionId = insertSection(
        db,
        copyId,
        {
          heading: section.heading as string,
          body: section.body as string,
          numbered: section.numbered === 1,
        },
        officer,
      );
      for (const block of blocks) {
        insertBlock(
          db,
          sectionId,
          {
            kind: block.kind as DataBlockKind,
            options: JSON.parse(block.options as string) as DataBlockOptions,
            after: block.after_blocks as number,
            snapshot: block.snapshot
              ? (JSON.parse(block.snapshot as string) as BlockSnapshot)
              : null,
            takenAt: block.taken_at as string | null,
          },
          officer,
        );
      }
    }
    return copyId;
  })();
}
