// Awarding a procurement exercise (/exercises/:id/award): its contract, filled in from the
// exercise, with the winning supplier; saving makes the contract and marks the exercise awarded.

import type { Exercise } from '../../../shared/exercise';
import { call } from '../../api-client';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/use-record-form';
import { WhenLoaded } from '../../components/WhenLoaded';
import { todayIso } from '../../format-date';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { contractFormToInput, contractFromExercise } from '../contracts/contract-form';
import { ContractFormFields } from '../contracts/ContractFormFields';
import { canAward } from './ExercisePage';

export function ExerciseAwardPage({ params }: PageProps) {
  const [loaded, reload] = useApi('exercises.get', { id: params.id ?? '' });
  return (
    <WhenLoaded loaded={loaded} what="the procurement exercise">
      {(exercise) =>
        canAward(exercise) ? (
          <AwardForm key={exercise.version} exercise={exercise} onReload={reload} />
        ) : (
          <AlreadyDecided exercise={exercise} />
        )
      }
    </WhenLoaded>
  );
}

function AlreadyDecided({ exercise }: { exercise: Exercise }) {
  return (
    <>
      <h1>{exercise.title}</h1>
      <p>
        This procurement exercise is{' '}
        {exercise.status === 'cancelled' ? 'cancelled' : 'already awarded'}, so it cannot be awarded
        again.{' '}
        {exercise.contractId && (
          <a href={href(`/contracts/${exercise.contractId}`)}>Open its contract</a>
        )}
      </p>
      <p>
        <a href={href(`/exercises/${exercise.id}`)}>Back to the procurement exercise</a>
      </p>
    </>
  );
}

function AwardForm({ exercise, onReload }: { exercise: Exercise; onReload(): void }) {
  const state = useRecordForm({
    initial: contractFromExercise(exercise, todayIso()),
    toInput: contractFormToInput,
    save: (contract) =>
      call('exercises.award', { id: exercise.id, version: exercise.version, contract }),
    onSaved: (contract) => navigate(`/contracts/${contract.id}`),
  });
  return (
    <RecordForm
      state={state}
      noun="procurement exercise"
      caption={`Award procurement exercise ${exercise.reference}`}
      title={exercise.title}
      submitLabel="Award and add the contract"
      cancelHref={href(`/exercises/${exercise.id}`)}
      onReload={onReload}
    >
      <p className="lead">
        The contract below is filled in from the exercise. Choose the supplier that won it, check
        the rest, and save: the exercise is then marked awarded.
      </p>
      <ContractFormFields state={state} />
    </RecordForm>
  );
}
