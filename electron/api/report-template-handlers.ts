import type { ApiMethod } from '../../shared/api-contract';
import { getTemplate, listTemplates, templateColumns } from '../db/report-template-repository';
import { checkVersion, updateRecord } from '../db/records';
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
};
