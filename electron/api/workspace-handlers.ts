import { schemaVersionOf } from '../db/migrate';
import { recordCounts, workspaceStats } from '../db/stats-repository';
import type { Handlers } from './handler';

export const workspaceHandlers: Handlers<
  'workspace.info' | 'workspace.counts' | 'workspace.stats'
> = {
  'workspace.info': (_input, { db, file, officer }) => ({
    file,
    schemaVersion: schemaVersionOf(db),
    officer,
  }),
  'workspace.counts': (_input, { db }) => recordCounts(db),
  'workspace.stats': (_input, { db }) => workspaceStats(db),
};
