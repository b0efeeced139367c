// The foot of a report builder form: what went wrong with the last save, the submit button
// (saying what it is doing while the change runs) and Cancel.

import { ChangeProblem } from './ChangeProblem';
import type { ReportChange } from './use-report-change';

interface Props {
  change: Pick<ReportChange<unknown>, 'busy' | 'problem'>;
  /** "Create template", "Save section"... */
  submitLabel: string;
  /** "Creating…", "Saving…"...: shown while the change runs. */
  busyLabel: string;
  onCancel(): void;
}

export function ChangeFormActions({ change, submitLabel, busyLabel, onCancel }: Props) {
  return (
    <>
      <ChangeProblem problem={change.problem} />
      <div className="button-row">
        <button type="submit" className="button" disabled={change.busy}>
          {change.busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
