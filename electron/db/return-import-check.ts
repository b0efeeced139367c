// A completed return file, read into a temporary table (return-import-staging.ts), checked
// against the workspace: the template is from this workspace, its contract is here and live, its
// period is one of the contract's, every measure still exists (once), and whether the contract
// already has a return for the period. The lines are checked set-wise in SQL, so a file of any
// size is checked in a few queries; the preview shows its first lines. Reads only.

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import type { ImportIssue } from '../../shared/framework-import';
import type { ReportingPeriod } from '../../shared/reporting-periods';
import {
  previewLineLimit,
  type ReturnImportLine,
  type ReturnImportPreview,
} from '../../shared/return-import';
import { AppError } from '../../shared/result';
import type { Contract } from '../../shared/contract';
import type { ReturnStatus } from '../../shared/social-value';
import type { TemplateMetadata } from '../excel/return-import';
import { sheetNames } from '../excel/return-template-layout';
import { getContract } from './contract-repository';
import { periodInTerm } from './return-repository';
import type { StagedReturn } from './return-import-staging';
import { statement } from './statements';
import { workspaceStamp } from './workspace-stamp';

const fileIssue = (message: string): ImportIssue => ({
  sheet: sheetNames.return,
  row: null,
  column: null,
  value: null,
  message,
});

const messageOf = (error: unknown) => (error instanceof AppError ? error.message : String(error));

function contractOf(db: Database, metadata: TemplateMetadata, problems: ImportIssue[]) {
  try {
    return getContract(db, metadata.contractId);
  } catch {
    problems.push(
      fileIssue(
        `This template is for the contract ${metadata.contractReference}, which is not in this workspace or has been deleted.`,
      ),
    );
    return null;
  }
}

function periodOf(
  metadata: TemplateMetadata,
  contract: Contract,
  profile: CouncilProfile,
  problems: ImportIssue[],
): ReportingPeriod | null {
  try {
    return periodInTerm(metadata.period, contract, profile);
  } catch (error) {
    problems.push(fileIssue(`The template's period cannot be used: ${messageOf(error)}.`));
    return null;
  }
}

function existingReturn(db: Database, contractId: string, periodStart: string) {
  return (
    (statement(
      db,
      `SELECT r.id, r.status,
         (SELECT count(*) FROM return_lines l WHERE l.return_id = r.id AND l.deleted_at IS NULL) AS line_count
       FROM returns r WHERE r.contract_id = ? AND r.period_start = ? AND r.deleted_at IS NULL`,
    ).get(contractId, periodStart) as
      { id: string; status: ReturnStatus; line_count: number } | undefined) ?? null
  );
}

/** A live measure of a live framework version (as measureOf finds it). */
const liveMeasure = `m.deleted_at IS NULL AND m.framework_version_id IN
  (SELECT v.id FROM framework_versions v WHERE v.deleted_at IS NULL)`;

const codeColumn = 'Measure code';
const deliveredColumn = 'Delivered this period';

/** Lines whose measure is gone from the framework, or is narrative only but has a quantity. */
function measureProblems(db: Database, table: string): ImportIssue[] {
  const rows = db
    .prepare(
      `SELECT s.row, s.code, s.quantity, m.id AS measure_id, m.code AS measure_code
       FROM ${table} s LEFT JOIN measures m ON m.id = s.measure_id AND ${liveMeasure}
       WHERE m.id IS NULL OR (m.kind = 'record-only' AND s.quantity IS NOT NULL)`,
    )
    .all() as {
    row: number;
    code: string;
    quantity: number | null;
    measure_id: string | null;
    measure_code: string | null;
  }[];
  return rows.map((line) =>
    line.measure_id === null
      ? {
          sheet: sheetNames.return,
          row: line.row,
          column: codeColumn,
          value: line.code,
          message: `The measure ${line.code} is no longer in the measures framework, so its row cannot be imported`,
        }
      : {
          sheet: sheetNames.return,
          row: line.row,
          column: deliveredColumn,
          value: String(line.quantity),
          message: `${line.measure_code ?? line.code} is recorded as a narrative only: leave the quantity blank`,
        },
  );
}

/** Lines naming a measure an earlier row names already (the hidden details were changed). */
function repeatedMeasures(db: Database, table: string): ImportIssue[] {
  const rows = db
    .prepare(
      `SELECT s.row, s.code, f.first_row
       FROM (SELECT measure_id, min(row) AS first_row FROM ${table}
             GROUP BY measure_id HAVING count(*) > 1) f
         JOIN ${table} s ON s.measure_id = f.measure_id AND s.row > f.first_row`,
    )
    .all() as { row: number; code: string; first_row: number }[];
  return rows.map((line) => ({
    sheet: sheetNames.return,
    row: line.row,
    column: codeColumn,
    value: line.code,
    message: `The measure ${line.code} is on row ${line.first_row} already: the template's hidden details have been changed. Fill in a new template.`,
  }));
}

/** Problems with the lines' measures, in row order. */
const lineProblems = (db: Database, table: string): ImportIssue[] =>
  [...measureProblems(db, table), ...repeatedMeasures(db, table)].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0),
  );

