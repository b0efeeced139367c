// Writes a checked return file: a new return for the contract and period through the return
// repository (so its rules and the audit trail apply), submitted when every quantity is given,
// replacing (soft-deleting) or skipping a return already there as the officer chose; and the
// import recorded in the history, so it can be undone as a whole. Call inside one transaction.

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import type {
  ExistingReturnChoice,
  ReturnImportOutcome,
  ReturnImportPreview,
} from '../../shared/return-import';
import { plural } from '../../shared/plural';
import { AppError } from '../../shared/result';
import { returnStatusLabels } from '../../shared/social-value';
import { recordImport, type ImportedRow } from './import-history-repository';
import { deleteRecord } from './records';
import { getReturn, insertReturn, updateReturnLines } from './return-repository';
import { submitReturn } from './return-workflow';

export const returnImportKind = 'return';

export function writeReturnImport(
  db: Database,
  preview: ReturnImportPreview,
  onExisting: ExistingReturnChoice | undefined,
  profile: CouncilProfile,
  officer: string,
): ReturnImportOutcome {
  const { contract, period, existingReturn, fileName } = preview;
  if (preview.problems.length > 0 || !contract || !period) {
    const count = preview.problems.length;
    throw new AppError(
      'invalid_input',
      `${fileName} has ${plural(count, 'problem')}, so nothing was imported. Preview it to see where, correct the file and import it again.`,
    );
  }
  const what = `the return for ${contract.reference} ${period.label}`;
  const rows: ImportedRow[] = [];
  if (existingReturn) {
    if (!onExisting) {
      throw new AppError(
        'refused',
        `${contract.reference} already has a return for ${period.label} (${returnStatusLabels[existingReturn.status].toLowerCase()}). Choose whether ${fileName} replaces it or is skipped.`,
      );
    }
    if (onExisting === 'skip') {
      return {
        fileName,
        outcome: 'skipped',
        importId: null,
        returnId: existingReturn.id,
        status: existingReturn.status,
        replaced: false,
        message: `${fileName} was skipped: ${what} already there was kept.`,
      };
    }
    deleteRecord(db, 'returns', existingReturn.id, officer);
    rows.push({ table: 'returns', rowId: existingReturn.id, action: 'deleted' });
  }
  const id = insertReturn(db, { contractId: contract.id, period: period.label }, officer, profile);
  const started = getReturn(db, id);
  updateReturnLines(
    db,
    id,
    started.version,
    preview.lines.map((line) => ({
      measureId: line.measureId,
      quantity: line.quantity,
      evidenceReference: line.evidenceReference,
      narrative: line.narrative,
    })),
    officer,
  );
  if (preview.savesAs === 'submitted') submitReturn(db, id, getReturn(db, id).version, officer);
  rows.push({ table: 'returns', rowId: id, action: 'created' });
  const saved = getReturn(db, id);
  const replaced = existingReturn !== null;
  const summary = `Return for ${contract.reference} ${period.label}: ${plural(saved.lines.length, 'line')}, ${returnStatusLabels[saved.status].toLowerCase()}${replaced ? ', replacing the return there was' : ''}`;
  const importId = recordImport(
    db,
    {
      kind: returnImportKind,
      fileName,
      fileSha256: preview.fileSha256,
      summary,
      counts: { returns: 1, lines: preview.lines.length, replaced: replaced ? 1 : 0 },
    },
    rows,
    officer,
  );
  return {
    fileName,
    outcome: 'imported',
    importId,
    returnId: id,
    status: saved.status,
    replaced,
    message: `${fileName}: ${summary}.`,
  };
}
