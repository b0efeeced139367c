// The suppliers: searchable, filterable by local, SME, VCSE and Real Living Wage, sortable.

import { supplierListQuerySchema, type SupplierListParams } from '../../../shared/list-query';
import type { Supplier, SupplierSize } from '../../../shared/supplier';
import { isSme } from '../../../shared/supplier-rules';
import { call } from '../../api-client';
import {
  countColumn,
  flagColumn,
  labelColumn,
  moneyColumn,
  textColumn,
} from '../../components/list-cells';
import { RecordList, type ListDefinition } from '../../components/RecordList';
import { href } from '../../router';
import type { PageProps } from '../../routes';

const sizeLabels: Record<SupplierSize, string> = {
  micro: 'Micro',
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
};

const suppliers: ListDefinition<SupplierListParams, Supplier> = {
  path: '/suppliers',
  title: 'Suppliers',
  noun: { one: 'supplier', many: 'suppliers' },
  valueNote: 'in contracts',
  newLabel: 'New supplier',
  schema: supplierListQuerySchema,
  filters: [
    { kind: 'flag', key: 'local', label: 'Local', yes: 'Local', no: 'Not local' },
    {
      kind: 'flag',
      key: 'sme',
      label: 'SME',
      yes: 'SME',
      no: 'Not an SME',
      unknown: 'Size not known',
    },
    { kind: 'flag', key: 'vcse', label: 'VCSE', yes: 'VCSE', no: 'Not a VCSE' },
    {
      kind: 'flag',
      key: 'realLivingWage',
      label: 'Real Living Wage',
      yes: 'Accredited',
      no: 'Not accredited',
    },
  ],
  columns: [
    textColumn(
      { label: 'Name', sortKey: 'name', width: 'minmax(12em, 3fr)', link: true },
      (s) => s.name,
    ),
    textColumn({ label: 'Postcode', sortKey: 'postcode', width: '7.5em' }, (s) => s.postcode),
    labelColumn({ label: 'Size', sortKey: 'size', width: '6em' }, sizeLabels, (s) => s.size),
    flagColumn({ label: 'Local', width: '4.5em' }, (s) => s.local),
    // A supplier of unknown size is neither an SME nor not one.
    flagColumn({ label: 'SME', width: '4.5em' }, (s) => isSme(s.size)),
    flagColumn({ label: 'VCSE', width: '4.5em' }, (s) => s.vcse),
    flagColumn(
      { label: 'Real Living Wage', shortLabel: 'RLW', width: '4.5em' },
      (s) => s.realLivingWage,
    ),
    countColumn(
      { label: 'Contracts', sortKey: 'contractCount', width: '7.5em' },
      (s) => s.contractCount,
    ),
    moneyColumn(
      { label: 'Contract value', sortKey: 'contractValuePence', width: '10em' },
      (s) => s.contractValuePence,
    ),
  ],
  fetchRows: (query, offset, limit, totals) =>
    call('suppliers.list', { ...query, offset, limit, totals }),
  exportRows: (query) => call('suppliers.export', query),
};

export function SupplierListPage({ query }: PageProps) {
  return (
    <RecordList
      definition={suppliers}
      params={query}
      actions={<a href={href('/suppliers/duplicates')}>Likely duplicates</a>}
    />
  );
}
