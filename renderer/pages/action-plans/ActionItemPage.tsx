// One item of an action plan: its owner, dates and status, the form to add a dated progress
// update, every update so far (newest first), and its audit trail.

import type { ActionItem, ActionPlan } from '../../../shared/action-plan';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { fieldRows, SummaryList } from '../../components/SummaryList';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatDate, formatMoment, todayIso } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { itemColumns, itemFields } from './action-plan-fields';
import { AddProgressUpdate } from './AddProgressUpdate';
import { findItem } from './find-in-plan';
import { OverdueTag } from './OverdueTag';

export function ActionItemPage({ params }: PageProps) {
  const [loaded, reload] = useApi('actionPlans.get', {
    id: params.planId ?? '',
    asOf: todayIso(),
  });
  return (
    <WhenLoaded loaded={findItem(loaded, params.id ?? '')} what="the action plan item">
      {({ plan, item }) => item && <ItemDetails plan={plan} item={item} onReload={reload} />}
    </WhenLoaded>
  );
}

interface Props {
  plan: ActionPlan;
  item: ActionItem;
  onReload(): void;
}

function ItemDetails({ plan, item, onReload }: Props) {
  const planPath = `/action-plans/${plan.id}`;
  const itemPath = `${planPath}/items/${item.id}`;
  const name = item.reference ?? 'without a reference';
  return (
    <>
      <p>
        <a href={href(planPath)}>Back to {plan.name}</a>
      </p>
      <RecordHeader caption={`Item ${item.reference ?? ''} of ${plan.name}`} title={item.task}>
        <a className="button-secondary" href={href(`${itemPath}/edit`)}>
          Edit<span className="visually-hidden"> item {name}</span>
        </a>
        <DeleteRecord
          kind="action-items"
          id={item.id}
          version={item.version}
          name={name}
          onReload={onReload}
          listPath={planPath}
          recordPath={itemPath}
        />
      </RecordHeader>
      <p className="meta">
        Last changed by {item.updatedBy} on {formatMoment(item.updatedAt)}.
      </p>
      <SummaryList
        rows={fieldRows(
          item,
          itemFields,
          ['reference', 'owner', 'timescale', 'dueDate', 'status'],
          {
            dueDate: item.dueDate && (
              <>
                {formatDate(item.dueDate)} {item.overdue && <OverdueTag />}
              </>
            ),
          },
        )}
      />

      <AddProgressUpdate itemId={item.id} onAdded={onReload} />

      <section aria-labelledby="updates-title">
        <h2 id="updates-title">Progress updates</h2>
        {item.updates.length === 0 ? (
          <p>No progress updates yet.</p>
        ) : (
          <ol className="update-history">
            {item.updates.map((update) => (
              <li key={update.id}>
                <h3>{formatDate(update.updateDate)}</h3>
                <p className="pre-line">{update.text}</p>
                <p className="meta">
                  Recorded by {update.updatedBy}.{' '}
                  <a href={href(`${itemPath}/updates/${update.id}/edit`)}>
                    Change
                    <span className="visually-hidden">
                      {' '}
                      the update of {formatDate(update.updateDate)}
                    </span>
                  </a>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <AuditTrail table="action_items" id={item.id} columns={itemColumns} />
    </>
  );
}
