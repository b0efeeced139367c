// An audit entry in words: "Created", "Changed Estimated value from £40,000 to £60,000"; an entry
// about a part of the record is headed by the part, "Line LOC1 Local people employed".

import type { AuditEntry, FieldChange } from '../../shared/audit';
import { showValue, type FieldDescription } from './record-fields';

/** "estimated_value_pence" -> "Estimated value pence", for a column no description names. */
function fallbackLabel(column: string): string {
  const words = column.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function changeLine(change: FieldChange, description: FieldDescription | undefined): string | null {
  if (description?.hidden) return null;
  const label = description?.label ?? fallbackLabel(change.field);
  // A link to another record: the names the backend found for it, rather than ids.
  const { names } = change;
  const named = (id: FieldChange['old'], name: string | null) => id === null || name !== null;
  if (names && named(change.old, names.old) && named(change.new, names.new)) {
    return changeLine({ field: change.field, old: names.old, new: names.new }, { label });
  }
  if (description?.valuesHidden) return `Changed ${label}`;
  const blank = (value: FieldChange['old']) => value === null || value === '';
  if (blank(change.old)) return `Set ${label} to ${showValue(description, change.new)}`;
  if (blank(change.new)) return `Cleared ${label} (was ${showValue(description, change.old)})`;
  return `Changed ${label} from ${showValue(description, change.old)} to ${showValue(description, change.new)}`;
}

/**
 * What an entry did, a line per change. An entry about a part of the record (a return's line)
 * is headed by the part (auditPart): "Added", "Changed Delivered from 3 to 5".
 */
export function auditLines(
  entry: AuditEntry,
  columns: Readonly<Record<string, FieldDescription>>,
): string[] {
  switch (entry.operation) {
    case 'insert':
      return [entry.part === undefined ? 'Created' : 'Added'];
    case 'delete':
      return [entry.part === undefined ? 'Deleted' : 'Removed'];
    case 'restore':
      return ['Restored'];
    case 'update': {
      const lines = entry.changes
        .map((change) => changeLine(change, columns[change.field]))
        .filter((line): line is string => line !== null);
      return lines.length ? lines : ['Changed'];
    }
  }
}

/** The part of the record an entry is about: "Line LOC1 Local people employed"; or null. */
export function auditPart(entry: AuditEntry): string | null {
  return entry.part === undefined ? null : `Line ${entry.part}`;
}
