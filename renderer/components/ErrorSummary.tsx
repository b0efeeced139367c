// The error summary at the top of a form: a focused alert linking to each field in error.

import { useEffect, useRef } from 'react';
import type { FormErrors } from '../form-errors';

interface Props {
  errors: FormErrors;
  /** A message not tied to one field (a conflict, a failed save). */
  message?: string | undefined;
  /** Which field key each error's link should focus. */
  fieldIdFor: (key: string) => string;
  /** Changes on every submit, so the summary takes focus again. */
  attempt: number;
}

/** Orders field ids as their elements stand on the page, so the summary reads like the form. */
function byPagePosition(a: string, b: string): number {
  const first = document.getElementById(a);
  const second = document.getElementById(b);
  if (!first || !second || first === second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function ErrorSummary({ errors, message, fieldIdFor, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.size > 0 || message !== undefined;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, attempt]);
  if (!visible) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">There is a problem</h2>
      {message !== undefined && <p>{message}</p>}
      <ul>
        {[...errors]
          .sort(([a], [b]) => byPagePosition(fieldIdFor(a), fieldIdFor(b)))
          .map(([key, text]) => (
            <li key={key}>
              <a
                href={`#${fieldIdFor(key)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldIdFor(key))?.focus();
                }}
              >
                {text}
              </a>
            </li>
          ))}
      </ul>
    </div>
  );
}
