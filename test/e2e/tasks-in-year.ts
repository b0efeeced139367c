// The tasks of an action plan that a report for a financial year holds, read from the stored
// rows: those due in the year or with a progress update dated in it, in the plan's order.

import { readWorkspace } from './stored';

export function tasksInYear(
  dataDir: string,
  planId: string,
  year: { start: string; end: string },
): string[] {
  return readWorkspace<{ task: string }>(
    dataDir,
    `SELECT i.task FROM action_items i
     WHERE i.plan_id = ? AND i.deleted_at IS NULL
       AND (i.due_date BETWEEN ? AND ?
         OR EXISTS (SELECT 1 FROM action_updates u WHERE u.item_id = i.id
           AND u.deleted_at IS NULL AND u.update_date BETWEEN ? AND ?))
     ORDER BY i.position, i.created_at, i.id`,
    planId,
    year.start,
    year.end,
    year.start,
    year.end,
  ).map((row) => row.task);
}
