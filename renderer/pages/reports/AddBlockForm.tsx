// Inserts a data block at a place in a section: its kind, where it goes among the section's
// text, and the options its kind has. Its data is taken as it is added.

import { useEffect, useState, type FormEvent } from 'react';
import {
  chartDisplays,
  dataBlockKinds,
  dataBlockLabels,
  type DataBlockKind,
  type DataBlockOptions,
  type Report,
} from '../../../shared/report';
import { parseReportText, blockOutline } from '../../../shared/report-text';
import { call } from '../../api-client';
import { SelectField, TextField } from '../../components/FormFields';
import { formIssues } from '../../components/use-record-form';
import { fieldId, toFormErrors } from '../../form-errors';
import { useApi } from '../../use-api';
import { useReportChange } from './use-report-change';

interface Props {
  section: Report['sections'][number];
  onAdded(report: Report): void;
  onCancel(): void;
}

const displayLabels = { table: 'Table only', chart: 'Bar chart only', both: 'Table and bar chart' };
const countKinds: Partial<Record<DataBlockKind, { field: 'topN' | 'limit'; label: string }>> = {
  'top-contracts': { field: 'topN', label: 'How many contracts (1 to 10)' },
  'exercises-contracts': { field: 'limit', label: 'Rows in each table, at most' },
  'missing-returns': { field: 'limit', label: 'Rows, at most (up to 20)' },
  'case-studies': { field: 'limit', label: 'Case studies, at most' },
};

/** "End of the section", then each place between the section's text blocks. */
function placeChoices(body: string): { value: string; label: string }[] {
  const outline = blockOutline(parseReportText(body));
  const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
  return [
    { value: String(outline.length), label: 'At the end of the section' },
    { value: '0', label: 'At the start of the section' },
    ...outline
      .slice(0, -1)
      .map((line, index) => ({ value: String(index + 1), label: `After “${clip(line)}”` })),
  ];
}

export function AddBlockForm({ section, onAdded, onCancel }: Props) {
  const [kind, setKind] = useState<DataBlockKind>('headline-figures');
  const places = placeChoices(section.body);
  const [after, setAfter] = useState(places[0]?.value ?? '0');
  const [count, setCount] = useState('');
  const [display, setDisplay] = useState('both');
  const [planId, setPlanId] = useState('');
  const [plans] = useApi('actionPlans.list', {});
  const change = useReportChange(onAdded);
  useEffect(() => document.getElementById(fieldId(['kind']))?.focus(), []);
  const errors = toFormErrors(
    formIssues(change.issues).map((i) => ({ ...i, path: i.path.filter((p) => p !== 'options') })),
  );
  const counted = countKinds[kind];

  function options(): DataBlockOptions {
    const chosen: DataBlockOptions = {};
    if (counted && count.trim() !== '') chosen[counted.field] = Number(count);
    if (kind === 'committed-delivered') chosen.display = display as DataBlockOptions['display'];
    if (kind === 'action-plan' && planId) chosen.planId = planId;
    return chosen;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await change.run(() =>
      call('reportBlocks.create', {
        sectionId: section.id,
        kind,
        after: Number(after),
        options: options(),
      }),
    );
  }

  return (
    <form className="report-block-form" onSubmit={submit} noValidate>
      <fieldset className="fieldset">
        <legend>Add a data block to “{section.heading}”</legend>
        <SelectField
          name="kind"
          label="What the block shows"
          errors={errors}
          value={kind}
          onChange={(v) => setKind(v as DataBlockKind)}
          options={dataBlockKinds}
          labels={dataBlockLabels}
        />
        <SelectField
          name="after"
          label="Where it goes"
          errors={errors}
          value={after}
          onChange={setAfter}
          options={places.map((p) => p.value)}
          labels={Object.fromEntries(places.map((p) => [p.value, p.label]))}
        />
        {counted && (
          <TextField
            name={counted.field}
            label={counted.label}
            hint="Leave blank for the usual number."
            errors={errors}
            value={count}
            onChange={setCount}
            inputMode="numeric"
            className="input-short"
          />
        )}
        {kind === 'committed-delivered' && (
          <SelectField
            name="display"
            label="Table or chart"
            errors={errors}
            value={display}
            onChange={setDisplay}
            options={chartDisplays}
            labels={displayLabels}
          />
        )}
        {kind === 'action-plan' && plans.state === 'ready' && (
          <SelectField
            name="planId"
            label="Action plan"
            errors={errors}
            value={planId}
            onChange={setPlanId}
            blank="The first action plan"
            options={plans.value.map((p) => p.id)}
            labels={Object.fromEntries(plans.value.map((p) => [p.id, p.name]))}
          />
        )}
        {change.problem && (
          <p className="error-message" role="alert">
            {change.problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={change.busy}>
            {change.busy ? 'Adding…' : 'Add data block'}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
