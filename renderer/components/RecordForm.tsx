// The frame of a record's create or edit form: problems at the top, the title, the fields, and
// Save and Cancel at the foot.

import type { ReactNode } from 'react';
import { fieldId } from '../form-errors';
import { ConflictNotice } from './ConflictNotice';
import { ErrorSummary } from './ErrorSummary';
import { useDocumentTitle } from './RecordHeader';
import type { RecordFormState } from './use-record-form';

interface Props<Form> {
  state: RecordFormState<Form>;
  /** "supplier", as in "Reload the supplier". */
  noun: string;
  caption?: string;
  title: string;
  submitLabel: string;
  cancelHref: string;
  /** Fetches the record afresh after a version conflict. */
  onReload?: () => void;
  children: ReactNode;
}

export function RecordForm<Form>(props: Props<Form>) {
  const { state, noun, caption, title, submitLabel, cancelHref, onReload, children } = props;
  useDocumentTitle(caption ? `${caption}: ${title}` : title);
  return (
    <form onSubmit={state.submit} noValidate aria-labelledby="page-title" className="record-form">
      {state.conflict !== undefined && onReload && (
        <ConflictNotice
          noun={noun}
          message={state.conflict}
          attempt={state.attempt}
          onReload={onReload}
        />
      )}
      <ErrorSummary
        errors={state.errors}
        message={state.message ?? (onReload ? undefined : state.conflict)}
        fieldIdFor={(key) => fieldId(key.split('.'))}
        attempt={state.attempt}
      />
      {caption && <p className="caption">{caption}</p>}
      <h1 id="page-title">{title}</h1>
      {children}
      <div className="actions">
        <button type="submit" className="button" disabled={state.saving}>
          {state.saving ? 'Saving…' : submitLabel}
        </button>
        <a href={cancelHref}>Cancel</a>
      </div>
    </form>
  );
}
