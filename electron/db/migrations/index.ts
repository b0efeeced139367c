// Every migration, in order. A migration's version is its place in this list.

import type { Database } from 'better-sqlite3';
import * as councilProfile from './0001-council-profile';
import * as records from './0002-records';
import * as listIndexes from './0003-list-indexes';
import * as socialValue from './0004-social-value';
import * as socialValueSpeed from './0005-social-value-speed';
import * as imports from './0006-imports';
import * as importProfiles from './0007-import-profiles';
import * as reports from './0008-reports';
import * as returnLineNotes from './0009-return-line-notes';
import * as portfolioTotals from './0010-portfolio-totals';
import * as portfolioFigures from './0011-portfolio-figures';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [
  councilProfile,
  records,
  listIndexes,
  socialValue,
  socialValueSpeed,
  imports,
  importProfiles,
  reports,
  returnLineNotes,
  portfolioTotals,
  portfolioFigures,
];

export const latestSchemaVersion = migrations.length;
