// The directorates used on any record, as the options of a list's directorate filter.

import { useMemo } from 'react';
import { useApi } from '../use-api';
import type { FilterOption } from './ListFilters';

export function useDirectorateOptions(): FilterOption[] {
  const [directorates] = useApi('records.directorates', {});
  return useMemo(
    () =>
      directorates.state === 'ready'
        ? directorates.value.map((name) => ({ value: name, label: name }))
        : [],
    [directorates],
  );
}
