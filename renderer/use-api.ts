// Loads one API result for a page: the one place a page fetches its data.

import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../shared/api-contract';
import { call } from './api-client';

export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

export function useApi<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): [Loaded<ApiOutput<M>>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<ApiOutput<M>>>({ state: 'loading' });
  const key = JSON.stringify(input);
  const load = useCallback(() => {
    let current = true;
    call(method, JSON.parse(key) as ApiInput<M>).then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: Error) => current && setLoaded({ state: 'failed', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [method, key]);
  useEffect(load, [load]);
  return [loaded, load];
}
