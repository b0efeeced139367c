// The audit trail of one record: every create, update and delete, who made it and when.

import { z } from 'zod';
import { uuid } from './schema-parts';

export const auditedTables = ['suppliers', 'exercises', 'contracts', 'council_profile'] as const;
export type AuditedTable = (typeof auditedTables)[number];

export const auditQuerySchema = z.object({ table: z.enum(auditedTables), id: uuid });

export interface FieldChange {
  /** The stored column, e.g. "estimated_value_pence"; screens turn it into a label. */
  field: string;
  old: string | number | null;
  new: string | number | null;
}

export interface AuditEntry {
  id: string;
  operation: 'insert' | 'update' | 'delete' | 'restore';
  officer: string;
  changedAt: string;
  changes: FieldChange[];
}
