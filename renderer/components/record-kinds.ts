// The three record types as the shared record screens need them: what to call one, where its
// pages live, and its delete and restore calls.

import type { AuditedTable } from '../../shared/audit';
import { call } from '../api-client';

export type RecordKind = 'suppliers' | 'exercises' | 'contracts';

interface KindInfo {
  /** "supplier", as in "Delete supplier Acme Ltd?" */
  noun: string;
  table: AuditedTable;
  remove(id: string, version: number): Promise<unknown>;
  restore(id: string): Promise<unknown>;
}

export const recordKinds: Record<RecordKind, KindInfo> = {
  suppliers: {
    noun: 'supplier',
    table: 'suppliers',
    remove: (id, version) => call('suppliers.delete', { id, version }),
    restore: (id) => call('suppliers.restore', { id }),
  },
  exercises: {
    noun: 'procurement exercise',
    table: 'exercises',
    remove: (id, version) => call('exercises.delete', { id, version }),
    restore: (id) => call('exercises.restore', { id }),
  },
  contracts: {
    noun: 'contract',
    table: 'contracts',
    remove: (id, version) => call('contracts.delete', { id, version }),
    restore: (id) => call('contracts.restore', { id }),
  },
};

export const listPath = (kind: RecordKind): string => `/${kind}`;
export const recordPath = (kind: RecordKind, id: string): string => `/${kind}/${id}`;
