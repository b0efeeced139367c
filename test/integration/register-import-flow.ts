// Drives a register import through the API as the screen does: open the file, start reading it
// through a mapping (the suggested one unless given), poll until the preview is ready, then
// confirm (checking the import did what the preview showed) or cancel; and a council's own
// register layout to save as a mapping profile.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';
import type { Context } from '../../electron/api/context';
import type {
  ColumnMapping,
  RegisterFileOutline,
  RegisterImportReport,
  RegisterKind,
} from '../../shared/register-import';
import { callApi, expectOk } from './temp-workspace';

export const registersDir = '/work/shared/data/registers';
export const registerFile = (name: string) => `${registersDir}/${name}`;

export async function openRegister(ctx: Context, fileName: string, bytes: Uint8Array) {
  return callApi(ctx, 'registerImport.open', {
    fileName,
    contentBase64: Buffer.from(bytes).toString('base64'),
  });
}

export interface Previewed {
  outline: RegisterFileOutline;
  jobId: string;
  preview: RegisterImportReport;
}

/** Opens and reads the file; the preview (nothing written yet). */
export async function previewRegister(
  ctx: Context,
  fileName: string,
  bytes: Uint8Array,
  choice: { kind?: RegisterKind; mapping?: ColumnMapping } = {},
): Promise<Previewed> {
  const outline = expectOk(await openRegister(ctx, fileName, bytes));
  const kind = choice.kind ?? outline.kind;
  const { jobId } = expectOk(
    await callApi(ctx, 'registerImport.start', {
      uploadId: outline.uploadId,
      kind,
      mapping: choice.mapping ?? outline.suggestions[kind],
    }),
  );
  for (;;) {
    const state = expectOk(await callApi(ctx, 'registerImport.progress', { jobId }));
    if (state.state === 'ready') return { outline, jobId, preview: state.preview };
    if (state.state === 'failed') expect.fail(state.message);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Previews then confirms; the import's report. The preview is a dry run of the import, so every
 * import through here checks that it showed exactly what the import then did.
 */
export async function importRegister(
  ctx: Context,
  fileName: string,
  bytes: Uint8Array,
  choice: { kind?: RegisterKind; mapping?: ColumnMapping } = {},
): Promise<RegisterImportReport> {
  const { jobId, preview } = await previewRegister(ctx, fileName, bytes, choice);
  const report = expectOk(await callApi(ctx, 'registerImport.confirm', { jobId }));
  expect(preview).toEqual(report);
  return report;
}

export const importRealFile = (ctx: Context, path: string, choice = {}) =>
  importRegister(ctx, basename(path), readFileSync(path), choice);

/** Counts of the report's skipped rows, by their short reason. */
export function skippedByKind(report: RegisterImportReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind } of report.skipped) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** A council's own register layout, saved as a mapping profile: Ref, What, Who, From and To. */
export const ourRegisterProfile = {
  name: 'Our register',
  kind: 'contracts' as const,
  mapping: {
    reference: 'Ref',
    title: 'What',
    supplierName: 'Who',
    startDate: 'From',
    endDate: 'To',
  },
};
