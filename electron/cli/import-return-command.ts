// svt import return FILE [--dry-run] [--json]: a supplier's completed return template. Its
// problems and warnings are listed by sheet, row, column and value; a file with problems exits 1
// with them on standard error and writes nothing. --dry-run reports what would be imported and
// writes nothing. A return already there for the period is not replaced from the command line:
// the import is refused, saying so (replace it in the app, where the officer chooses).

import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ImportIssue } from '../../shared/framework-import';
import { plural } from '../../shared/plural';
import type { ReturnImportPreview } from '../../shared/return-import';
import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { CliOutput, CommandOptions } from './command';

export const importReturnUsage = 'svt import return FILE [--data-dir DIR] [--dry-run] [--json]';

function issueLine(kind: string, issue: ImportIssue): string {
  const where = [
    issue.sheet && `sheet ${issue.sheet}`,
    issue.row !== null && `row ${issue.row}`,
    issue.column && `column ${issue.column}`,
    issue.value !== null && `value "${issue.value}"`,
  ].filter(Boolean);
  return `${kind}${where.length > 0 ? ` (${where.join(', ')})` : ''}: ${issue.message}`;
}

function previewText(preview: ReturnImportPreview): string {
  const what =
    preview.contract && preview.period
      ? `${preview.contract.reference} ${preview.period.label}: ${plural(preview.lineCount, 'line')}, to be saved as ${preview.savesAs}`
      : 'not matched to a contract and period';
  return [
    `${preview.fileName}: ${what}`,
    ...preview.warnings.map((w) => issueLine('Warning', w)),
  ].join('\n');
}

export async function importReturn(options: CommandOptions, output: CliOutput): Promise<number> {
  const [, path, ...extra] = options.args;
  if (!path || extra.length > 0) {
    output.stderr(
      `${path ? `Import one file at a time, not "${extra.join(' ')}".` : 'Say which file to import.'}\nUsage: ${importReturnUsage}`,
    );
    return 2;
  }
  const file = resolve(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    output.stderr(`Could not read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const input = { fileName: basename(file), contentBase64: bytes.toString('base64') };
  const session = new WorkspaceSession(options.file, currentOfficer());
  try {
    const ctx = session.context();
    const preview = await call(ctx, 'returnImports.preview', input);
    if (preview.problems.length > 0) {
      if (options.json) output.stdout(JSON.stringify({ imported: false, ...preview }));
      output.stderr(
        [
          `${input.fileName} was not imported: ${plural(preview.problems.length, 'problem')}.`,
          ...preview.problems.map((p) => issueLine('Problem', p)),
        ].join('\n'),
      );
      return 1;
    }
    if (options.dryRun) {
      output.stdout(
        options.json
          ? JSON.stringify({ imported: false, dryRun: true, ...preview })
          : `${previewText(preview)}\nDry run: nothing was written.`,
      );
      return 0;
    }
    const outcome = await call(ctx, 'returnImports.confirm', input);
    output.stdout(
      options.json
        ? JSON.stringify({ imported: true, ...preview, outcome })
        : `${previewText(preview)}\n${outcome.message}`,
    );
    return 0;
  } finally {
    session.close();
  }
}
