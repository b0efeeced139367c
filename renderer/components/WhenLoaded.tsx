// What a page shows while its data loads, or when it could not be loaded.

import type { ReactNode } from 'react';
import type { Loaded } from '../use-api';

interface Props<T> {
  loaded: Loaded<T>;
  /** "the supplier", as in "Loading the supplier…" */
  what: string;
  children(value: T): ReactNode;
}

export function WhenLoaded<T>({ loaded, what, children }: Props<T>) {
  if (loaded.state === 'loading') return <p role="status">Loading {what}…</p>;
  if (loaded.state === 'failed') {
    return (
      <div className="error-summary" role="alert">
        <h2>{what.charAt(0).toUpperCase() + what.slice(1)} could not be loaded</h2>
        <p>{loaded.message}</p>
      </div>
    );
  }
  return <>{children(loaded.value)}</>;
}

/** Two loads as one: ready when both are, failed when either is. */
export function both<A, B>(first: Loaded<A>, second: Loaded<B>): Loaded<[A, B]> {
  if (first.state === 'failed') return first;
  if (second.state === 'failed') return second;
  if (first.state === 'loading' || second.state === 'loading') return { state: 'loading' };
  return { state: 'ready', value: [first.value, second.value] };
}
