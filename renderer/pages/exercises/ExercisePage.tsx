// One procurement exercise: its details and dates, whether social value applies and why, the
// contract it led to, and its audit trail.

import type { CouncilProfile } from '../../../shared/council-profile';
import type { Exercise } from '../../../shared/exercise';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { ContractLink } from '../../components/RecordLink';
import { ScopeSummary } from '../../components/ScopeBadges';
import { fieldRows, SummaryList } from '../../components/SummaryList';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { formatMoment } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { exerciseColumns, exerciseFields } from './exercise-fields';

export function ExercisePage({ params }: PageProps) {
  const id = params.id ?? '';
  const [exercise, reload] = useApi('exercises.get', { id });
  const [profile] = useApi('profile.get', {});
  return (
    <WhenLoaded loaded={both(exercise, profile)} what="the procurement exercise">
      {([value, council]) => (
        <ExerciseDetails exercise={value} profile={council} onReload={reload} />
      )}
    </WhenLoaded>
  );
}

/** An exercise can be awarded until it is awarded or cancelled. */
export const canAward = (exercise: Exercise): boolean =>
  exercise.contractId === null && exercise.status !== 'awarded' && exercise.status !== 'cancelled';

interface Props {
  exercise: Exercise;
  profile: CouncilProfile;
  onReload(): void;
}

function ExerciseDetails({ exercise, profile, onReload }: Props) {
  const outcomes = new Map(profile.strategicOutcomes.map((o) => [o.id, o.name]));
  const fields = exerciseFields(outcomes);
  return (
    <>
      <RecordHeader caption={`Procurement exercise ${exercise.reference}`} title={exercise.title}>
        {canAward(exercise) && (
          <a className="button" href={href(`/exercises/${exercise.id}/award`)}>
            Award<span className="visually-hidden"> procurement exercise {exercise.reference}</span>
          </a>
        )}
        <a className="button-secondary" href={href(`/exercises/${exercise.id}/edit`)}>
          Edit<span className="visually-hidden"> procurement exercise {exercise.reference}</span>
        </a>
        <DeleteRecord
          kind="exercises"
          id={exercise.id}
          version={exercise.version}
          name={exercise.reference}
          onReload={onReload}
        />
      </RecordHeader>
      <p className="meta">
        Last changed by {exercise.updatedBy} on {formatMoment(exercise.updatedAt)}.
      </p>

      <h2>Social value</h2>
      <SummaryList
        rows={[
          { key: 'scope', label: 'In scope', value: <ScopeSummary scope={exercise.scope} /> },
          ...fieldRows(exercise, fields, [
            'socialValueApproach',
            ...(exercise.socialValueApproach === 'not-applicable'
              ? (['notApplicableReason'] as const)
              : []),
            'socialValueWeightingPercent',
            'targetedOutcomeIds',
            'reservedToLocal',
          ]),
          {
            key: 'contract',
            label: 'Contract',
            value: exercise.contractId ? (
              <ContractLink id={exercise.contractId} />
            ) : (
              <span className="meta">Not awarded yet</span>
            ),
          },
        ]}
      />

      <div className="record-columns">
        <section aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
          <SummaryList
            rows={fieldRows(exercise, fields, [
              'reference',
              'status',
              'category',
              'estimatedValuePence',
              'directorate',
              'leadOfficer',
              'procurementRoute',
              'description',
            ])}
          />
        </section>
        <section aria-labelledby="dates-title">
          <h2 id="dates-title">Key dates</h2>
          <SummaryList
            rows={fieldRows(exercise, fields, [
              'startDate',
              'advertDate',
              'tenderCloseDate',
              'awardDecisionDate',
              'contractStartDate',
              'contractEndDate',
            ])}
          />
        </section>
      </div>

      <AuditTrail table="exercises" id={exercise.id} columns={exerciseColumns(outcomes)} />
    </>
  );
}
