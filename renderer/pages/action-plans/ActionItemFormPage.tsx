// Adding an item to an action plan (/action-plans/:planId/items/new) or changing one
// (/action-plans/:planId/items/:id/edit).

import {
  actionItemStatuses,
  actionItemStatusLabels,
  type ActionItem,
  type ActionPlan,
} from '../../../shared/action-plan';
import { call } from '../../api-client';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { RecordForm } from '../../components/RecordForm';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { WhenLoaded } from '../../components/WhenLoaded';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { itemFields as labels } from './action-plan-fields';
import { emptyItemForm, itemFormToInput, itemToForm } from './action-plan-forms';
import { findItem } from './find-in-plan';

export function ActionItemFormPage({ params }: PageProps) {
  const [loaded, reload] = useApi('actionPlans.get', { id: params.planId ?? '' });
  return (
    <WhenLoaded loaded={findItem(loaded, params.id)} what="the action plan item">
      {({ plan, item }) => (
        <ItemEditor key={item?.version ?? 0} plan={plan} item={item} onReload={reload} />
      )}
    </WhenLoaded>
  );
}

interface EditorProps {
  plan: ActionPlan;
  item: ActionItem | undefined;
  onReload(): void;
}

function ItemEditor({ plan, item, onReload }: EditorProps) {
  const state = useRecordForm({
    initial: item ? itemToForm(item) : emptyItemForm,
    toInput: itemFormToInput,
    save: (fields) =>
      item
        ? call('actionItems.update', { id: item.id, version: item.version, fields })
        : call('actionItems.create', { planId: plan.id, fields }),
    onSaved: (saved) =>
      navigate(item ? `/action-plans/${plan.id}/items/${saved.id}` : `/action-plans/${plan.id}`),
  });
  const { form, set, errors } = state;
  const text = (name: 'reference' | 'owner' | 'timescale' | 'dueDate') =>
    textFieldProps(state, labels, name);
  return (
    <RecordForm
      state={state}
      noun="item"
      caption={plan.name}
      title={item ? `Edit item ${item.reference ?? ''}`.trim() : 'Add an item'}
      submitLabel={item ? 'Save changes' : 'Add item'}
      cancelHref={href(
        item ? `/action-plans/${plan.id}/items/${item.id}` : `/action-plans/${plan.id}`,
      )}
      onReload={onReload}
    >
      <TextField
        {...text('reference')}
        hint="Optional, for example R1 or 3.2"
        className="input-short"
      />
      <TextAreaField
        name="task"
        label={labels.task.label}
        errors={errors}
        value={form.task}
        onChange={(value) => set('task', value)}
      />
      <TextField {...text('owner')} hint="Who is responsible" className="input-wide" />
      <div className="field-row">
        <TextField
          {...text('timescale')}
          hint="As the plan says it, for example July/August and ongoing"
          className="input-wide"
        />
        <DateField {...text('dueDate')} hint="Optional; after it the item shows as overdue" />
      </div>
      <SelectField
        name="status"
        label={labels.status.label}
        errors={errors}
        value={form.status}
        onChange={(value) => set('status', value)}
        options={actionItemStatuses}
        labels={actionItemStatusLabels}
      />
    </RecordForm>
  );
}
