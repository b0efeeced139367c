// Writes a whole framework version from a tree of themes, outcomes and measures: the starter
// framework, an import and a copy all come through here. Every row is written and logged as a
// record; the caller holds the transaction, so it is all or nothing.

import type { Database } from 'better-sqlite3';
import type { FrameworkTree, FrameworkVersionFields } from '../../shared/measures-framework';
import { checkEffectiveDateFree, readFramework, versionColumns } from './framework-repository';
import { measureColumns } from './measure-repository';
import { insertRecord } from './records';

/** Writes the version and its tree; returns the new version's id. */
export function writeFrameworkVersion(
  db: Database,
  fields: FrameworkVersionFields,
  tree: FrameworkTree,
  officer: string,
): string {
  checkEffectiveDateFree(db, fields.effectiveFrom, null);
  const versionId = insertRecord(
    db,
    'framework_versions',
    versionColumns.toColumns(fields),
    officer,
  );
  tree.themes.forEach((theme, themePosition) => {
    const themeId = insertRecord(
      db,
      'themes',
      { framework_version_id: versionId, name: theme.name, position: themePosition },
      officer,
    );
    theme.outcomes.forEach((outcome, outcomePosition) => {
      const outcomeId = insertRecord(
        db,
        'outcomes',
        { theme_id: themeId, name: outcome.name, position: outcomePosition },
        officer,
      );
      outcome.measures.forEach((measure, position) => {
        insertRecord(
          db,
          'measures',
          {
            framework_version_id: versionId,
            ...measureColumns.toColumns({ ...measure, outcomeId }),
            position,
          },
          officer,
        );
      });
    });
  });
  return versionId;
}

/** The tree of a stored version, ready to write again as another version. */
function treeOf(db: Database, versionId: string): FrameworkTree {
  // Which version is in force does not matter here, so any date will do.
  const { themes } = readFramework(db, versionId, '0000-01-01');
  return {
    themes: themes.map((theme) => ({
      name: theme.name,
      outcomes: theme.outcomes.map((outcome) => ({
        name: outcome.name,
        measures: outcome.measures.map((measure) => ({
          code: measure.code,
          title: measure.title,
          guidance: measure.guidance,
          unit: measure.unit,
          kind: measure.kind,
          proxyPence: measure.proxyPence,
          evidenceRequired: measure.evidenceRequired,
          councilOutcomeIds: measure.councilOutcomeIds,
        })),
      })),
    })),
  };
}

/**
 * A new version copied from another: the same themes, outcomes and measures as new rows, so
 * commitments on the old rows, and their proxy snapshots, are untouched.
 */
export function copyFrameworkVersion(
  db: Database,
  copyFromId: string,
  fields: FrameworkVersionFields,
  officer: string,
): string {
  return writeFrameworkVersion(db, fields, treeOf(db, copyFromId), officer);
}
