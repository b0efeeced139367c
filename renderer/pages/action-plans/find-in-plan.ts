// Item and progress update pages load their plan (for its name and the item's place) and pick
// out what the address names; a name that is not in the plan is a failed load.

import type { ActionItem, ActionPlan, ActionUpdate } from '../../../shared/action-plan';
import type { Loaded } from '../../use-api';

const missing = (what: string) =>
  ({ state: 'failed', message: `That ${what} does not exist, or has been deleted.` }) as const;

/** The plan and the item `itemId` names; no id (a new item) is no item. */
export function findItem(
  loaded: Loaded<ActionPlan>,
  itemId: string | undefined,
): Loaded<{ plan: ActionPlan; item: ActionItem | undefined }> {
  if (loaded.state !== 'ready') return loaded;
  const plan = loaded.value;
  const item = itemId === undefined ? undefined : plan.items.find((each) => each.id === itemId);
  if (itemId !== undefined && !item) return missing('item');
  return { state: 'ready', value: { plan, item } };
}

/** The plan, the item and one of its progress updates. */
export function findUpdate(
  loaded: Loaded<ActionPlan>,
  itemId: string,
  updateId: string,
): Loaded<{ plan: ActionPlan; item: ActionItem; update: ActionUpdate }> {
  const found = findItem(loaded, itemId);
  if (found.state !== 'ready') return found;
  const { plan, item } = found.value;
  const update = item?.updates.find((each) => each.id === updateId);
  if (!item || !update) return missing('progress update');
  return { state: 'ready', value: { plan, item, update } };
}
