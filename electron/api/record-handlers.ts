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
          `SELECT directorate FROM exercises WHERE deleted_at IS NULL AND directorate IS NOT NULL
           UNION SELECT directorate FROM contracts WHERE deleted_at IS NULL AND directorate IS NOT NULL
           ORDER BY 1 COLLATE NOCASE`,
        ).all() as { directorate: string }[]
      ).map((row) => row.directorate),
    'audit.history': ({ table, id }, { db }) => auditHistory(db, table, id),
    'dashboard.get': (_input, { db }) => dashboard(db, calendarDateOf()),
  };
