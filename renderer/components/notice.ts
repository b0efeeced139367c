// A message for the page the officer is sent to next ("Supplier X deleted. Undo"), kept
// outside any page so it survives the navigation, and dropped once they move on.

import { useSyncExternalStore } from 'react';

export interface Notice {
  /** The page it belongs on, e.g. "/suppliers". */
  path: string;
  text: string;
  undo?: {
    /** Said to screen readers after "Undo", e.g. "deleting supplier Acme Ltd". */
    what: string;
    run(): Promise<void>;
  };
}

let current: Notice | null = null;
const listeners = new Set<() => void>();

function publish(notice: Notice | null): void {
  current = notice;
  for (const listener of listeners) listener();
}

export const showNotice = (notice: Notice): void => publish(notice);
export const clearNotice = (): void => publish(null);

export function useNotice(): Notice | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
}
