// Adding a procurement exercise (/exercises/new) or changing one (/exercises/:id/edit).

import type { CouncilProfile } from '../../../shared/council-profile';
import {
  exerciseStatuses,
  exerciseStatusLabels,
  procurementCategories,
  procurementCategoryLabels,
  procurementRouteLabels,
  procurementRoutes,
  socialValueApproaches,
  socialValueApproachLabels,
  type Exercise,
} from '../../../shared/exercise';
import { call } from '../../api-client';
import { DirectorateField } from '../../components/DirectorateField';
import { CouncilOutcomesField } from '../../components/CouncilOutcomesField';
import {
  CheckboxField,
  DateField,
  MoneyField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormFields';
import { RecordForm } from '../../components/RecordForm';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { exerciseFields } from './exercise-fields';
import { emptyExerciseForm, exerciseFormToInput, exerciseToForm } from './exercise-form';

const labels = exerciseFields();

export function ExerciseFormPage({ params }: PageProps) {
  return params.id ? <EditExercise id={params.id} /> : <NewExercise />;
}

function NewExercise() {
  const [profile] = useApi('profile.get', {});
  return (
    <WhenLoaded loaded={profile} what="the council's outcomes">
      {(value) => <ExerciseEditor profile={value} />}
    </WhenLoaded>
  );
}

function EditExercise({ id }: { id: string }) {
  const [profile] = useApi('profile.get', {});
  const [exercise, reload] = useApi('exercises.get', { id });
  return (
    <WhenLoaded loaded={both(exercise, profile)} what="the procurement exercise">
      {([value, council]) => (
        <ExerciseEditor key={value.version} exercise={value} profile={council} onReload={reload} />
      )}
    </WhenLoaded>
  );
}

type DateName =
  | 'startDate'
  | 'advertDate'
  | 'tenderCloseDate'
  | 'awardDecisionDate'
  | 'contractStartDate'
  | 'contractEndDate';

interface EditorProps {
  exercise?: Exercise;
  profile: CouncilProfile;
  onReload?: () => void;
}

function ExerciseEditor({ exercise, profile, onReload }: EditorProps) {
  const state = useRecordForm({
    initial: exercise ? exerciseToForm(exercise) : emptyExerciseForm,
    toInput: exerciseFormToInput,
    save: (fields) =>
      exercise
        ? call('exercises.update', { id: exercise.id, version: exercise.version, fields })
        : call('exercises.create', fields),
    onSaved: (saved) => navigate(`/exercises/${saved.id}`),
  });
  const { form, set, errors } = state;
  const text = (
    name:
      | 'reference'
      | 'title'
      | 'leadOfficer'
      | DateName
      | 'category'
      | 'procurementRoute'
      | 'status'
      | 'socialValueApproach',
  ) => textFieldProps(state, labels, name);

  return (
    <RecordForm
      state={state}
      noun="procurement exercise"
      caption={exercise ? `Edit procurement exercise ${exercise.reference}` : undefined}
      title={exercise ? exercise.title : 'New procurement exercise'}
      submitLabel={exercise ? 'Save changes' : 'Add procurement exercise'}
      cancelHref={href(exercise ? `/exercises/${exercise.id}` : '/exercises')}
      onReload={onReload}
    >
      <div className="field-row">
        <TextField
          {...text('reference')}
          hint="Unique, for example PX-2025-014"
          className="input-medium"
        />
        <SelectField {...text('status')} options={exerciseStatuses} labels={exerciseStatusLabels} />
      </div>
      <TextField {...text('title')} className="input-wide" />
      <TextAreaField
        name="description"
        label={labels.description.label}
        errors={errors}
        value={form.description}
        onChange={(value) => set('description', value)}
      />
      <div className="field-row">
        <DirectorateField
          label={labels.directorate.label}
          value={form.directorate}
          onChange={(value) => set('directorate', value)}
          errors={errors}
        />
        <TextField {...text('leadOfficer')} />
      </div>
      <div className="field-row">
        <SelectField
          {...text('category')}
          options={procurementCategories}
          labels={procurementCategoryLabels}
          blank={form.category ? undefined : 'Choose a category'}
        />
        <SelectField
          {...text('procurementRoute')}
          options={procurementRoutes}
          labels={procurementRouteLabels}
          blank="Not decided yet"
        />
        <MoneyField
          name="estimatedValuePence"
          label={labels.estimatedValuePence.label}
          hint="Whole-life value, excluding VAT"
          errors={errors}
          value={form.estimatedValuePence}
          onChange={(value) => set('estimatedValuePence', value)}
        />
      </div>
      <p className="hint">
        Whether it is in scope of the Social Value Act and of the council's own policy is worked out
        from the category, the estimated value and the thresholds in force on the start date, as set
        in the <a href={href('/profile')}>council profile</a>.
      </p>

      <h2>Key dates</h2>
      <div className="field-row">
        <DateField {...text('startDate')} />
        <DateField {...text('advertDate')} />
        <DateField {...text('tenderCloseDate')} />
        <DateField {...text('awardDecisionDate')} />
      </div>
      <div className="field-row">
        <DateField {...text('contractStartDate')} />
        <DateField {...text('contractEndDate')} />
      </div>

      <h2>Social value</h2>
      <div className="field-row">
        <SelectField
          {...text('socialValueApproach')}
          hint="How the exercise secures social value"
          options={socialValueApproaches}
          labels={socialValueApproachLabels}
          blank="Not recorded yet"
        />
        <TextField
          name="socialValueWeightingPercent"
          label="Social value weighting (%)"
          hint={`The council's default is ${profile.defaultSocialValueWeightingPercent}%`}
          errors={errors}
          value={form.socialValueWeightingPercent}
          onChange={(value) => set('socialValueWeightingPercent', value)}
          inputMode="decimal"
          className="input-short"
        />
      </div>
      {form.socialValueApproach === 'not-applicable' && (
        <TextAreaField
          name="notApplicableReason"
          label={labels.notApplicableReason.label}
          errors={errors}
          value={form.notApplicableReason}
          onChange={(value) => set('notApplicableReason', value)}
        />
      )}
      <CheckboxField
        name="reservedToLocal"
        label="Reserved to local suppliers"
        errors={errors}
        checked={form.reservedToLocal}
        onChange={(checked) => set('reservedToLocal', checked)}
      />
      <CouncilOutcomesField
        name="targetedOutcomeIds"
        label={labels.targetedOutcomeIds.label}
        hint="The council outcomes this exercise's social value should serve"
        errors={errors}
        values={form.targetedOutcomeIds}
        onChange={(values) => set('targetedOutcomeIds', values)}
        outcomes={profile.strategicOutcomes}
      />
    </RecordForm>
  );
}
