// Option lists the record lists' filters share.

import { procurementCategories, procurementCategoryLabels } from '../../shared/exercise';
import type { ScopeFilter } from '../../shared/list-query';
import type { FilterOption } from './ListFilters';

export function optionsOf<Value extends string>(
  values: readonly Value[],
  labels: Readonly<Record<Value, string>>,
): FilterOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const categoryOptions = optionsOf(procurementCategories, procurementCategoryLabels);

const scopeLabels: Record<ScopeFilter, string> = {
  act: 'Social Value Act',
  local: 'Local policy',
  either: 'Act or local policy',
  neither: 'Neither',
};
export const scopeOptions = optionsOf(['act', 'local', 'either', 'neither'] as const, scopeLabels);
