// The contract register: every contract, filterable by status, directorate, category, the dates
// it runs between, scope and the kind of supplier, with its whole-life value.

import { useMemo } from 'react';
import { contractStatuses, contractStatusLabels, type Contract } from '../../../shared/contract';
import { procurementCategoryLabels } from '../../../shared/exercise';
import { contractListQuerySchema, type ContractListParams } from '../../../shared/list-query';
import { call } from '../../api-client';
import { dateColumn, labelColumn, moneyColumn, textColumn } from '../../components/list-cells';
import { categoryOptions, optionsOf, scopeOptions } from '../../components/list-filter-options';
import type { FilterOption } from '../../components/ListFilters';
import { RecordList, type ListDefinition } from '../../components/RecordList';
import { useDirectorateOptions } from '../../components/use-directorate-options';
import { currentParams, withValue } from '../../list-url-state';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { RegisterExport } from './RegisterExport';

function contracts(directorates: FilterOption[]): ListDefinition<ContractListParams, Contract> {
  return {
    path: '/contracts',
    title: 'Contracts',
    noun: { one: 'contract', many: 'contracts' },
    newLabel: 'New contract',
    schema: contractListQuerySchema,
    filters: [
      {
        kind: 'choices',
        key: 'status',
        label: 'Status',
        options: optionsOf(contractStatuses, contractStatusLabels),
      },
      { kind: 'choice', key: 'directorate', label: 'Directorate', options: directorates },
      { kind: 'choice', key: 'category', label: 'Category', options: categoryOptions },
      { kind: 'dates', label: 'Running between' },
      { kind: 'choice', key: 'scope', label: 'In scope of', options: scopeOptions },
      { kind: 'flag', key: 'local', label: 'Local supplier', yes: 'Local', no: 'Not local' },
      {
        kind: 'flag',
        key: 'sme',
        label: 'SME supplier',
        yes: 'SME',
        no: 'Not an SME',
        unknown: 'Size not known',
      },
      { kind: 'flag', key: 'vcse', label: 'VCSE supplier', yes: 'VCSE', no: 'Not a VCSE' },
    ],
    moreUrlFields: { supplierId: 'text' },
    columns: [
      textColumn(
        { label: 'Reference', sortKey: 'reference', width: '9em', link: true },
        (c) => c.reference,
      ),
      textColumn({ label: 'Title', sortKey: 'title', width: 'minmax(8em, 2.5fr)' }, (c) => c.title),
      textColumn(
        { label: 'Supplier', sortKey: 'supplierName', width: 'minmax(8em, 2fr)' },
        (c) => c.supplierName,
      ),
      textColumn(
        { label: 'Directorate', sortKey: 'directorate', width: 'minmax(7em, 1.5fr)' },
        (c) => c.directorate,
      ),
      labelColumn(
        { label: 'Category', sortKey: 'category', width: '6.5em' },
        procurementCategoryLabels,
        (c) => c.category,
      ),
      moneyColumn({ label: 'Value', sortKey: 'valuePence', width: '8.5em' }, (c) => c.valuePence),
      dateColumn({ label: 'Start', sortKey: 'startDate', width: '7.5em' }, (c) => c.startDate),
      dateColumn({ label: 'End', sortKey: 'endDate', width: '7.5em' }, (c) => c.endDate),
      labelColumn(
        { label: 'Status', sortKey: 'status', width: '8em' },
        contractStatusLabels,
        (c) => c.status,
      ),
    ],
    fetchRows: (query, offset, limit, totals) =>
      call('contracts.list', { ...query, offset, limit, totals }),
    exportRows: (query) => call('contracts.export', query),
    notice: (query, first) =>
      query.supplierId && (
        <p className="list-notice">
          Only the contracts of {first?.supplierName ?? 'one supplier'}.{' '}
          <a href={href('/contracts', withValue(currentParams(), 'supplierId', undefined))}>
            Show every supplier’s contracts
          </a>
        </p>
      ),
  };
}

export function ContractListPage({ query }: PageProps) {
  const directorates = useDirectorateOptions();
  const definition = useMemo(() => contracts(directorates), [directorates]);
  return <RecordList definition={definition} params={query} actions={<RegisterExport />} />;
}
