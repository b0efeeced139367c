// An audit entry in words: "Created", "Changed Estimated value from £40,000 to £60,000".

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

export function auditLines(
  entry: AuditEntry,
  columns: Readonly<Record<string, FieldDescription>>,
): string[] {
  switch (entry.operation) {
    case 'insert':
      return ['Created'];
    case 'delete':
      return ['Deleted'];
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
