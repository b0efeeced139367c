// Every migration, in order. A migration's version is its place in this list.

import type { Database } from 'better-sqlite3';
import * as councilProfile from './0001-council-profile';
import * as records from './0002-records';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [councilProfile, records];

export const latestSchemaVersion = migrations.length;
