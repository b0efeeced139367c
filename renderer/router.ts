// Hash routing (#/profile): works from file:// in Electron and over HTTP alike.

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentPath = () => window.location.hash.replace(/^#/, '') || '/';

/** The route path: "/" or "/profile". */
export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export const href = (path: string) => `#${path}`;
