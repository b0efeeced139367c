// The main flows with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys and typing;
// no clicks): the skip link and the main navigation, a new supplier and contract, a commitment,
// a return entered, submitted and verified, and the delete confirmation, whose Cancel gives
// focus back to its opener. At every Tab stop the focused element shows a focus indicator.

import { navigation, routes } from '../../renderer/routes';
import { api, open, setProxyValue, summaryValue } from './app-helpers';
import { expect, test } from './fixtures';
import { expectVisibleFocus, tabTo, typeDate, typeInto } from './keyboard';
import { readWorkspace } from './stored';

test('an officer records a supplier, a contract, a commitment and a verified return with the keyboard alone', async ({
  page,
  app,
}) => {
  test.slow();
  const { host, dataDir } = app;
  await setProxyValue(host, 'JS1', 3_000_000, '2025-04-01');
  await open(page, host, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The first Tab reaches the skip link, which takes focus past the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Back up into the main navigation, from its last item to Suppliers.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await tabTo(page, nav.getByRole('link', { name: 'Suppliers' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Suppliers' })).toBeVisible();

  // A new supplier.
  await tabTo(page, page.getByRole('link', { name: 'New supplier' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New supplier' })).toBeVisible();
  await typeInto(page, page.getByLabel('Name', { exact: true }), 'Charnwood Grounds Ltd');
  await typeInto(page, page.getByLabel('Postcode'), 'LE11 3AB');
  await typeInto(page, page.getByLabel('Size'), 'Small');
  await expect(page.getByLabel('Size')).toHaveValue('small');
  await tabTo(page, page.getByRole('button', { name: 'Add supplier' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Charnwood Grounds Ltd' }),
  ).toBeVisible();

  // The saved form gave way to the supplier's page: focus moved to its main content, not lost.
  await expect(page.getByRole('main')).toBeFocused();

  // A new contract for it, the supplier chosen from the combobox with the arrow keys.
  await tabTo(page, nav.getByRole('link', { name: 'Contracts' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'New contract' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New contract' })).toBeVisible();
  await typeInto(page, page.getByLabel('Reference'), 'C-2025-031');
  await typeInto(page, page.getByLabel('Title'), 'Grounds maintenance, spring quarter');
  await typeInto(page, page.getByRole('combobox', { name: 'Supplier' }), 'Charnwood');
  await expect(page.getByRole('option', { name: /Charnwood Grounds Ltd/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: /Charnwood Grounds Ltd/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Supplier' })).toHaveValue(
    'Charnwood Grounds Ltd',
  );
  await typeInto(page, page.getByLabel('Category'), 'Serv');
  await expect(page.getByLabel('Category')).toHaveValue('services');
  await typeInto(page, page.getByLabel('Whole-life value'), '200,000');
  await typeDate(page, page.getByLabel('Start date'), '2025-04-01');
  await typeDate(page, page.getByLabel('End date'), '2025-06-30');
  await tabTo(page, page.getByRole('button', { name: 'Add contract' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Grounds maintenance, spring quarter' }),
  ).toBeVisible();

  // A commitment: the measure chosen by typing its code into the list, added with Space.
  await tabTo(page, page.getByRole('link', { name: 'Add a commitment' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a commitment' })).toBeVisible();
  await typeInto(page, page.getByLabel('Measure'), 'JS1');
  await expect(page.getByText('£30,000.00 for each unit (FTE)')).toBeVisible();
  await typeInto(page, page.getByLabel('Quantity committed for the whole term'), '4');
  await tabTo(page, page.getByRole('button', { name: 'Add commitment' }));
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Grounds maintenance, spring quarter' }),
  ).toBeVisible();
  await expect(page.getByText('Grey (return missing)', { exact: true })).toBeVisible();

  // The quarter's return, entered and submitted.
  await tabTo(page, page.getByRole('button', { name: 'New return for Q1 2025/26' }));
  await page.keyboard.press('Enter');
  await expect(summaryValue(page, 'Status')).toHaveText('Draft');
  await typeInto(page, page.getByLabel('Delivered, JS1'), '3.6');
  await typeInto(page, page.getByLabel('Evidence reference, JS1'), 'Payroll extract June 2025');
  await tabTo(page, page.getByRole('button', { name: 'Submit return' }));
  await page.keyboard.press('Space');
  await expect(summaryValue(page, 'Status')).toHaveText('Submitted');

  // The line verified: into the radio group with Tab, the decision moved with an arrow key.
  const decision = page.getByRole('group', { name: 'Decision on JS1' });
  await expect(page.getByRole('heading', { level: 2, name: 'Verification' })).toBeVisible();
  await tabTo(page, decision.getByRole('radio', { checked: true }));
  while (!(await decision.getByLabel('Verify').isChecked())) {
    await page.keyboard.press('ArrowDown');
    await expectVisibleFocus(page);
  }
  await tabTo(page, page.getByRole('button', { name: 'Save the decisions' }));
  await page.keyboard.press('Enter');
  await expect(summaryValue(page, 'Status')).toHaveText('Verified');

  // Back to the contract through the Contracts list: into the grid with Tab, to its last row
  // with End, opened with Enter.
  await tabTo(page, nav.getByRole('link', { name: 'Contracts' }), { backwards: true });
  await page.keyboard.press('Enter');
  const grid = page.getByRole('grid');
  await tabTo(page, grid);
  await page.keyboard.press('End');
  await expect(grid.locator('.list-row-current')).toContainText('C-2025-031');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Grounds maintenance, spring quarter' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();

  // What the workspace holds.
  const { officer } = await api(host, 'workspace.info', {});
  expect(
    readWorkspace(
      dataDir,
      `SELECT s.name, s.size, c.reference, c.value_pence, c.start_date, c.end_date
       FROM contracts c JOIN suppliers s ON s.id = c.supplier_id`,
    ),
  ).toEqual([
    {
      name: 'Charnwood Grounds Ltd',
      size: 'small',
      reference: 'C-2025-031',
      value_pence: 20_000_000,
      start_date: '2025-04-01',
      end_date: '2025-06-30',
    },
  ]);
  expect(
    readWorkspace(
      dataDir,
      `SELECT m.code, k.quantity FROM commitments k JOIN measures m ON m.id = k.measure_id`,
    ),
  ).toEqual([{ code: 'JS1', quantity: 4 }]);
  expect(
    readWorkspace(
      dataDir,
      `SELECT r.status, l.quantity, l.evidence_reference, l.verification, l.verified_by
       FROM return_lines l JOIN returns r ON r.id = l.return_id`,
    ),
  ).toEqual([
    {
      status: 'verified',
      quantity: 3.6,
      evidence_reference: 'Payroll extract June 2025',
      verification: 'verified',
      verified_by: officer,
    },
  ]);
});

test('a confirmation opened from the keyboard takes focus, and gives it back when cancelled', async ({
  page,
  app,
}) => {
  const supplier = await api(app.host, 'suppliers.create', { name: 'Soar Valley Catering Ltd' });
  await open(page, app.host, `/suppliers/${supplier.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Soar Valley Catering Ltd' }),
  ).toBeVisible();

  const opener = page.getByRole('button', { name: 'Delete' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const panel = page.locator('.confirm-panel');
  await expect(panel).toBeFocused();
  await expectVisibleFocus(page);
  await tabTo(page, panel.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(opener).toBeFocused();
  await expectVisibleFocus(page);
  expect(
    readWorkspace(app.dataDir, 'SELECT deleted_at FROM suppliers WHERE id = ?', supplier.id),
  ).toEqual([{ deleted_at: null }]);
});

test('every area of the main navigation opens from the keyboard and is marked as current', async ({
  page,
  app,
}) => {
  await open(page, app.host, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.keyboard.press('Tab'); // the skip link
  for (const { path, label } of navigation) {
    // The link keeps focus after Enter, so the next area is always one Tab away.
    await page.keyboard.press('Tab');
    const link = nav.getByRole('link', { name: label, exact: true });
    await expect(link).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    const title = routes.find((route) => route.pattern === path)?.title ?? '';
    // A page may put what it shows in front once loaded: "Starter framework – Measures framework".
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page).toHaveTitle(new RegExp(`(^|– )${escaped} – Social Value Tracker$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
});
