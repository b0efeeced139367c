// An officer keeps a scrutiny action plan: adds items (one already past its due date), records
// a dated progress update, sees the overdue item stand out and the update in the plan's table,
// reorders the items, and deletes one with confirmation and undo. Each screen is checked with axe.

import type { Page } from '@playwright/test';
import { api, expectNoAxeViolations, open, summaryValue } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

/** The rows of the items table, as text, in order. */
const itemRows = (page: Page) =>
  page.getByRole('table', { name: /^The items of/ }).locator('tbody tr');

async function addItem(
  page: Page,
  item: {
    reference: string;
    task: string;
    owner: string;
    timescale: string;
    due: string;
    status: string;
  },
) {
  await page.getByRole('link', { name: 'Add an item' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an item' })).toBeVisible();
  await page.getByLabel('Reference').fill(item.reference);
  await page.getByLabel('Task').fill(item.task);
  await page.getByLabel('Owner').fill(item.owner);
  await page.getByLabel('Timescale').fill(item.timescale);
  await page.getByLabel('Due date').fill(item.due);
  await page.getByLabel('Status').selectOption({ label: item.status });
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByText('Action plan', { exact: true })).toBeVisible();
}

test('an officer builds an action plan, records progress and sees the overdue item stand out', async ({
  page,
  app,
}) => {
  await open(page, app.host, '/action-plans');
  await expect(page.getByText('There are no action plans yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New action plan' }).click();

  // A plan needs a name: the error shows beside the field.
  await page.getByRole('button', { name: 'Add action plan' }).click();
  await expect(
    page.getByRole('alert').getByRole('link', { name: 'Enter the name of the plan' }),
  ).toBeVisible();
  await expect(page.locator('#field-name-error')).toHaveText('Error: Enter the name of the plan');
  await page.getByLabel('Name').fill('Social Value Act challenge session');
  await page.getByLabel('Source').fill('Scrutiny challenge session recommendations');
  await page.getByRole('button', { name: 'Add action plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Social Value Act challenge session' }),
  ).toBeVisible();
  await expect(page.getByText('This plan has no items yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  // An item needs a task; an impossible due date is refused in place.
  await page.getByRole('link', { name: 'Add an item' }).click();
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.locator('#field-task-error')).toHaveText('Error: Enter the task');
  await page.getByRole('link', { name: 'Cancel' }).click();

  await addItem(page, {
    reference: 'R1',
    task: 'Develop a Social Value Policy and review links with other council policies',
    owner: 'Corporate Director of Resources',
    timescale: 'July/August and ongoing',
    due: '2020-06-30',
    status: 'In progress',
  });
  await addItem(page, {
    reference: 'R2',
    task: 'Develop a Social Value Communication and Engagement Plan',
    owner: 'Head of Procurement',
    timescale: 'After the policy',
    due: '2099-03-31',
    status: 'Not started',
  });

  // R1 is past its due date and not complete: Overdue in words, and counted at the top.
  await expect(page.getByText('1 item is overdue')).toBeVisible();
  const [r1, r2] = [itemRows(page).nth(0), itemRows(page).nth(1)];
  await expect(r1).toContainText('R1');
  await expect(r1).toContainText('July/August and ongoing');
  await expect(r1).toContainText('Due 30 June 2020');
  await expect(r1.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(r2).toContainText('Due 31 March 2099');
  await expect(r2.getByText('Overdue', { exact: true })).toHaveCount(0);
  await expect(r1).toContainText('No updates yet');
  await expectNoAxeViolations(page);

  // A dated progress update on R1, from the item's page.
  await r1.getByRole('link', { name: /Develop a Social Value Policy/ }).click();
  await expect(summaryValue(page, 'Due date')).toContainText('30 June 2020');
  await expect(summaryValue(page, 'Due date').getByText('Overdue')).toBeVisible();
  await page.getByLabel('Date', { exact: true }).fill('2025-10-01');
  await page
    .getByLabel('Progress update', { exact: true })
    .fill('Delivery group set up; research commissioned to inform the policy.');
  await page.getByRole('button', { name: 'Add progress update' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Progress update added.' }),
  ).toBeVisible();
  const history = page.getByRole('region', { name: 'Progress updates' });
  await expect(history.getByRole('heading', { name: '1 October 2025' })).toBeVisible();
  await expect(history).toContainText('Delivery group set up');
  // The form is ready for the next one.
  await expect(page.getByLabel('Progress update', { exact: true })).toHaveValue('');
  await expectNoAxeViolations(page);

  // Back in the plan, the update is in R1's row, with its date.
  await page.getByRole('link', { name: 'Back to Social Value Act challenge session' }).click();
  await expect(itemRows(page).nth(0)).toContainText('1 October 2025');
  await expect(itemRows(page).nth(0)).toContainText('Delivery group set up; research commissioned');

  // The list of plans counts the overdue item.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Action plans' })
    .click();
  const planRow = page.getByRole('row', { name: /Social Value Act challenge session/ });
  await expect(planRow).toContainText('Scrutiny challenge session recommendations');
  await expect(planRow).toContainText('1 overdue');
  await expectNoAxeViolations(page);

  const stored = readWorkspace<{
    reference: string;
    due_date: string;
    status: string;
    position: number;
    text: string | null;
    update_date: string | null;
  }>(
    app.dataDir,
    `SELECT i.reference, i.due_date, i.status, i.position, u.text, u.update_date
     FROM action_items i LEFT JOIN action_updates u ON u.item_id = i.id ORDER BY i.position`,
  );
  expect(stored).toEqual([
    {
      reference: 'R1',
      due_date: '2020-06-30',
      status: 'in-progress',
      position: 0,
      text: 'Delivery group set up; research commissioned to inform the policy.',
      update_date: '2025-10-01',
    },
    {
      reference: 'R2',
      due_date: '2099-03-31',
      status: 'not-started',
      position: 1,
      text: null,
      update_date: null,
    },
  ]);
});

test('items are reordered, and a deleted item can be undone', async ({ page, app }) => {
  const plan = await api(app.host, 'actionPlans.create', { name: 'Charter plan' });
  for (const reference of ['T1', 'T2', 'T3']) {
    await api(app.host, 'actionItems.create', {
      planId: plan.id,
      fields: { reference, task: `Task ${reference}`, status: 'not-started' },
    });
  }
  await open(page, app.host, `/action-plans/${plan.id}`);
  const references = () => itemRows(page).locator('td:first-child').allTextContents();
  await expect.poll(references).toEqual(['T1', 'T2', 'T3']);

  const up = page.getByRole('button', { name: 'Move T3 up' });
  await up.click();
  await expect.poll(references).toEqual(['T1', 'T3', 'T2']);
  // The keyboard keeps its place on the moved item.
  await expect(page.getByRole('button', { name: 'Move T3 up' })).toBeFocused();
  expect(
    readWorkspace<{ reference: string }>(
      app.dataDir,
      'SELECT reference FROM action_items WHERE deleted_at IS NULL ORDER BY position',
    ).map((row) => row.reference),
  ).toEqual(['T1', 'T3', 'T2']);

  // Delete T3 from its page: asked first, then undone from the plan.
  await page.getByRole('link', { name: 'Task T3' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('region', { name: 'Delete item T3?' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete this item' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Charter plan' })).toBeVisible();
  await expect.poll(references).toEqual(['T1', 'T2']);
  const banner = page.getByRole('status').filter({ hasText: 'Item T3 deleted.' });
  await banner.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Task T3' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Item T3 restored.' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Charter plan' }).click();
  await expect.poll(references).toEqual(['T1', 'T3', 'T2']);
});
