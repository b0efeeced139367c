import type { ApiMethod } from '../../shared/api-contract';
import { moveToPosition } from '../db/positions';
import {
  getReport,
  insertSection,
  reportIdOfSection,
  sectionColumns,
  sectionOrder,
} from '../db/report-repository';
import { checkVersion, deleteRecord, restoreRecord, updateRecord } from '../db/records';
import type { Handlers } from './handler';

export const reportPartHandlers: Handlers<Extract<ApiMethod, `reportSections.${string}`>> = {
  'reportSections.create': ({ reportId, at, fields }, { db, officer }) =>
    db.transaction(() => {
      getReport(db, reportId);
      const id = insertSection(db, reportId, fields, officer);
      if (at !== undefined) moveToPosition(db, sectionOrder, id, at, officer);
      return getReport(db, reportId);
    })(),
  'reportSections.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      const reportId = reportIdOfSection(db, id);
      checkVersion(db, 'report_sections', id, version, 'section');
      updateRecord(db, 'report_sections', id, sectionColumns.toColumns(fields), officer);
      return getReport(db, reportId);
    })(),
  'reportSections.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      const reportId = reportIdOfSection(db, id);
      checkVersion(db, 'report_sections', id, version, 'section');
      deleteRecord(db, 'report_sections', id, officer);
      return getReport(db, reportId);
    })(),
  'reportSections.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreRecord(db, 'report_sections', id, officer);
      return getReport(db, reportIdOfSection(db, id));
    })(),
  'reportSections.move': ({ id, to }, { db, officer }) =>
    db.transaction(() => {
      const reportId = reportIdOfSection(db, id);
      moveToPosition(db, sectionOrder, id, to, officer);
      return getReport(db, reportId);
    })(),
};
