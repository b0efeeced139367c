// The pipeline by status: how many exercises and their estimated value, each linking to the list.

import type { PipelineStage } from '../../../shared/dashboard';
import { exerciseStatusLabels } from '../../../shared/exercise';
import { formatPounds } from '../../../shared/money';
import { href } from '../../router';

export function PipelineTable({ stages }: { stages: readonly PipelineStage[] }) {
  const count = stages.reduce((sum, stage) => sum + stage.count, 0);
  const value = stages.reduce((sum, stage) => sum + stage.estimatedValuePence, 0);
  return (
    <table className="data-table">
      <caption className="visually-hidden">Procurement exercises by status</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col" className="numeric">
            Exercises
          </th>
          <th scope="col" className="numeric">
            Estimated value
          </th>
        </tr>
      </thead>
      <tbody>
        {stages.map((stage) => (
          <tr key={stage.status}>
            <th scope="row">
              <a href={href('/exercises', new URLSearchParams({ status: stage.status }))}>
                {exerciseStatusLabels[stage.status]}
              </a>
            </th>
            <td className="numeric">{stage.count.toLocaleString('en-GB')}</td>
            <td className="numeric">{formatPounds(stage.estimatedValuePence)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All</th>
          <td className="numeric">{count.toLocaleString('en-GB')}</td>
          <td className="numeric">{formatPounds(value)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
