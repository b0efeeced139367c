// Adding a commitment to a contract (/contracts/:id/commitments/new) or changing one
// (/commitments/:id/edit): the measure, the quantity for the whole term, optional yearly targets
// and notes. The proxy value shown is the one the commitment keeps.

import type { Commitment } from '../../../shared/commitment';
import type { Contract } from '../../../shared/contract';
import { financialYearsBetween } from '../../../shared/financial-year';
import { withDefaultProxy, type Measure } from '../../../shared/measures-framework';
import { formatPoundsAndPence } from '../../../shared/money';
import type { MeasureBasics } from '../../../shared/social-value';
import { call } from '../../api-client';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { TextAreaField, TextField } from '../../components/FormFields';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm, type RecordFormState } from '../../components/use-record-form';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import {
  commitmentFieldsInput,
  commitmentToForm,
  emptyCommitmentForm,
  newCommitmentInput,
  type CommitmentForm,
} from './commitment-form';
import { MeasurePicker } from './MeasurePicker';
import { commitmentColumns } from './commitment-fields';
import { YearlyTargetsTable } from './YearlyTargetsTable';

/** The contract's financial years ("2025/26"), for the targets' hint and new rows. */
function useTermYears(contract: Contract | undefined): string[] {
  const [profile] = useApi('profile.get', {});
  if (!contract || profile.state !== 'ready') return [];
  return financialYearsBetween(
    contract.startDate,
    contract.endDate,
    profile.value.financialYearStartMonth,
  ).map((year) => year.label);
}

export function NewCommitmentPage({ params }: PageProps) {
  const contractId = params.id ?? '';
  const [contract] = useApi('contracts.get', { id: contractId });
  const [choices] = useApi('commitments.measureChoices', { contractId });
  const [held] = useApi('commitments.list', { contractId });
  return (
    <WhenLoaded loaded={both(contract, both(choices, held))} what="the contract's measures">
      {([loadedContract, [measures, commitments]]) => (
        <NewCommitment
          contract={loadedContract}
          measures={measures.filter((m) => !commitments.some((c) => c.measureId === m.id))}
        />
      )}
    </WhenLoaded>
  );
}

export function EditCommitmentPage({ params }: PageProps) {
  const [commitment, reload] = useApi('commitments.get', { id: params.id ?? '' });
  return (
    <WhenLoaded loaded={commitment} what="the commitment">
      {(loaded) => <EditCommitment key={loaded.version} commitment={loaded} onReload={reload} />}
    </WhenLoaded>
  );
}

function NewCommitment({ contract, measures }: { contract: Contract; measures: Measure[] }) {
  const years = useTermYears(contract);
  const state = useRecordForm({
    initial: emptyCommitmentForm,
    toInput: (form: CommitmentForm) =>
      newCommitmentInput(form, contract.id, measureOf(measures, form)?.kind === 'record-only'),
    save: (input) => call('commitments.create', input),
    onSaved: () => navigate(`/contracts/${contract.id}`),
  });
  const measure = measureOf(measures, state.form);
  return (
    <RecordForm
      state={state}
      noun="commitment"
      caption={`Contract ${contract.reference}: ${contract.title}`}
      title="Add a commitment"
      submitLabel="Add commitment"
      cancelHref={href(`/contracts/${contract.id}`)}
    >
      <MeasurePicker
        measures={measures}
        value={state.form.measureId}
        onChange={(id) => state.set('measureId', id)}
        errors={state.errors}
        startDate={contract.startDate}
      />
      {measure && (
        <CommitmentFields
          state={state}
          measure={measure}
          proxyPence={withDefaultProxy(measure).proxyPence}
          proxyNote="taken from the framework now and kept with the commitment, whatever later changes to the measure"
          years={years}
        />
      )}
    </RecordForm>
  );
}

