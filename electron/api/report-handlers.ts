import type { ApiMethod } from '../../shared/api-contract';
import { getCouncilProfile } from '../db/profile-repository';
import { getReport, listReports, reportIdOfSection, blockRow } from '../db/report-repository';
import { checkVersion, deleteRecord, restoreRecord } from '../db/records';
import { buildReportDocument } from '../reports/report-document-builder';
import {
  addBlock,
  createReport,
  duplicateReport,
  moveBlock,
  refreshBlocks,
  updateBlock,
  updateReportFields,
} from '../reports/report-service';
import type { Handlers } from './handler';
import { nestIssuesUnder } from './issue-paths';
import { reportPartHandlers } from './report-part-handlers';
import { reportTemplateHandlers } from './report-template-handlers';

type ReportMethods = Extract<ApiMethod, `reports.${string}` | `reportBlocks.${string}`>;

const reportOfBlock = (db: Parameters<typeof blockRow>[0], blockId: string) =>
  reportIdOfSection(db, blockRow(db, blockId).section_id as string);

const reportAndBlockHandlers: Handlers<ReportMethods> = {
  'reports.document': (request, { db }) => buildReportDocument(db, request, getCouncilProfile(db)),
  'reports.list': (_input, { db }) => listReports(db),
  'reports.get': ({ id }, { db }) => getReport(db, id),
  'reports.create': ({ templateId, fields }, { db, officer }) =>
    getReport(
      db,
      nestIssuesUnder('fields', () => createReport(db, templateId, fields, officer)),
    ),
  'reports.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      checkVersion(db, 'reports', id, version, 'report');
      nestIssuesUnder('fields', () => updateReportFields(db, id, fields, officer));
      return getReport(db, id);
    })(),
  'reports.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      checkVersion(db, 'reports', id, version, 'report');
      deleteRecord(db, 'reports', id, officer);
      return { id };
    })(),
  'reports.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreRecord(db, 'reports', id, officer);
      return getReport(db, id);
    })(),
  'reports.duplicate': ({ id, meetingDate }, { db, officer }) =>
    getReport(db, duplicateReport(db, id, meetingDate, officer)),
  'reports.refresh': ({ id }, { db, officer }) => {
    refreshBlocks(db, id, officer);
    return getReport(db, id);
  },

  'reportBlocks.create': (input, { db, officer }) => getReport(db, addBlock(db, input, officer)),
  'reportBlocks.refresh': ({ id }, { db, officer }) => {
    const reportId = reportOfBlock(db, id);
    refreshBlocks(db, reportId, officer, { blockId: id });
    return getReport(db, reportId);
  },
  'reportBlocks.update': (input, { db, officer }) => getReport(db, updateBlock(db, input, officer)),
  'reportBlocks.move': (input, { db, officer }) => getReport(db, moveBlock(db, input, officer)),
  'reportBlocks.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreRecord(db, 'report_blocks', id, officer);
      return getReport(db, reportOfBlock(db, id));
    })(),
  'reportBlocks.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      const reportId = reportOfBlock(db, id);
      checkVersion(db, 'report_blocks', id, version, 'data block');
      deleteRecord(db, 'report_blocks', id, officer);
      return getReport(db, reportId);
    })(),
};

export const reportHandlers = {
  ...reportAndBlockHandlers,
  ...reportPartHandlers,
  ...reportTemplateHandlers,
};
