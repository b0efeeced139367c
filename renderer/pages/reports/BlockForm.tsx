// A data block's form: inserting one at a place in a section (its kind, where it goes, the
// options its kind has), or changing a placed one (its section, place and options). Its data
// is taken as it is saved.

import { useEffect, useState, type FormEvent } from 'react';
import {
  chartDisplays,
  dataBlockKinds,
  dataBlockLabels,
  type DataBlock,
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
import { ChangeFormActions } from './ChangeFormActions';
import { selectChoices } from './select-choices';
import { useReportChange } from './use-report-change';

type Section = Report['sections'][number];

interface Props {
  /** The section the block goes into (adding) or sits in (changing). */
  section: Section;
  /** The block being changed; left out when adding one. */
  block?: DataBlock;
  /** The report's sections, offered as places to move a changed block to. */
  sections?: readonly Section[];
  onDone(report: Report): void;
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

/** The place a block's `after` names, as one of the choices (beyond the text is the end). */
function placeOf(body: string, after: number): string {
  return String(Math.min(after, blockOutline(parseReportText(body)).length));
}

export function BlockForm({ section, block, sections = [], onDone, onCancel }: Props) {
  const [kind, setKind] = useState<DataBlockKind>(block?.kind ?? 'headline-figures');
  const [sectionId, setSectionId] = useState(section.id);
  const body = sections.find((s) => s.id === sectionId)?.body ?? section.body;
  const places = placeChoices(body);
  const [after, setAfter] = useState(
    block ? placeOf(section.body, block.after) : (places[0]?.value ?? '0'),
  );
  const [count, setCount] = useState(String(block?.options.topN ?? block?.options.limit ?? ''));
  const [display, setDisplay] = useState<string>(block?.options.display ?? 'both');
  const [planId, setPlanId] = useState(block?.options.planId ?? '');
  const [plans] = useApi('actionPlans.list', {});
  const change = useReportChange(onDone);
  useEffect(
    () => document.getElementById(fieldId([block ? 'sectionId' : 'kind']))?.focus(),
    [block],
  );
  const errors = toFormErrors(
    formIssues(change.issues).map((i) => ({ ...i, path: i.path.filter((p) => p !== 'options') })),
  );
  const counted = countKinds[kind];
  const label = dataBlockLabels[kind];
  const actionLabels = block
    ? { submitLabel: 'Save and take the data again', busyLabel: 'Saving…' }
    : { submitLabel: 'Add data block', busyLabel: 'Adding…' };

  function options(): DataBlockOptions {
    const chosen: DataBlockOptions = {};
    if (counted && count.trim() !== '') chosen[counted.field] = Number(count);
    if (kind === 'committed-delivered') chosen.display = display as DataBlockOptions['display'];
    if (kind === 'action-plan' && planId) chosen.planId = planId;
    return chosen;
  }

  function moveToSection(id: string) {
    setSectionId(id);
    const moved = sections.find((s) => s.id === id);
    setAfter(placeChoices(moved?.body ?? '')[0]?.value ?? '0');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const place = { after: Number(after), options: options() };
    await change.run(() =>
      block
        ? call('reportBlocks.update', { id: block.id, version: block.version, sectionId, ...place })
        : call('reportBlocks.create', { sectionId: section.id, kind, ...place }),
    );
  }

  return (
    <form className="report-block-form" onSubmit={submit} noValidate>
      <fieldset className="fieldset">
        <legend>
          {block ? `Change the data block “${label}”` : `Add a data block to “${section.heading}”`}
        </legend>
        {block ? (
          <SelectField
            name="sectionId"
            label="Section"
            errors={errors}
            value={sectionId}
            onChange={moveToSection}
            {...selectChoices(
              sections,
              (s) => s.id,
              (s) => s.heading,
            )}
          />
        ) : (
          <SelectField
            name="kind"
            label="What the block shows"
            errors={errors}
            value={kind}
            onChange={(v) => setKind(v as DataBlockKind)}
            options={dataBlockKinds}
            labels={dataBlockLabels}
          />
        )}
        <SelectField
          name="after"
          label="Where it goes"
          errors={errors}
          value={after}
          onChange={setAfter}
          {...selectChoices(
            places,
            (p) => p.value,
            (p) => p.label,
          )}
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
            {...selectChoices(
              plans.value,
              (p) => p.id,
              (p) => p.name,
            )}
          />
        )}
        {block && <p className="hint">Saving takes this block’s data again, as it stands now.</p>}
        <ChangeFormActions change={change} {...actionLabels} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
