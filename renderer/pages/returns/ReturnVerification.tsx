// Checking a submitted return line by line: what was delivered and its value at the line's
// proxy, the evidence and narrative, where each line stands, and the verifier's decision (verify,
// query or reject, with a note for the supplier) under the verifier's name.

import type { ReturnDetail, ReturnLine } from '../../../shared/social-value-return';
import { lineDecisionLabels, lineDecisions } from '../../../shared/social-value-return';
import { formatPounds } from '../../../shared/money';
import { valuePence } from '../../../shared/social-value-calc';
import { call } from '../../api-client';
import { ConflictNotice } from '../../components/ConflictNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormFields';
import { InlineError } from '../../components/InlineError';
import { showNotice } from '../../components/notice';
import { useRecordForm } from '../../components/use-record-form';
import { errorAt, fieldId, type FormErrors } from '../../form-errors';
import { formatDate } from '../../format-date';
import { returnStatusLabels } from '../../../shared/social-value';
import { withUnit } from '../social-value/figures';
import { LineNote } from './LineNote';
import { verifyFormFor, verifyFormToInput, type LineChoice } from './return-verification';

interface Props {
  found: ReturnDetail;
  officer: string;
  onReload(): void;
}

const choiceLabels = { '': 'No change', verified: 'Verify', queried: 'Query', rejected: 'Reject' };

export function ReturnVerification({ found, officer, onReload }: Props) {
  const state = useRecordForm({
    initial: verifyFormFor(found, officer),
    toInput: (form) => verifyFormToInput(form, found),
    save: (input) => call('returns.verify', input),
    onSaved: (saved) => {
      showNotice({
        path: `/returns/${saved.id}`,
        text: `Decisions saved. The return is now ${returnStatusLabels[saved.status].toLowerCase()}.`,
      });
      onReload();
    },
  });
  const { form, errors } = state;
  const setChoice = (index: number, change: Partial<LineChoice>) =>
    state.set(
      'choices',
      form.choices.map((choice, i) => (i === index ? { ...choice, ...change } : choice)),
    );
  return (
    <form onSubmit={state.submit} noValidate aria-labelledby="verify-title">
      {state.conflict !== undefined && (
        <ConflictNotice
          noun="return"
          message={state.conflict}
          attempt={state.attempt}
          onReload={onReload}
        />
      )}
      <ErrorSummary
        errors={errors}
        message={state.message}
        fieldIdFor={(key) => fieldId(key.split('.'))}
        attempt={state.attempt}
      />
      <h2 id="verify-title">Verification</h2>
      <p className="hint">
        Check each line against its evidence. Only verified lines count as validated delivery. Query
        a line to ask the supplier a question; reject it if it cannot count. Say why in the note.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            state.set(
              'choices',
              form.choices.map((choice, i) =>
                found.lines[i]?.verification === 'verified'
                  ? choice
                  : { ...choice, decision: 'verified' },
              ),
            )
          }
        >
          Verify every line not yet verified
        </button>
      </div>
      <InlineError id={fieldId(['lines'])} message={errors.get('lines')} />
      <table className="edit-table verify-lines">
        <caption className="visually-hidden">
          The lines of the return and the decision on each
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="numeric">
              Delivered
            </th>
            <th scope="col">Evidence and narrative</th>
            <th scope="col">Now</th>
            <th scope="col">Decision</th>
            <th scope="col">Note for the supplier</th>
          </tr>
        </thead>
        <tbody>
          {found.lines.map((line, index) => (
            <VerifyRow
              key={line.id}
              line={line}
              index={index}
              choice={form.choices[index] as LineChoice}
              errors={errors}
              onChange={(change) => setChoice(index, change)}
            />
          ))}
        </tbody>
      </table>
      <TextField
        name="verifier"
        label="Checked by"
        hint="The officer who checked the evidence; recorded with today's date"
        className="input-medium"
        errors={errors}
        value={form.verifier}
        onChange={(value) => state.set('verifier', value)}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={state.saving}>
          {state.saving ? 'Saving…' : 'Save the decisions'}
        </button>
      </div>
    </form>
  );
}

interface RowProps {
  line: ReturnLine;
  index: number;
  choice: LineChoice;
  errors: FormErrors;
  onChange(change: Partial<LineChoice>): void;
}

function VerifyRow({ line, index, choice, errors, onChange }: RowProps) {
  const { measure } = line;
  const noteId = fieldId(['lines', index, 'note']);
  const noteError = errorAt(errors, ['lines', index, 'note']);
  return (
    <tr>
      <th scope="row">
        <span className="measure-code">{measure.code}</span> {measure.title}
        {line.committedQuantity !== null && measure.kind !== 'record-only' && (
          <>
            <br />
            <span className="meta">
              Committed {withUnit(line.committedQuantity, measure.unit)} for the term
            </span>
          </>
        )}
      </th>
      <td className="numeric">
        {measure.kind === 'record-only' ? (
          <span className="meta">Narrative</span>
        ) : (
          <>
            {withUnit(line.quantity, measure.unit)}
            <br />
            <span className="meta">{formatPounds(valuePence(line.quantity, line.proxyPence))}</span>
          </>
        )}
      </td>
      <td>
        {line.evidenceReference ? (
          `Evidence: ${line.evidenceReference}`
        ) : (
          <span className="meta">No evidence reference</span>
        )}
        {line.narrative && <p className="line-narrative">{line.narrative}</p>}
      </td>
      <td>
        <span className={`tag line-${line.verification}`}>
          {lineDecisionLabels[line.verification]}
        </span>
        {line.verifiedBy && line.verifiedAt && (
          <>
            <br />
            <span className="meta">
              {line.verifiedBy}, {formatDate(line.verifiedAt)}
            </span>
          </>
        )}
        <LineNote note={line.verificationNote} />
      </td>
      <td>
        <fieldset className="decision">
          <legend className="visually-hidden">Decision on {measure.code}</legend>
          {(['', ...lineDecisions] as const).map((decision) => {
            const id = `${fieldId(['lines', index, 'decision'])}-${decision || 'none'}`;
            return (
              <div className="decision-option" key={decision || 'none'}>
                <input
                  type="radio"
                  id={id}
                  name={`decision-${line.id}`}
                  checked={choice.decision === decision}
                  onChange={() => onChange({ decision })}
                />
                <label htmlFor={id}>{choiceLabels[decision]}</label>
              </div>
            );
          })}
        </fieldset>
      </td>
      <td className={noteError ? 'cell-error' : undefined}>
        <InlineError id={`${noteId}-error`} message={noteError} />
        <textarea
          id={noteId}
          rows={2}
          aria-label={`Note on ${measure.code}`}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${noteId}-error` : undefined}
          value={choice.note}
          onChange={(e) => onChange({ note: e.target.value })}
        />
      </td>
    </tr>
  );
}