/** The first lines, with their measures, for the officer to look over. */
function firstLines(db: Database, table: string): ReturnImportLine[] {
  return (
    db
      .prepare(
        `SELECT s.row, s.measure_id, s.code, s.quantity, s.evidence, s.narrative,
           m.title, m.unit, m.kind
         FROM ${table} s JOIN measures m ON m.id = s.measure_id AND ${liveMeasure}
         ORDER BY s.row LIMIT ?`,
      )
      .all(previewLineLimit) as Record<string, unknown>[]
  ).map((row) => ({
    row: row.row as number,
    measureId: row.measure_id as string,
    code: row.code as string,
    quantity: (row.quantity as number | null) ?? null,
    evidenceReference: (row.evidence as string | null) ?? null,
    narrative: (row.narrative as string | null) ?? null,
    title: row.title as string,
    unit: row.unit as string,
    kind: row.kind as ReturnImportLine['kind'],
  }));
}

/** Codes listed by name when the file gives no quantity for them; the rest are counted. */
const listedCodes = 20;

/** A commitment (k, its measure m) to a quantity that the staged file gives none for. */
const unansweredSql = (table: string) => `k.contract_id = ? AND k.deleted_at IS NULL
  AND m.kind <> 'record-only' AND NOT EXISTS (SELECT 1 FROM ${table} s
    WHERE s.measure_id = k.measure_id AND s.quantity IS NOT NULL)`;

/** The contract's quantity commitments the file gives no quantity for, in framework order:
 * looked for first, and put in order only when there are some. */
function unansweredCodes(db: Database, table: string, contractId: string): string[] {
  const any = db
    .prepare(
      `SELECT 1 FROM commitments k JOIN measures m ON m.id = k.measure_id
       WHERE ${unansweredSql(table)} LIMIT 1`,
    )
    .get(contractId);
  if (!any) return [];
  return db
    .prepare(
      `SELECT m.code FROM commitments k JOIN measures m ON m.id = k.measure_id
         JOIN outcomes o ON o.id = m.outcome_id JOIN themes t ON t.id = o.theme_id
       WHERE ${unansweredSql(table)}
       ORDER BY t.position, o.position, m.position, m.code`,
    )
    .pluck()
    .all(contractId) as string[];
}

function codesText(codes: readonly string[]): string {
  const listed = codes.slice(0, listedCodes).join(', ');
  const more = codes.length - listedCodes;
  return more > 0 ? `${listed} and ${more.toLocaleString('en-GB')} more` : listed;
}

/**
 * The preview of a staged file: what would be imported, and every problem and warning. Worked
 * out again only when the workspace has changed since the file was last checked (a confirm
 * straight after its preview takes the preview as it is).
 */
export function checkReturnFile(
  db: Database,
  staged: StagedReturn,
  profile: CouncilProfile,
): ReturnImportPreview {
  const stamp = workspaceStamp(db);
  if (staged.checked?.stamp !== stamp) {
    staged.checked = { stamp, preview: checkAgainstWorkspace(db, staged, profile) };
  }
  return staged.checked.preview;
}

function checkAgainstWorkspace(
  db: Database,
  staged: StagedReturn,
  profile: CouncilProfile,
): ReturnImportPreview {
  const { parsed, table } = staged;
  const problems = [...parsed.problems];
  const warnings = [...parsed.warnings];
  const preview: ReturnImportPreview = {
    fileName: staged.fileName,
    fileSha256: staged.fileSha256,
    contract: null,
    period: null,
    lines: [],
    lineCount: 0,
    existingReturn: null,
    savesAs: 'draft',
    problems,
    warnings,
  };
  const metadata = parsed.metadata;
  if (!metadata) return preview;
  if (metadata.workspaceId !== profile.id) {
    problems.push(
      fileIssue(
        `This template was made in another workspace, not in ${profile.councilName}'s: import it into the workspace it came from.`,
      ),
    );
    return preview;
  }
  const contract = contractOf(db, metadata, problems);
  if (!contract) return preview;
  preview.contract = {
    id: contract.id,
    reference: contract.reference,
    title: contract.title,
    supplierName: contract.supplierName,
  };
  if (contract.reference !== metadata.contractReference) {
    warnings.push(
      fileIssue(
        `The contract's reference has changed from ${metadata.contractReference} to ${contract.reference} since the template was made.`,
      ),
    );
  }
  const period = periodOf(metadata, contract, profile, problems);
  preview.period = period;
  problems.push(...lineProblems(db, table));
  preview.lines = firstLines(db, table);
  preview.lineCount = parsed.lineCount;
  const found = period ? existingReturn(db, contract.id, period.start) : null;
  preview.existingReturn = found
    ? { id: found.id, status: found.status, lineCount: found.line_count }
    : null;
  const unanswered = unansweredCodes(db, table, contract.id);
  preview.savesAs = unanswered.length === 0 && parsed.lineCount > 0 ? 'submitted' : 'draft';
  if (unanswered.length > 0 && problems.length === 0) {
    warnings.push(
      fileIssue(
        `No quantity is given for ${codesText(unanswered)}, so the return will be saved as a draft for you to finish and submit.`,
      ),
    );
  }
  return preview;
}
