// Open exercises in scope of the Act or the local policy with no social value approach recorded.

import type { Exercise } from '../../../shared/exercise';
import { exerciseStatusLabels } from '../../../shared/exercise';
import { formatPounds } from '../../../shared/money';
import { scopeText } from '../../components/ScopeBadges';
import { href } from '../../router';

export function MissingSocialValueTable({ exercises }: { exercises: readonly Exercise[] }) {
  if (exercises.length === 0) {
    return <p>Every open exercise in scope has its social value approach recorded.</p>;
  }
  return (
    <table className="data-table wide-table">
      <caption className="visually-hidden">
        Exercises in scope with no social value approach recorded
      </caption>
      <thead>
        <tr>
          <th scope="col">Exercise</th>
          <th scope="col">Status</th>
          <th scope="col">Directorate</th>
          <th scope="col" className="numeric">
            Estimated value
          </th>
          <th scope="col">In scope</th>
        </tr>
      </thead>
      <tbody>
        {exercises.map((exercise) => (
          <tr key={exercise.id}>
            <td>
              <a href={href(`/exercises/${exercise.id}`)}>{exercise.reference}</a> {exercise.title}
            </td>
            <td>{exerciseStatusLabels[exercise.status]}</td>
            <td>{exercise.directorate ?? ''}</td>
            <td className="numeric">{formatPounds(exercise.estimatedValuePence)}</td>
            <td>{scopeText(exercise.scope)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
