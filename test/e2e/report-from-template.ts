// A committee report made through the API from one of the built-in templates, for the report
// specs that start from a saved report rather than from the "Start a report" form.

import type { ReportFieldsInput, TemplateKey } from '../../shared/report';
import { defined } from '../fixtures/defined';
import type { WebHostProcess } from '../web-host-process';
import { api } from './app-helpers';

export async function reportFromTemplate(
  host: WebHostProcess,
  key: TemplateKey,
  fields: ReportFieldsInput,
) {
  const templates = await api(host, 'reportTemplates.list', {});
  const template = defined(
    templates.find((each) => each.key === key),
    `the ${key} template`,
  );
  return api(host, 'reports.create', { templateId: template.id, fields });
}
