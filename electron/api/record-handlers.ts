import { calendarDateOf } from '../../shared/calendar-date';
import { auditHistory } from '../db/audit-repository';
import { dashboard } from '../db/dashboard-repository';
import { statement } from '../db/statements';
import type { Handlers } from './handler';

export const recordHandlers: Handlers<'records.directorates' | 'audit.history' | 'dashboard.get'> =
  {
    'records.directorates': (_input, { db }) =>
      (
        statement(
          db,
          // One name per directorate whatever its case, read from the directorate indexes.
          `SELECT min(directorate) AS directorate FROM (
             SELECT directorate FROM exercises WHERE deleted_at IS NULL AND directorate IS NOT NULL
             GROUP BY directorate COLLATE NOCASE
             UNION ALL
             SELECT directorate FROM contracts WHERE deleted_at IS NULL AND directorate IS NOT NULL
             GROUP BY directorate COLLATE NOCASE
           ) GROUP BY directorate COLLATE NOCASE ORDER BY directorate COLLATE NOCASE`,
        ).all() as { directorate: string }[]
      ).map((row) => row.directorate),
    'audit.history': ({ table, id }, { db }) => auditHistory(db, table, id),
    'dashboard.get': (_input, { db }) => dashboard(db, calendarDateOf()),
  };
