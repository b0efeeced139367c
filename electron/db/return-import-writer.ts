// Writes a checked, staged return file (return-import-staging.ts): a new return for the contract
// and period, submitted when every quantity is given, replacing (soft-deleting) or skipping a
// return already there as the officer chose; and the import recorded in the history, so it can
// be undone as a whole. Call inside one transaction.
//
// The lines are written set-wise, whatever their number: one INSERT ... SELECT for the lines of
// the contract's commitments (those the file leaves out stay blank, as a draft started by hand
// has them) and one for measures the file adds; then one audit trail row per line, holding all
// its fields as inserted (the change_log a sync engine replays); then the return itself, whose
// insert works out its delivery for the dashboard (line-delivery.ts) once, not once per line.
// The return is inserted with its final status, so its audit trail says "created, submitted" in
// one step, where a return keyed in by hand is created as a draft and then submitted. Its id and
// its lines' ids are time-ordered (ordered-uuid.ts), so every index keyed by them grows at its end.
// A return of thousands of lines into a workspace holding fewer (its first large one) builds the
// lookup indexes of the lines and their delivery again after writing them (bulk-indexes.ts).

import type { Database } from 'better-sqlite3';
import { moneyProxyPence } from '../../shared/measures-framework';
import { plural } from '../../shared/plural';
import { AppError } from '../../shared/result';
import type {
  ExistingReturnChoice,
  ReturnImportOutcome,
  ReturnImportPreview,
} from '../../shared/return-import';
import { returnStatusLabels } from '../../shared/social-value';
import { writeInBulk } from './bulk-indexes';
import { recordImport, type ImportedRow } from './import-history-repository';
import { orderedUuid } from './ordered-uuid';
import { deleteRecord, insertRecord } from './records';
import type { StagedReturn } from './return-import-staging';

export const returnImportKind = 'return';

const withUuids = new WeakSet<Database>();

/** The connection, with new_uuid() (a new time-ordered UUID per call) for set-wise inserts. */
function withNewUuid(db: Database): Database {
  if (!withUuids.has(db)) {
    db.function('new_uuid', { deterministic: false }, orderedUuid);
    withUuids.add(db);
  }
  return db;
}

const lineColumns = `id, return_id, measure_id, commitment_id, proxy_pence, quantity,
  evidence_reference, narrative, created_at, updated_at, updated_by, version`;

/** Inserts the return's lines from the staged file; how many. */
function insertLines(
  db: Database,
  table: string,
  returnId: string,
  contractId: string,
  at: string,
  officer: string,
): number {
  const stamp = { returnId, contractId, at, officer };
  // In commitment order: the indexes on lines and their delivery that lead with the commitment
  // then grow at their ends (each line's id is later than the one before, too).
  const committed = db
    .prepare(
      `INSERT INTO return_lines (${lineColumns})
       SELECT new_uuid(), :returnId, k.measure_id, k.id, k.proxy_pence, s.quantity, s.evidence,
         s.narrative, :at, :at, :officer, 1
       FROM commitments k LEFT JOIN ${table} s ON s.measure_id = k.measure_id
       WHERE k.contract_id = :contractId AND k.deleted_at IS NULL
       ORDER BY k.id`,
    )
    .run(stamp);
  // A measure without a commitment takes its own proxy value (withDefaultProxy: a money
  // measure without one is worth £1 per £1).
  const added = db
    .prepare(
      `INSERT INTO return_lines (${lineColumns})
       SELECT new_uuid(), :returnId, s.measure_id, NULL,
         CASE WHEN m.kind = 'money' THEN coalesce(m.proxy_pence, :moneyProxyPence) ELSE m.proxy_pence END,
         s.quantity, s.evidence, s.narrative, :at, :at, :officer, 1
       FROM ${table} s JOIN measures m ON m.id = s.measure_id
       WHERE NOT EXISTS (SELECT 1 FROM commitments k WHERE k.contract_id = :contractId
         AND k.measure_id = s.measure_id AND k.deleted_at IS NULL)
       ORDER BY s.row`,
    )
    .run({ ...stamp, moneyProxyPence });
  return committed.changes + added.changes;
}

/** The audit trail of the lines: each one's insert, with its fields, as insertRecord logs it. */
function logInsertedLines(db: Database, returnId: string, at: string, officer: string): void {
  db.prepare(
    `INSERT INTO change_log (id, table_name, row_id, operation, old_values, new_values, officer, changed_at)
     SELECT new_uuid(), 'return_lines', l.id, 'insert', NULL,
       json_object('return_id', l.return_id, 'measure_id', l.measure_id,
         'commitment_id', l.commitment_id, 'proxy_pence', l.proxy_pence, 'quantity', l.quantity,
         'evidence_reference', l.evidence_reference, 'narrative', l.narrative),
       :officer, :at
     FROM return_lines l WHERE l.return_id = :returnId AND l.deleted_at IS NULL`,
  ).run({ returnId, at, officer });
}

export function writeReturnImport(
  db: Database,
  staged: StagedReturn,
  preview: ReturnImportPreview,
  onExisting: ExistingReturnChoice | undefined,
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
  const at = new Date().toISOString();
  const status = preview.savesAs;
  // The lines go in first, so that inserting the return works out its delivery (and the
  // dashboard's totals) once, from all of them; their foreign key is checked at commit.
  db.pragma('defer_foreign_keys = ON');
  const id = orderedUuid();
  const lineCount = writeInBulk(db, 'return_lines', preview.lineCount, () =>
    insertLines(withNewUuid(db), staged.table, id, contract.id, at, officer),
  );
  logInsertedLines(db, id, at, officer);
  writeInBulk(db, 'line_delivery', preview.lineCount, () =>
    insertRecord(
      db,
      'returns',
      {
        contract_id: contract.id,
        period_start: period.start,
        period_end: period.end,
        period_label: period.label,
        status,
        submitted_at: status === 'submitted' ? at : null,
      },
      officer,
      {},
      id,
    ),
  );
  rows.push({ table: 'returns', rowId: id, action: 'created' });
  const replaced = existingReturn !== null;
  const summary = `Return for ${contract.reference} ${period.label}: ${plural(lineCount, 'line')}, ${returnStatusLabels[status].toLowerCase()}${replaced ? ', replacing the return there was' : ''}`;
  const importId = recordImport(
    db,
    {
      kind: returnImportKind,
      fileName,
      fileSha256: preview.fileSha256,
      summary,
      counts: { returns: 1, lines: preview.lineCount, replaced: replaced ? 1 : 0 },
    },
    rows,
    officer,
  );
  return {
    fileName,
    outcome: 'imported',
    importId,
    returnId: id,
    status,
    replaced,
    message: `${fileName}: ${summary}.`,
  };
}
