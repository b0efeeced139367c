// svt import register FILE [--profile NAME] [--kind contracts|exercises|suppliers|measures]
// [--dry-run] [--json]: a council's register or list, mapped by the profile named, the profile
// the file is recognised by, or the suggestions from its headings. --dry-run reports what the
// import would do and writes nothing. Measures go to the framework import, as a new version.

import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import {
  registerKinds,
  type ColumnMapping,
  type RegisterImportReport,
  type RegisterKind,
} from '../../shared/register-import';
import { AppError } from '../../shared/result';
import {
  applyStaged,
  dropStaged,
  outlineFile,
  stageRows,
  type FileOutline,
} from '../api/register-import-service';
import { findImportProfileByName } from '../db/import-profile-repository';
import { readFrameworkFile } from '../excel/framework-import';
import { mappingFromHeadings } from '../excel/register-mapping';
import { builtInMapping, builtInProfiles } from '../excel/register-profiles';
import type { FileSource } from '../excel/sheet-rows';
import { UnreadableFile } from '../excel/table-file';
import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { CliOutput, CommandOptions } from './command';

export const importRegisterUsage =
  'svt import register FILE [--profile NAME] [--kind contracts|exercises|suppliers|measures] [--dry-run] [--json] [--data-dir DIR]';

const kindChoices = [...registerKinds, 'measures'] as const;
type KindChoice = (typeof kindChoices)[number];

/** The output --json gives: the counts, every skipped row and the whole-file errors. */
function jsonOf(report: RegisterImportReport, dryRun: boolean) {
  return {
    file: report.fileName,
    kind: report.kind,
    dryRun,
    rows: report.rows,
    imported: report.imported,
    updated: report.updated,
    unchanged: report.unchanged,
    skipped: report.skipped.map(({ row, reason }) => ({ row, reason })),
    errors: report.errors,
    warnings: report.warningCount,
    suppliersMatched: report.suppliersMatched,
    suppliersCreated: report.suppliersCreated,
  };
}

function textOf(report: RegisterImportReport, dryRun: boolean): string {
  const skippedKinds = new Map<string, number>();
  for (const { kind } of report.skipped) skippedKinds.set(kind, (skippedKinds.get(kind) ?? 0) + 1);
  return [
    `${dryRun ? 'Dry run (nothing written): ' : ''}${report.fileName}, ${report.rows} rows of ${report.kind}:`,
    `  ${dryRun ? 'to add' : 'added'} ${report.imported}`,
    `  ${dryRun ? 'to update' : 'updated'} ${report.updated}`,
    `  unchanged ${report.unchanged}`,
    `  skipped ${report.skipped.length}`,
    ...[...skippedKinds].map(([kind, n]) => `    ${kind}: ${n}`),
    `  warnings ${report.warningCount}`,
    ...(report.kind === 'contracts'
      ? [`  suppliers matched ${report.suppliersMatched}, new ${report.suppliersCreated}`]
      : []),
  ].join('\n');
}

/** The mapping from --profile (saved, else built in), else the one the file suggests. */
function chosenMapping(
  db: Database,
  outline: FileOutline,
  profile: string | undefined,
  kind: RegisterKind | undefined,
): { kind: RegisterKind; mapping: ColumnMapping } {
  const headings = outline.columns.map((c) => c.heading);
  if (profile) {
    const saved = findImportProfileByName(db, profile);
    if (saved)
      return { kind: kind ?? saved.kind, mapping: mappingFromHeadings(headings, saved.mapping) };
    const builtIn = builtInProfiles.find(
      (p) => p.name.toLowerCase() === profile.trim().toLowerCase(),
    );
    if (!builtIn) {
      throw new AppError(
        'not_found',
        `There is no mapping profile called "${profile}". The built-in ones are: ${builtInProfiles.map((p) => p.name).join('; ')}.`,
      );
    }
    return { kind: kind ?? builtIn.kind, mapping: builtInMapping(builtIn, headings) };
  }
  const chosen = kind ?? outline.kind;
  return { kind: chosen, mapping: outline.suggestions[chosen] };
}

async function importMeasures(
  session: WorkspaceSession,
  source: FileSource & { path: string },
  dryRun: boolean,
  json: boolean,
  output: CliOutput,
): Promise<number> {
  const bytes = await readFile(source.path);
  const preview = await readFrameworkFile(source.fileName, bytes);
  const errors = preview.problems.map(
    (p) =>
      `${p.row === null ? '' : `Row ${p.row}: `}${p.column ? `${p.column}: ` : ''}${p.message}`,
  );
  const result = {
    file: source.fileName,
    kind: 'measures',
    dryRun,
    rows: preview.measures.length + preview.problems.length,
    imported: errors.length === 0 ? preview.measures.length : 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    errors,
  };
  if (errors.length === 0 && !dryRun) {
    await call(session.context(), 'framework.import', {
      fileName: source.fileName,
      contentBase64: bytes.toString('base64'),
      name: source.fileName.replace(/\.(csv|xlsx)$/i, ''),
      effectiveFrom: calendarDateOf(),
      notes: `Imported from ${source.fileName}`,
    });
  }
  if (errors.length > 0) output.stderr(errors.join('\n'));
  output.stdout(
    json
      ? JSON.stringify(result)
      : `${dryRun ? 'Dry run (nothing written): ' : ''}${result.imported} measures ${dryRun ? 'to import' : 'imported as a new framework version'}.`,
  );
  return errors.length > 0 ? 1 : 0;
}

export async function importRegister(options: CommandOptions, output: CliOutput): Promise<number> {
  const { args, json, file, profile, kind, dryRun = false } = options;
  const [, path, ...extra] = args;
  if (!path || extra.length > 0) {
    output.stderr(
      `${path ? `svt import register takes one file, not "${extra.join(' ')}".` : 'Say which file to import.'}\nUsage: ${importRegisterUsage}`,
    );
    return 2;
  }
  if (kind !== undefined && !kindChoices.includes(kind as KindChoice)) {
    output.stderr(`--kind must be one of ${kindChoices.join(', ')}, not "${kind}".`);
    return 2;
  }
  const source = { fileName: basename(path), path: resolve(path) };
  const session = new WorkspaceSession(file, currentOfficer());
  try {
    if (kind === 'measures') return await importMeasures(session, source, dryRun, json, output);
    const { db } = session.workspace;
    const outline = await outlineFile(db, source);
    const plan = chosenMapping(db, outline, profile, kind as RegisterKind | undefined);
    const headings = outline.columns.map((c) => c.heading);
    const staged = await stageRows(db, source, { ...plan, headerRow: outline.headerRow, headings });
    try {
      const report = applyStaged(db, staged, {
        officer: session.officer,
        defaultCategory: 'services',
        commit: !dryRun,
      });
      if (json) output.stdout(JSON.stringify(jsonOf(report, dryRun)));
      if (report.errors.length > 0) {
        output.stderr(report.errors.join('\n'));
        return 1;
      }
      if (!json) output.stdout(textOf(report, dryRun));
      return 0;
    } finally {
      dropStaged(db, staged);
    }
  } catch (error) {
    if (
      error instanceof UnreadableFile ||
      (error instanceof Error && 'code' in error && error.code === 'ENOENT')
    ) {
      output.stderr(error instanceof UnreadableFile ? error.message : `There is no file ${path}.`);
      return 1;
    }
    throw error;
  } finally {
    session.close();
  }
}
