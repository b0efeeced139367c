import type { ApiMethod } from '../../shared/api-contract';
import {
  checkDeletable,
  createTemplate,
  getTemplate,
  listTemplates,
  templateColumns,
} from '../db/report-template-repository';
import { checkVersion, deleteRecord, restoreRecord, updateRecord } from '../db/records';
import type { Handlers } from './handler';

export const reportTemplateHandlers: Handlers<Extract<ApiMethod, `reportTemplates.${string}`>> = {
  'reportTemplates.list': (_input, { db }) => listTemplates(db),
  'reportTemplates.get': ({ id }, { db }) => getTemplate(db, id),
  'reportTemplates.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      checkVersion(db, 'report_templates', id, version, 'template');
      updateRecord(db, 'report_templates', id, templateColumns.toColumns(fields), officer);
      return getTemplate(db, id);
    })(),
  'reportTemplates.create': (input, { db, officer }) =>
    db.transaction(() => getTemplate(db, createTemplate(db, input, officer)))(),
  'reportTemplates.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      checkDeletable(getTemplate(db, id));
      checkVersion(db, 'report_templates', id, version, 'template');
      deleteRecord(db, 'report_templates', id, officer);
      return { id };
    })(),
  'reportTemplates.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreRecord(db, 'report_templates', id, officer);
      return getTemplate(db, id);
    })(),
};
