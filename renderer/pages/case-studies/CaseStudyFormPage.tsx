// Adding a case study (/case-studies/new, or ?contractId= from a contract's page) or changing
// one (/case-studies/:id/edit).

import type { CaseStudy } from '../../../shared/case-study';
import type { CouncilProfile } from '../../../shared/council-profile';
import { call } from '../../api-client';
import { ContractPicker, contractName } from '../../components/ContractPicker';
import { Field } from '../../components/Field';
import { CouncilOutcomesField } from '../../components/CouncilOutcomesField';
import { CheckboxField, TextAreaField, TextField } from '../../components/FormFields';
import { RecordForm } from '../../components/RecordForm';
import { SupplierPicker } from '../../components/SupplierPicker';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { errorAt, fieldId } from '../../form-errors';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi, type Loaded } from '../../use-api';
import { caseStudyFields } from './case-study-fields';
import {
  caseStudyFormToInput,
  caseStudyToForm,
  emptyCaseStudyForm,
  type CaseStudyForm,
} from './case-study-form';

const labels = caseStudyFields();

export function CaseStudyFormPage({ params, query }: PageProps) {
  return params.id ? (
    <EditCaseStudy id={params.id} />
  ) : (
    <NewCaseStudy contractId={query.get('contractId')} />
  );
}

function NewCaseStudy({ contractId }: { contractId: string | null }) {
  const [profile] = useApi('profile.get', {});
  if (contractId) return <NewForContract contractId={contractId} profile={profile} />;
  return (
    <WhenLoaded loaded={profile} what="the case study form">
      {(council) => <CaseStudyEditor profile={council} initial={emptyCaseStudyForm} />}
    </WhenLoaded>
  );
}

/** From a contract's page: the contract and its supplier filled in. */
function NewForContract(props: { contractId: string; profile: Loaded<CouncilProfile> }) {
  const [contract] = useApi('contracts.get', { id: props.contractId });
  return (
    <WhenLoaded loaded={both(props.profile, contract)} what="the case study form">
      {([council, value]) => (
        <CaseStudyEditor
          profile={council}
          initial={{
            ...emptyCaseStudyForm,
            contractId: value.id,
            contractName: contractName(value),
            supplierId: value.supplierId,
            supplierName: value.supplierName,
          }}
        />
      )}
    </WhenLoaded>
  );
}

function EditCaseStudy({ id }: { id: string }) {
  const [profile] = useApi('profile.get', {});
  const [study, reload] = useApi('caseStudies.get', { id });
  return (
    <WhenLoaded loaded={both(study, profile)} what="the case study">
      {([value, council]) => (
        <CaseStudyEditor
          key={value.version}
          study={value}
          profile={council}
          initial={caseStudyToForm(value)}
          onReload={reload}
        />
      )}
    </WhenLoaded>
  );
}

interface EditorProps {
  study?: CaseStudy;
  profile: CouncilProfile;
  initial: CaseStudyForm;
  onReload?: () => void;
}

function CaseStudyEditor({ study, profile, initial, onReload }: EditorProps) {
  const state = useRecordForm({
    initial,
    toInput: caseStudyFormToInput,
    save: (fields) =>
      study
        ? call('caseStudies.update', { id: study.id, version: study.version, fields })
        : call('caseStudies.create', fields),
    onSaved: (saved) => navigate(`/case-studies/${saved.id}`),
  });
  const { form, set, errors } = state;
  const back = study
    ? `/case-studies/${study.id}`
    : initial.contractId
      ? `/contracts/${initial.contractId}`
      : '/case-studies';
  return (
    <RecordForm
      state={state}
      noun="case study"
      caption={study ? 'Edit case study' : undefined}
      title={study ? study.title : 'New case study'}
      submitLabel={study ? 'Save changes' : 'Add case study'}
      cancelHref={href(back)}
      onReload={onReload}
    >
      <TextField {...textFieldProps(state, labels, 'title')} className="input-wide" />
      <Field
        id={fieldId(['contractId'])}
        label={labels.contractId.label}
        hint="Optional. Type part of the reference or title, then choose from the list"
        error={errorAt(errors, ['contractId'])}
      >
        {(control) => (
          <ContractPicker
            control={control}
            chosenId={form.contractId}
            chosenName={form.contractName}
            onChange={(id, name) => {
              set('contractId', id);
              set('contractName', name);
            }}
          />
        )}
      </Field>
      <Field
        id={fieldId(['supplierId'])}
        label={labels.supplierId.label}
        hint="Left blank, the contract's supplier"
        error={errorAt(errors, ['supplierId'])}
      >
        {(control) => (
          <SupplierPicker
            control={control}
            supplierId={form.supplierId}
            supplierName={form.supplierName}
            onChange={(id, name) => {
              set('supplierId', id);
              set('supplierName', name);
            }}
          />
        )}
      </Field>
      <CouncilOutcomesField
        name="councilOutcomeIds"
        label={labels.councilOutcomeIds.label}
        hint="The council outcomes this case study shows being served"
        errors={errors}
        values={form.councilOutcomeIds}
        onChange={(values) => set('councilOutcomeIds', values)}
        outcomes={profile.strategicOutcomes}
      />
      <TextAreaField
        name="narrative"
        label={labels.narrative.label}
        hint="What was done, for whom, and what difference it made"
        errors={errors}
        value={form.narrative}
        onChange={(value) => set('narrative', value)}
        rows={8}
      />
      <TextAreaField
        name="outputs"
        label={labels.outputs.label}
        hint="One a line, for example: 12 apprentices started"
        errors={errors}
        value={form.outputs}
        onChange={(value) => set('outputs', value)}
        rows={4}
      />
      <CheckboxField
        name="consentToPublish"
        label="Consent to publish has been given"
        hint="Reports publish only case studies with consent from the people and organisations in them"
        errors={errors}
        checked={form.consentToPublish}
        onChange={(checked) => set('consentToPublish', checked)}
      >
        <TextField
          {...textFieldProps(state, labels, 'consentNote')}
          hint="Who gave it, and when, for example: J. Patel, site manager, 3 March 2026"
          className="input-wide"
        />
      </CheckboxField>
    </RecordForm>
  );
}
