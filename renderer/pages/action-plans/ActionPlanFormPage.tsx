// Adding an action plan (/action-plans/new) or changing its name, source and description
// (/action-plans/:id/edit).

import type { ActionPlan } from '../../../shared/action-plan';
import { call } from '../../api-client';
import { TextAreaField, TextField } from '../../components/FormFields';
import { RecordForm } from '../../components/RecordForm';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { WhenLoaded } from '../../components/WhenLoaded';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { planFields as labels } from './action-plan-fields';
import { emptyPlanForm, planFormToInput, planToForm } from './action-plan-forms';

export function ActionPlanFormPage({ params }: PageProps) {
  return params.id ? <EditPlan id={params.id} /> : <PlanEditor />;
}

function EditPlan({ id }: { id: string }) {
  const [loaded, reload] = useApi('actionPlans.get', { id });
  return (
    <WhenLoaded loaded={loaded} what="the action plan">
      {(plan) => <PlanEditor key={plan.version} plan={plan} onReload={reload} />}
    </WhenLoaded>
  );
}

function PlanEditor({ plan, onReload }: { plan?: ActionPlan; onReload?: () => void }) {
  const state = useRecordForm({
    initial: plan ? planToForm(plan) : emptyPlanForm,
    toInput: planFormToInput,
    save: (fields) =>
      plan
        ? call('actionPlans.update', { id: plan.id, version: plan.version, fields })
        : call('actionPlans.create', fields),
    onSaved: (saved) => navigate(`/action-plans/${saved.id}`),
  });
  const { form, set, errors } = state;
  return (
    <RecordForm
      state={state}
      noun="action plan"
      caption={plan ? 'Edit action plan' : undefined}
      title={plan ? plan.name : 'New action plan'}
      submitLabel={plan ? 'Save changes' : 'Add action plan'}
      cancelHref={href(plan ? `/action-plans/${plan.id}` : '/action-plans')}
      onReload={onReload}
    >
      <TextField {...textFieldProps(state, labels, 'name')} className="input-wide" />
      <TextField
        {...textFieldProps(state, labels, 'source')}
        hint="Where the actions come from, for example Scrutiny challenge session recommendations"
        className="input-wide"
      />
      <TextAreaField
        name="description"
        label={labels.description.label}
        errors={errors}
        value={form.description}
        onChange={(value) => set('description', value)}
      />
    </RecordForm>
  );
}
