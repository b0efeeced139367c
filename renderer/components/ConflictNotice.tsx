// Shown when the backend refuses a save because the record moved on (the 'conflict' code):
// someone else changed it since the form loaded it, and its message names who. Other refusals
// ('refused') are not fixed by reloading, so forms show them in their error summary instead.

import { useEffect, useRef } from 'react';

interface Props {
  noun: string;
  /** The backend's reason, e.g. "This supplier was changed by Sam since you opened it…" */
  message: string;
  attempt: number;
  onReload(): void;
}

export function ConflictNotice({ noun, message, attempt, onReload }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [attempt]);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="conflict-title"
    >
      <h2 id="conflict-title">Your changes have not been saved</h2>
      <p>{message}</p>
      <p>Reloading shows the {noun} as it is now; you then make your changes again.</p>
      <button type="button" className="button" onClick={onReload}>
        Reload the {noun}
      </button>
    </div>
  );
}
