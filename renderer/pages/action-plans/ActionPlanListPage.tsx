// Every action plan: where it came from, how far its items have got, and how many are overdue.

import type { ActionPlanSummary } from '../../../shared/action-plan';
import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';
import { WhenLoaded } from '../../components/WhenLoaded';
import { todayIso } from '../../format-date';
import { href } from '../../router';
import { useApi } from '../../use-api';
import { OverdueTag } from './OverdueTag';

export function ActionPlanListPage() {
  const [plans] = useApi('actionPlans.list', { asOf: todayIso() });
  return (
    <>
      <div className="record-header">
        <h1>Action plans</h1>
        <p className="lead">
          Charter and policy implementation tasks, and scrutiny recommendations, with their
          progress.
        </p>
        <div className="button-row">
          <a className="button" href={href('/action-plans/new')}>
            New action plan
          </a>
          <ExportButton
            label="Export to Excel"
            onExport={() => call('exports.actionPlans', { asOf: todayIso() })}
          />
        </div>
      </div>
      <WhenLoaded loaded={plans} what="the action plans">
        {(value) => <PlansTable plans={value} />}
      </WhenLoaded>
    </>
  );
}

function PlansTable({ plans }: { plans: readonly ActionPlanSummary[] }) {
  if (plans.length === 0) {
    return <p>There are no action plans yet. Add the first with New action plan.</p>;
  }
  return (
    <table className="data-table wide-table">
      <caption className="visually-hidden">Action plans, by name</caption>
      <thead>
        <tr>
          <th scope="col">Action plan</th>
          <th scope="col">Source</th>
          <th scope="col" className="numeric">
            Items
          </th>
          <th scope="col" className="numeric">
            Complete
          </th>
          <th scope="col" className="numeric">
            In progress
          </th>
          <th scope="col">Overdue</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <td>
              <a href={href(`/action-plans/${plan.id}`)}>{plan.name}</a>
            </td>
            <td>{plan.source}</td>
            <td className="numeric">{plan.itemCount}</td>
            <td className="numeric">{plan.statusCounts.complete}</td>
            <td className="numeric">{plan.statusCounts['in-progress']}</td>
            <td className="nowrap">
              {plan.overdueCount > 0 ? (
                <OverdueTag>{plan.overdueCount} overdue</OverdueTag>
              ) : (
                <span className="meta">None</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
