// Every migration, in order. A migration's version is its place in this list.

import type { Database } from 'better-sqlite3';
import * as councilProfile from './0001-council-profile';
import * as records from './0002-records';
import * as listIndexes from './0003-list-indexes';
import * as socialValue from './0004-social-value';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [councilProfile, records, listIndexes, socialValue];

export const latestSchemaVersion = migrations.length;
