// Case studies: reads with their contract, supplier and pictures' details, and writes that check
// the contract, supplier and council outcomes they name.

import type { Database } from 'better-sqlite3';
import type {
  CaseStudy,
  CaseStudyFields,
  CaseStudyListQuery,
  CaseStudySummary,
} from '../../shared/case-study';
import { AppError } from '../../shared/result';
import { listPictures } from './case-study-picture-repository';
import { columnMap } from './column-map';
import { FieldProblems } from './field-problems';
import { checkVersion, insertRecord, updateRecord, type Fields } from './records';
import { statement } from './statements';

export const caseStudyColumns = columnMap<CaseStudyFields>({
  title: ['title', 'text'],
  contractId: ['contract_id', 'text'],
  supplierId: ['supplier_id', 'text'],
  councilOutcomeIds: ['council_outcome_ids', 'json'],
  narrative: ['narrative', 'text'],
  outputs: ['outputs', 'text'],
  consentToPublish: ['consent_to_publish', 'boolean'],
  consentNote: ['consent_note', 'text'],
});

/** Outputs are stored one a line. */
function storedColumns(fields: CaseStudyFields): Fields {
  return {
    ...caseStudyColumns.toColumns(fields),
    outputs: fields.outputs.length ? fields.outputs.join('\n') : null,
  };
}

const select = `cs.*, c.reference AS contract_reference, c.title AS contract_title,
  s.name AS supplier_name`;
const from = `case_studies cs
  LEFT JOIN contracts c ON c.id = cs.contract_id AND c.deleted_at IS NULL
  LEFT JOIN suppliers s ON s.id = cs.supplier_id AND s.deleted_at IS NULL`;

type Row = Record<string, unknown>;

function toSummary(row: Row): Omit<CaseStudy, 'pictures'> {
  const outputs = row.outputs as string | null;
  return {
    ...caseStudyColumns.fromRow(row),
    outputs: outputs ? outputs.split('\n') : [],
    id: row.id as string,
    contractReference: (row.contract_reference as string | null) ?? null,
    contractTitle: (row.contract_title as string | null) ?? null,
    supplierName: (row.supplier_name as string | null) ?? null,
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

export function getCaseStudy(db: Database, id: string): CaseStudy {
  const row = statement(
    db,
    `SELECT ${select} FROM ${from} WHERE cs.id = ? AND cs.deleted_at IS NULL`,
  ).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', 'That case study does not exist, or has been deleted.');
  return { ...toSummary(row), pictures: listPictures(db, id) };
}

/** Live case studies by title, optionally only those of one contract or supplier. */
export function listCaseStudies(db: Database, query: CaseStudyListQuery): CaseStudySummary[] {
  const rows = statement(
    db,
    `SELECT ${select},
       (SELECT count(*) FROM case_study_pictures p
        WHERE p.case_study_id = cs.id AND p.deleted_at IS NULL) AS picture_count
     FROM ${from}
     WHERE cs.deleted_at IS NULL
       AND (:contractId IS NULL OR cs.contract_id = :contractId)
       AND (:supplierId IS NULL OR cs.supplier_id = :supplierId)
     ORDER BY cs.title COLLATE NOCASE, cs.id`,
  ).all({ contractId: query.contractId ?? null, supplierId: query.supplierId ?? null }) as Row[];
  return rows.map((row) => ({ ...toSummary(row), pictureCount: row.picture_count as number }));
}

const live = (db: Database, table: string, id: string) =>
  statement(db, `SELECT * FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id) as
    Row | undefined;

/**
 * Checks what the case study names and fills in the supplier from the contract when it is left
 * blank. Every problem is reported at once, beside its field.
 */
function checkedFields(db: Database, fields: CaseStudyFields): CaseStudyFields {
  const problems = new FieldProblems();
  const contract = fields.contractId ? live(db, 'contracts', fields.contractId) : undefined;
  if (fields.contractId && !contract) {
    problems.add(
      ['contractId'],
      'That contract does not exist, or has been deleted. Choose another.',
    );
  }
  if (fields.supplierId && !live(db, 'suppliers', fields.supplierId)) {
    problems.add(
      ['supplierId'],
      'That supplier does not exist, or has been deleted. Choose another.',
    );
  }
  const unknown = fields.councilOutcomeIds.filter((id) => !live(db, 'strategic_outcomes', id));
  if (unknown.length > 0) {
    problems.add(
      ['councilOutcomeIds'],
      'One of the council outcomes chosen is no longer in the council profile. Choose again.',
    );
  }
  problems.throwIfAny();
  return { ...fields, supplierId: fields.supplierId ?? (contract?.supplier_id as string) ?? null };
}

export function insertCaseStudy(db: Database, fields: CaseStudyFields, officer: string): string {
  return insertRecord(db, 'case_studies', storedColumns(checkedFields(db, fields)), officer);
}

export function updateCaseStudy(
  db: Database,
  id: string,
  version: number,
  fields: CaseStudyFields,
  officer: string,
): void {
  checkVersion(db, 'case_studies', id, version, 'case study');
  updateRecord(db, 'case_studies', id, storedColumns(checkedFields(db, fields)), officer);
}
