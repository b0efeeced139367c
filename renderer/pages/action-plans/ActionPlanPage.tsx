// One action plan: where it came from, how many items are overdue, its items as the committee
// table shows them, and its audit trail.

import { useState } from 'react';
import {
  actionItemStatuses,
  actionItemStatusLabels,
  type ActionPlan,
} from '../../../shared/action-plan';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { fieldRows, SummaryList } from '../../components/SummaryList';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatDate, formatMoment, todayIso } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { planColumns, planFields } from './action-plan-fields';
import { ActionItemsTable } from './ActionItemsTable';

export function ActionPlanPage({ params }: PageProps) {
  const [loaded, reload] = useApi('actionPlans.get', { id: params.id ?? '', asOf: todayIso() });
  return (
    <WhenLoaded loaded={loaded} what="the action plan">
      {(plan) => <PlanDetails key={plan.version} initial={plan} onReload={reload} />}
    </WhenLoaded>
  );
}

/** "4 items: 1 complete, 2 in progress, 1 not started." */
function statusLine(plan: ActionPlan): string {
  const counts = actionItemStatuses
    .map((status) => [status, plan.items.filter((item) => item.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${actionItemStatusLabels[status].toLowerCase()}`);
  const items = `${plan.items.length} ${plan.items.length === 1 ? 'item' : 'items'}`;
  return counts.length ? `${items}: ${counts.join(', ')}.` : `${items}.`;
}

function OverdueSummary({ plan }: { plan: ActionPlan }) {
  if (plan.overdueCount === 0) {
    return <p className="meta">No items are overdue as of {formatDate(plan.asOf)}.</p>;
  }
  const one = plan.overdueCount === 1;
  return (
    <div className="overdue-summary">
      <p>
        <strong>
          {plan.overdueCount} {one ? 'item is' : 'items are'} overdue
        </strong>{' '}
        as of {formatDate(plan.asOf)}: past {one ? 'its' : 'their'} due date and not complete.{' '}
        {one ? 'It is' : 'They are'} marked Overdue below.
      </p>
    </div>
  );
}

function PlanDetails({ initial, onReload }: { initial: ActionPlan; onReload(): void }) {
  const [plan, setPlan] = useState(initial);
  return (
    <>
      <RecordHeader caption="Action plan" title={plan.name}>
        <a className="button" href={href(`/action-plans/${plan.id}/items/new`)}>
          Add an item
        </a>
        <a className="button-secondary" href={href(`/action-plans/${plan.id}/edit`)}>
          Edit<span className="visually-hidden"> action plan {plan.name}</span>
        </a>
        <DeleteRecord
          kind="action-plans"
          id={plan.id}
          version={plan.version}
          name={plan.name}
          onReload={onReload}
        />
      </RecordHeader>
      <p className="meta">
        Last changed by {plan.updatedBy} on {formatMoment(plan.updatedAt)}.
      </p>
      <OverdueSummary plan={plan} />
      {(plan.source || plan.description) && (
        <SummaryList rows={fieldRows(plan, planFields, ['source', 'description'])} />
      )}

      <h2>Items</h2>
      {plan.items.length > 0 && <p>{statusLine(plan)}</p>}
      <ActionItemsTable plan={plan} onMoved={setPlan} />

      <AuditTrail table="action_plans" id={plan.id} columns={planColumns} />
    </>
  );
}
