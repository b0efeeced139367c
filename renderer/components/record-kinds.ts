// The three record types as the shared record screens need them: what to call one, where its
// pages live, and its delete and restore calls.

import type { AuditedTable } from '../../shared/audit';
import { call } from '../api-client';

export type RecordKind =
  | 'suppliers'
  | 'exercises'
  | 'contracts'
  | 'action-plans'
  | 'action-items'
  | 'action-updates'
  | 'case-studies'
  | 'commitments'
  | 'returns'
  | 'measures'
  | 'framework-versions'
  | 'reports'
  | 'report-templates';

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
  'action-plans': {
    noun: 'action plan',
    table: 'action_plans',
    remove: (id, version) => call('actionPlans.delete', { id, version }),
    restore: (id) => call('actionPlans.restore', { id }),
  },
  'action-items': {
    noun: 'item',
    table: 'action_items',
    remove: (id, version) => call('actionItems.delete', { id, version }),
    restore: (id) => call('actionItems.restore', { id }),
  },
  'action-updates': {
    noun: 'progress update',
    table: 'action_updates',
    remove: (id, version) => call('actionUpdates.delete', { id, version }),
    restore: (id) => call('actionUpdates.restore', { id }),
  },
  'case-studies': {
    noun: 'case study',
    table: 'case_studies',
    remove: (id, version) => call('caseStudies.delete', { id, version }),
    restore: (id) => call('caseStudies.restore', { id }),
  },
  commitments: {
    noun: 'commitment',
    table: 'commitments',
    remove: (id, version) => call('commitments.delete', { id, version }),
    restore: (id) => call('commitments.restore', { id }),
  },
  returns: {
    noun: 'return',
    table: 'returns',
    remove: (id, version) => call('returns.delete', { id, version }),
    restore: (id) => call('returns.restore', { id }),
  },
  measures: {
    noun: 'measure',
    table: 'measures',
    remove: (id, version) => call('measures.delete', { id, version }),
    restore: (id) => call('measures.restore', { id }),
  },
  'framework-versions': {
    noun: 'framework version',
    table: 'framework_versions',
    remove: (id, version) => call('framework.deleteVersion', { id, version }),
    restore: (id) => call('framework.restoreVersion', { id }),
  },
  reports: {
    noun: 'report',
    table: 'reports',
    remove: (id, version) => call('reports.delete', { id, version }),
    restore: (id) => call('reports.restore', { id }),
  },
  'report-templates': {
    noun: 'report template',
    table: 'report_templates',
    remove: (id, version) => call('reportTemplates.delete', { id, version }),
    restore: (id) => call('reportTemplates.restore', { id }),
  },
};

export const listPath = (kind: RecordKind): string => `/${kind}`;
export const recordPath = (kind: RecordKind, id: string): string => `/${kind}/${id}`;
