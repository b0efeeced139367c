// Every migration, in order. A migration's version is its place in this list.

import type { Database } from 'better-sqlite3';
import * as councilProfile from './0001-council-profile';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [councilProfile];

export const latestSchemaVersion = migrations.length;
