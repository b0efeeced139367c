// A plan's items as the committee table shows them (Reference | Task | Owner | Dates | Status |
// Latest progress update), overdue ones marked in words, with buttons to reorder them.

import { useEffect, useRef, useState } from 'react';
import {
  actionItemStatusLabels,
  type ActionItem,
  type ActionPlan,
} from '../../../shared/action-plan';
import { call } from '../../api-client';
import { formatDate } from '../../format-date';
import { href } from '../../router';
import { OverdueTag } from './OverdueTag';

interface Props {
  plan: ActionPlan;
  onMoved(plan: ActionPlan): void;
}

const itemName = (item: ActionItem) => item.reference ?? item.task.slice(0, 60);

export function ActionItemsTable({ plan, onMoved }: Props) {
  const [problem, setProblem] = useState<string>();
  const [moving, setMoving] = useState(false);
  /**
   * The buttons to focus, the first still there, once the moved row is drawn again, so the
   * keyboard keeps its place (an item moved to the top has no Up button).
   */
  const refocus = useRef<string[]>([]);
  useEffect(() => {
    const button = refocus.current
      .map((id) => document.getElementById(id))
      .find((element) => element !== null);
    button?.focus();
    refocus.current = [];
  }, [plan]);

  async function move(item: ActionItem, to: number, buttonIds: string[]) {
    setMoving(true);
    setProblem(undefined);
    try {
      const moved = await call('actionItems.move', { id: item.id, to });
      refocus.current = buttonIds;
      onMoved(moved);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setMoving(false);
    }
  }

  if (plan.items.length === 0)
    return <p>This plan has no items yet. Add the first with Add an item.</p>;
  const last = plan.items.length - 1;
  return (
    <>
      {problem && (
        <p className="error-message" role="alert">
          The item was not moved: {problem}
        </p>
      )}
      <table className="data-table wide-table action-items">
        <caption className="visually-hidden">
          The items of {plan.name}, in order, with their latest progress update
        </caption>
        <thead>
          <tr>
            <th scope="col">Ref.</th>
            <th scope="col">Task</th>
            <th scope="col">Owner</th>
            <th scope="col">Dates</th>
            <th scope="col">Status</th>
            <th scope="col">Latest progress update</th>
            <th scope="col">
              <span className="visually-hidden">Order</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.items.map((item, index) => {
            const [latest] = item.updates;
            const upId = `move-up-${item.id}`;
            const downId = `move-down-${item.id}`;
            return (
              <tr key={item.id} className={item.overdue ? 'row-overdue' : undefined}>
                <td className="nowrap">{item.reference}</td>
                <td>
                  <a href={href(`/action-plans/${plan.id}/items/${item.id}`)}>{item.task}</a>
                </td>
                <td>{item.owner}</td>
                <td>
                  {item.timescale && <div>{item.timescale}</div>}
                  {item.dueDate && <div className="nowrap">Due {formatDate(item.dueDate)}</div>}
                  {item.overdue && <OverdueTag />}
                </td>
                <td className="nowrap">{actionItemStatusLabels[item.status]}</td>
                <td>
                  {latest ? (
                    <>
                      <div className="update-date">{formatDate(latest.updateDate)}</div>
                      <div className="pre-line">{latest.text}</div>
                      {item.updates.length > 1 && (
                        <a href={href(`/action-plans/${plan.id}/items/${item.id}`)}>
                          {item.updates.length - 1} earlier
                          <span className="visually-hidden"> updates on {itemName(item)}</span>
                        </a>
                      )}
                    </>
                  ) : (
                    <span className="meta">No updates yet</span>
                  )}
                </td>
                <td className="move-buttons">
                  {index > 0 && (
                    <button
                      type="button"
                      id={upId}
                      aria-label={`Move ${itemName(item)} up`}
                      className="button-secondary button-small"
                      disabled={moving}
                      onClick={() => void move(item, index - 1, [upId, downId])}
                    >
                      Up
                    </button>
                  )}
                  {index < last && (
                    <button
                      type="button"
                      id={downId}
                      aria-label={`Move ${itemName(item)} down`}
                      className="button-secondary button-small"
                      disabled={moving}
                      onClick={() => void move(item, index + 1, [downId, upId])}
                    >
                      Down
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
