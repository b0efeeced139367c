// A Remove button that asks first, in place: "Remove the section Purpose? Yes, remove / Cancel".

import { useEffect, useRef, useState } from 'react';

interface Props {
  /** "the section Purpose of report", as in "Remove the section ...?" */
  what: string;
  busy: boolean;
  onConfirm(): void;
}

export function ConfirmRemove({ what, busy, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="button-small button-warning" onClick={() => setAsking(true)}>
        Remove<span className="visually-hidden"> {what}</span>
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={`Remove ${what}?`}>
      <span>Remove {what}?</span>
      <button
        type="button"
        ref={yes}
        className="button-small button-warning"
        disabled={busy}
        onClick={onConfirm}
      >
        Yes, remove
      </button>
      <button
        type="button"
        className="button-small button-secondary"
        onClick={() => setAsking(false)}
      >
        Cancel
      </button>
    </span>
  );
}
