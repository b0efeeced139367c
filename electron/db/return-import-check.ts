// A completed return file checked against the workspace: the template is from this workspace,
// its contract is here and live, its period is one of the contract's, every measure still
// exists, and whether the contract already has a return for the period. Reads only.

import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import type { ImportIssue } from '../../shared/framework-import';
import type { ReportingPeriod } from '../../shared/reporting-periods';
import type { ReturnImportLine, ReturnImportPreview } from '../../shared/return-import';
import { AppError } from '../../shared/result';
import type { Contract } from '../../shared/contract';
import type { ReturnStatus } from '../../shared/social-value';
import type { ParsedReturnFile, TemplateMetadata } from '../excel/return-import';
import { sheetNames } from '../excel/return-template-layout';
import { listCommitments } from './commitment-repository';
import { getContract } from './contract-repository';
import { measureOf } from './measure-basics';
import { periodInTerm } from './return-repository';
import { statement } from './statements';

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

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The preview of a parsed file: what would be imported, and every problem and warning. */
export function checkReturnFile(
  db: Database,
  fileName: string,
  bytes: Uint8Array,
  parsed: ParsedReturnFile,
  profile: CouncilProfile,
): ReturnImportPreview {
  const problems = [...parsed.problems];
  const warnings = [...parsed.warnings];
  const preview: ReturnImportPreview = {
    fileName,
    fileSha256: sha256(bytes),
    contract: null,
    period: null,
    lines: [],
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
  preview.lines = parsed.lines.flatMap((line): ReturnImportLine[] => {
    const measure = measureOf(db, line.measureId);
    const where = { sheet: sheetNames.return, row: line.row, column: 'Measure code' };
    if (!measure) {
      problems.push({
        ...where,
        value: line.code,
        message: `The measure ${line.code} is no longer in the measures framework, so its row cannot be imported`,
      });
      return [];
    }
    if (measure.kind === 'record-only' && line.quantity !== null) {
      problems.push({
        ...where,
        column: 'Delivered this period',
        value: String(line.quantity),
        message: `${measure.code} is recorded as a narrative only: leave the quantity blank`,
      });
    }
    return [{ ...line, title: measure.title, unit: measure.unit, kind: measure.kind }];
  });
  const found = period ? existingReturn(db, contract.id, period.start) : null;
  preview.existingReturn = found
    ? { id: found.id, status: found.status, lineCount: found.line_count }
    : null;
  const given = new Map(preview.lines.map((line) => [line.measureId, line]));
  const unanswered = listCommitments(db, contract.id).filter(
    (commitment) =>
      commitment.measure.kind !== 'record-only' &&
      (given.get(commitment.measureId)?.quantity ?? null) === null,
  );
  preview.savesAs = unanswered.length === 0 && preview.lines.length > 0 ? 'submitted' : 'draft';
  if (unanswered.length > 0 && problems.length === 0) {
    warnings.push(
      fileIssue(
        `No quantity is given for ${unanswered.map((c) => c.measure.code).join(', ')}, so the return will be saved as a draft for you to finish and submit.`,
      ),
    );
  }
  return preview;
}
