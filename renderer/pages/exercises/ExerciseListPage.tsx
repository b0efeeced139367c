// The pipeline: every procurement exercise, filterable by status, directorate, category, start
// date and whether social value is in scope, with its estimated value.

import { useMemo } from 'react';
import {
  exerciseStatuses,
  exerciseStatusLabels,
  procurementCategoryLabels,
  type Exercise,
  type Scope,
} from '../../../shared/exercise';
import { exerciseListQuerySchema, type ExerciseListParams } from '../../../shared/list-query';
import { call } from '../../api-client';
import { dateColumn, labelColumn, moneyColumn, textColumn } from '../../components/list-cells';
import { categoryOptions, optionsOf, scopeOptions } from '../../components/list-filter-options';
import type { FilterOption } from '../../components/ListFilters';
import { RecordList, type ListDefinition } from '../../components/RecordList';
import { useDirectorateOptions } from '../../components/use-directorate-options';
import type { PageProps } from '../../routes';

function ScopeTags({ scope }: { scope: Scope }) {
  if (!scope.act && !scope.local) return <span className="list-no">Not in scope</span>;
  return (
    <>
      {scope.act && <span className="list-tag">Act</span>}
      {scope.local && <span className="list-tag">Local policy</span>}
    </>
  );
}

function exercises(directorates: FilterOption[]): ListDefinition<ExerciseListParams, Exercise> {
  return {
    path: '/exercises',
    title: 'Pipeline',
    noun: { one: 'procurement exercise', many: 'procurement exercises' },
    valueNote: 'estimated',
    newLabel: 'New procurement exercise',
    schema: exerciseListQuerySchema,
    filters: [
      {
        kind: 'choices',
        key: 'status',
        label: 'Status',
        options: optionsOf(exerciseStatuses, exerciseStatusLabels),
      },
      { kind: 'choice', key: 'directorate', label: 'Directorate', options: directorates },
      { kind: 'choice', key: 'category', label: 'Category', options: categoryOptions },
      { kind: 'dates', label: 'Starting' },
      { kind: 'choice', key: 'scope', label: 'In scope of', options: scopeOptions },
    ],
    columns: [
      textColumn(
        { label: 'Reference', sortKey: 'reference', width: '9em', link: true },
        (e) => e.reference,
      ),
      textColumn({ label: 'Title', sortKey: 'title', width: 'minmax(10em, 3fr)' }, (e) => e.title),
      textColumn(
        { label: 'Directorate', sortKey: 'directorate', width: 'minmax(7em, 1.5fr)' },
        (e) => e.directorate,
      ),
      labelColumn(
        { label: 'Category', sortKey: 'category', width: '6.5em' },
        procurementCategoryLabels,
        (e) => e.category,
      ),
      moneyColumn(
        { label: 'Estimated value', sortKey: 'estimatedValuePence', width: '9.5em' },
        (e) => e.estimatedValuePence,
      ),
      dateColumn({ label: 'Start', sortKey: 'startDate', width: '7.5em' }, (e) => e.startDate),
      labelColumn(
        { label: 'Status', sortKey: 'status', width: '7em' },
        exerciseStatusLabels,
        (e) => e.status,
      ),
      {
        label: 'In scope',
        width: '11.5em',
        cell: (e) => <ScopeTags scope={e.scope} />,
        text: (e) => e.scope.reasons.join(' '),
      },
    ],
    fetchRows: (query, offset, limit, totals) =>
      call('exercises.list', { ...query, offset, limit, totals }),
    exportRows: (query) => call('exercises.export', query),
  };
}

export function ExerciseListPage({ query }: PageProps) {
  const directorates = useDirectorateOptions();
  const definition = useMemo(() => exercises(directorates), [directorates]);
  return <RecordList definition={definition} params={query} />;
}
