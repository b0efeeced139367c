// Report templates: the three built in, seeded once into each workspace and then the council's
// to edit, and any the council adds. A template's sections (headings, wording, data blocks) are
// kept as JSON on its row, so each edit is one versioned, audited change.

import type { Database } from 'better-sqlite3';
import {
  templateFieldsSchema,
  templateKeys,
  type ReportTemplate,
  type TemplateFields,
  type TemplateKey,
} from '../../shared/report';
import { AppError } from '../../shared/result';
import { builtinTemplates } from '../reports/builtin-templates';
import { columnMap } from './column-map';
import { insertRecord } from './records';
import { statement } from './statements';

export const templateColumns = columnMap<TemplateFields>({
  name: ['name', 'text'],
  committee: ['committee', 'text'],
  title: ['title', 'text'],
  sections: ['sections', 'json'],
});

type Row = Record<string, unknown>;

function toTemplate(row: Row): ReportTemplate {
  return {
    ...templateColumns.fromRow(row),
    id: row.id as string,
    key: (row.template_key as TemplateKey | null) ?? null,
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

/** Gives the workspace each built-in template it has never had, written by "system". */
export function ensureReportTemplates(db: Database): void {
  db.transaction(() => {
    for (const key of templateKeys) {
      if (statement(db, 'SELECT 1 FROM report_templates WHERE template_key = ?').get(key)) continue;
      const fields = templateFieldsSchema.parse(builtinTemplates[key]);
      insertRecord(
        db,
        'report_templates',
        { template_key: key, ...templateColumns.toColumns(fields) },
        'system',
      );
    }
  })();
}

export function listTemplates(db: Database): ReportTemplate[] {
  const rows = statement(
    db,
    `SELECT * FROM report_templates WHERE deleted_at IS NULL
     ORDER BY template_key IS NULL, name COLLATE NOCASE, id`,
  ).all() as Row[];
  return rows.map(toTemplate);
}

export function getTemplate(db: Database, id: string): ReportTemplate {
  const row = statement(
    db,
    'SELECT * FROM report_templates WHERE id = ? AND deleted_at IS NULL',
  ).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', 'That template does not exist, or has been deleted.');
  return toTemplate(row);
}

/** The sections a blank template starts with: one, to be renamed and written. */
const blankSections: TemplateFields['sections'] = [
  { heading: 'Purpose of report', body: '', numbered: true, blocks: [] },
];

/** A template the council adds: blank, or a copy of another's title, committee and sections. */
export function createTemplate(
  db: Database,
  input: { name: string; copyOf?: string | undefined },
  officer: string,
): string {
  const source = input.copyOf ? getTemplate(db, input.copyOf) : null;
  const fields: TemplateFields = {
    name: input.name,
    committee: source?.committee ?? null,
    title: source?.title ?? input.name,
    sections: source?.sections ?? blankSections,
  };
  return insertRecord(
    db,
    'report_templates',
    { template_key: null, ...templateColumns.toColumns(fields) },
    officer,
  );
}

/** Refuses to delete a built-in template: new workspaces and `svt report` rely on them. */
export function checkDeletable(template: ReportTemplate): void {
  if (template.key !== null) {
    throw new AppError(
      'refused',
      `${template.name} is built in, so it cannot be deleted. Change its sections and wording instead.`,
    );
  }
}

/** The workspace's version of a built-in template, or the built-in one as shipped. */
export function templateOfKey(db: Database, key: TemplateKey): TemplateFields {
  const row = statement(
    db,
    'SELECT * FROM report_templates WHERE template_key = ? AND deleted_at IS NULL',
  ).get(key) as Row | undefined;
  return row ? toTemplate(row) : templateFieldsSchema.parse(builtinTemplates[key]);
}