function EditCommitment({ commitment, onReload }: { commitment: Commitment; onReload(): void }) {
  const [contract] = useApi('contracts.get', { id: commitment.contractId });
  const years = useTermYears(contract.state === 'ready' ? contract.value : undefined);
  const { measure } = commitment;
  const state = useRecordForm({
    initial: commitmentToForm(commitment),
    toInput: (form: CommitmentForm) => commitmentFieldsInput(form, measure.kind === 'record-only'),
    save: (fields) =>
      call('commitments.update', { id: commitment.id, version: commitment.version, fields }),
    onSaved: () => navigate(`/contracts/${commitment.contractId}`),
  });
  const changed = commitment.proxyPence !== withDefaultProxy(measure).proxyPence;
  return (
    <>
      <RecordForm
        state={state}
        noun="commitment"
        caption={contract.state === 'ready' ? `Contract ${contract.value.reference}` : 'Contract'}
        title={`Commitment ${measure.code}: ${measure.title}`}
        submitLabel="Save changes"
        cancelHref={href(`/contracts/${commitment.contractId}`)}
        onReload={onReload}
      >
        <CommitmentFields
          state={state}
          measure={measure}
          proxyPence={commitment.proxyPence}
          proxyNote={
            changed
              ? `kept from when the commitment was made; the framework now says ${proxyText(withDefaultProxy(measure).proxyPence, measure.unit)}`
              : 'kept from when the commitment was made'
          }
          years={years}
        />
      </RecordForm>
      <section aria-labelledby="remove-title" className="remove-section">
        <h2 id="remove-title">Remove this commitment</h2>
        <p>
          A commitment that returns report against cannot be removed: its returns would lose what
          they report against.
        </p>
        <DeleteRecord
          kind="commitments"
          id={commitment.id}
          version={commitment.version}
          name={measure.code}
          onReload={onReload}
          listPath={`/contracts/${commitment.contractId}`}
          recordPath={`/commitments/${commitment.id}/edit`}
        />
      </section>
      <AuditTrail table="commitments" id={commitment.id} columns={commitmentColumns} />
    </>
  );
}

function measureOf(measures: readonly Measure[], form: CommitmentForm): Measure | undefined {
  return measures.find((measure) => measure.id === form.measureId);
}

function proxyText(pence: number | null, unit: string): string {
  if (pence === null) return 'no proxy value, so it adds nothing to the pounds';
  return `${formatPoundsAndPence(pence)} ${unit === '£' ? 'for each £1' : `for each unit (${unit})`}`;
}

interface FieldsProps {
  state: RecordFormState<CommitmentForm>;
  measure: MeasureBasics;
  proxyPence: number | null;
  proxyNote: string;
  years: string[];
}

function CommitmentFields({ state, measure, proxyPence, proxyNote, years }: FieldsProps) {
  const { form, set, errors } = state;
  if (measure.kind === 'record-only') {
    return (
      <>
        <p className="panel-text">
          {measure.code} is reported as a narrative: it takes no quantity and adds nothing to the
          pounds.
        </p>
        <TextAreaField
          name="notes"
          label="Notes"
          errors={errors}
          value={form.notes}
          onChange={(v) => set('notes', v)}
        />
      </>
    );
  }
  return (
    <>
      <p className="panel-text">
        Proxy value: <strong>{proxyText(proxyPence, measure.unit)}</strong>, {proxyNote}.
      </p>
      <TextField
        name="quantity"
        label="Quantity committed for the whole term"
        hint={`In ${measure.unit === '£' ? 'pounds' : measure.unit}, for example 12 or 2.5`}
        inputMode="decimal"
        className="input-medium"
        errors={errors}
        value={form.quantity}
        onChange={(value) => set('quantity', value)}
      />
      <YearlyTargetsTable
        rows={form.yearlyTargets}
        errors={errors}
        years={years}
        unit={measure.unit}
        onChange={(rows) => set('yearlyTargets', rows)}
      />
      <TextAreaField
        name="notes"
        label="Notes"
        hint="Optional: where it comes from in the bid, conditions"
        errors={errors}
        value={form.notes}
        onChange={(v) => set('notes', v)}
      />
    </>
  );
}
