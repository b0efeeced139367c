// Entering a draft return: a row per line (the measure, what was committed for the term, and
// the quantity delivered in the period, the evidence reference and a narrative), extra measures
// added or taken off, then Save draft or Submit. Errors from either show beside their cells.

import { useRef, useState } from 'react';
import type { ReturnDetail } from '../../../shared/social-value-return';
import { call } from '../../api-client';
import { ConflictNotice } from '../../components/ConflictNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { showNotice } from '../../components/notice';
import { useRecordForm } from '../../components/use-record-form';
import { fieldId } from '../../form-errors';
import { useApi } from '../../use-api';
import {
  entryFormToInput,
  extraLine,
  returnToEntryForm,
  type EntryLine,
} from './return-entry-form';
import { ReturnLinesTable } from './ReturnLinesTable';

interface Props {
  found: ReturnDetail;
  onReload(): void;
}

export function ReturnEntryForm({ found, onReload }: Props) {
  const intent = useRef<'save' | 'submit'>('save');
  const state = useRecordForm({
    initial: returnToEntryForm(found),
    toInput: (form) => entryFormToInput(form, found),
    save: async (input) => {
      const saved = await call('returns.update', input);
      if (intent.current === 'save') return saved;
      return call('returns.submit', { id: saved.id, version: saved.version });
    },
    onSaved: (saved) => {
      showNotice({
        path: `/returns/${saved.id}`,
        text:
          saved.status === 'draft'
            ? 'Draft saved.'
            : `Return submitted: ${saved.lineCount} lines now await verification.`,
      });
      onReload();
    },
  });
  const lines = state.form.lines;
  const setLines = (next: EntryLine[]) => state.set('lines', next);
  return (
    <form onSubmit={state.submit} noValidate aria-labelledby="entry-title">
      {state.conflict !== undefined && (
        <ConflictNotice
          noun="return"
          message={state.conflict}
          attempt={state.attempt}
          onReload={onReload}
        />
      )}
      <ErrorSummary
        errors={state.errors}
        message={state.message}
        fieldIdFor={(key) => fieldId(key.split('.'))}
        attempt={state.attempt}
      />
      <h2 id="entry-title">What the supplier delivered in {found.periodLabel}</h2>
      <p className="hint">
        Enter the quantity delivered in this period for each measure (0 if none), where the evidence
        is kept, and what was done. A draft can be saved and finished later.
      </p>
      <ReturnLinesTable lines={lines} errors={state.errors} onChange={setLines} />
      <AddMeasure
        contractId={found.contractId}
        lines={lines}
        onAdd={(line) => setLines([...lines, line])}
      />
      <div className="actions">
        <button
          type="submit"
          className="button-secondary"
          disabled={state.saving}
          onClick={() => (intent.current = 'save')}
        >
          Save draft
        </button>
        <button
          type="submit"
          className="button"
          disabled={state.saving}
          onClick={() => (intent.current = 'submit')}
        >
          {state.saving ? 'Saving…' : 'Submit return'}
        </button>
      </div>
    </form>
  );
}

/** Adds a line for a measure of the framework the contract has no line for yet. */
function AddMeasure(props: {
  contractId: string;
  lines: EntryLine[];
  onAdd(line: EntryLine): void;
}) {
  const [choices] = useApi('commitments.measureChoices', { contractId: props.contractId });
  const [chosen, setChosen] = useState('');
  if (choices.state !== 'ready') return null;
  const free = choices.value.filter((m) => !props.lines.some((line) => line.measure.id === m.id));
  if (free.length === 0) return null;
  return (
    <div className="inline-form add-measure">
      <label htmlFor="extra-measure">Add a measure with no commitment</label>
      <select id="extra-measure" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">Choose a measure</option>
        {free.map((measure) => (
          <option key={measure.id} value={measure.id}>
            {measure.code} – {measure.title} ({measure.unit})
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button-secondary"
        disabled={!chosen}
        onClick={() => {
          const measure = free.find((m) => m.id === chosen);
          if (measure) props.onAdd(extraLine(measure));
          setChosen('');
        }}
      >
        Add the measure
      </button>
    </div>
  );
}
