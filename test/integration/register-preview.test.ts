// The register preview is a dry run of the import: it reads and never writes (it runs with the
// workspace made read-only), and it shows what the import then does. Every import the register
// tests make through register-import-flow.ts checks the preview against the import's report (so
// every real register, and the newer Norfolk register re-imported: added, updated, unchanged);
// here, the cases a dry run has to work out without writing: suppliers new to the workspace
// found again by later rows, and an update the workspace refuses.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyStaged,
  dropStaged,
  outlineFile,
  stageRows,
} from '../../electron/api/register-import-service';
import {
  createContract,
  createExercise,
  createSupplier,
  openRecordsWorkspace,
} from './seed-records';
import { importRegister, registerFile } from './register-import-flow';
import { useTempDirs } from './temp-workspace';

const temp = useTempDirs();

describe('the register preview', () => {
  it('matches suppliers, and finds a supplier it would create for the rows after', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    await createSupplier(ctx, { name: 'Incatern', companyNumber: '02165763' });
    const old = await createSupplier(ctx, { name: 'Old Care Ltd' });
    await createContract(ctx, old.id, { reference: 'A-1', title: 'Day care' });
    const csv = [
      'Reference,Title,Supplier name,Company number,Start date,End date,Value',
      'A-1,Day care,Brand New Care CIC,,01/04/2026,31/03/2028,60000',
      'A-2,Day care 2,INCATERN LIMITED,gb/02165763,01/04/2024,31/03/2026,2000',
      'A-3,Day care 3,brand new care,,01/04/2024,31/03/2026,3000',
      'a-3,Day care 3 again,Someone Else Ltd,,01/04/2024,31/03/2026,3000',
    ].join('\n');
    const report = await importRegister(ctx, 'care.csv', Buffer.from(csv));
    expect(report).toMatchObject({ imported: 2, updated: 1, suppliersCreated: 1 });
    expect(report.supplierMatches.map((m) => m.by)).toEqual(['new', 'company number']);
    expect(report.skipped).toEqual([
      { row: 5, kind: 'Repeated reference', reason: expect.stringMatching(/^Row 4 has/) },
    ]);
  });

  it('refuses, as the import does, an exercise status that cannot go back', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const exercise = await createExercise(ctx, { reference: 'EX-AWARDED' });
    await createContract(ctx, (await createSupplier(ctx)).id, { exerciseId: exercise.id });
    const csv = [
      'Reference,Title,Start date,Status',
      'EX-AWARDED,Grounds maintenance,01/03/2026,Open',
      'EX-NEW,Street lighting,01/05/2026,Open',
    ].join('\n');
    const report = await importRegister(ctx, 'exercises.csv', Buffer.from(csv), {
      kind: 'exercises',
    });
    expect(report).toMatchObject({ imported: 1, updated: 0 });
    expect(report.skipped).toEqual([
      { row: 2, kind: 'Refused', reason: expect.stringMatching(/awarded as contract/) },
    ]);
  });

  it('runs with the workspace read-only: a preview cannot write', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const source = {
      fileName: 'norfolk.csv',
      bytes: readFileSync(registerFile('norfolk-contracts-register.csv')),
    };
    const outline = await outlineFile(db, source);
    const staged = await stageRows(db, source, {
      kind: outline.kind,
      mapping: outline.suggestions[outline.kind],
      headerRow: outline.headerRow,
      headings: outline.columns.map((c) => c.heading),
    });
    db.pragma('query_only = ON');
    try {
      const options = { officer: ctx.officer, defaultCategory: 'services', commit: false } as const;
      expect(applyStaged(db, staged, options)).toMatchObject({ rows: 5729, imported: 3249 });
    } finally {
      db.pragma('query_only = OFF');
      dropStaged(db, staged);
    }
  });
});
