// The audit trail of one record: every create, update and delete, who made it and when.

import { z } from 'zod';
import { uuid } from './schema-parts';

export const auditedTables = [
  'suppliers',
  'exercises',
  'contracts',
  'council_profile',
  'action_plans',
  'action_items',
  'action_updates',
  'case_studies',
  'commitments',
  'returns',
  'measures',
  'framework_versions',
  'reports',
  'report_templates',
] as const;
export type AuditedTable = (typeof auditedTables)[number];

export const auditQuerySchema = z.object({ table: z.enum(auditedTables), id: uuid });

export interface FieldChange {
  /** The stored column, e.g. "estimated_value_pence"; screens turn it into a label. */
  field: string;
  old: string | number | null;
  new: string | number | null;
  /**
   * For a column holding another record's id (a contract's supplier_id): what those records
   * are called, e.g. the supplier names; null where there is no id.
   */
  names?: { old: string | null; new: string | null };
}

export interface AuditEntry {
  id: string;
  /**
   * A change to a part of the record rather than the record itself (a return's line): which
   * part, e.g. "LOC1 Local people employed"; left out for the record's own changes.
   */
  part?: string;
  operation: 'insert' | 'update' | 'delete' | 'restore';
  officer: string;
  changedAt: string;
  changes: FieldChange[];
}
