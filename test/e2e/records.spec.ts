// An officer's work on single records: adding a supplier, a pipeline exercise and awarding it,
// editing with the audit trail, deleting with undo, refusals shown beside their fields, the
// duplicate-supplier merge and the dashboard. Each screen is checked with axe.

import { api, expectNoAxeViolations, open, summaryValue } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

/** The value beside a label in a summary list. */

test('an officer adds a local supplier and a pipeline exercise in scope, awards it and finds the contract', async ({
  page,
  app,
}) => {
  // The local area decides who is local.
  await open(page, app.host, '/profile');
  await page.getByLabel('Local area').fill('LE1-LE19');
  await page.getByRole('button', { name: 'Save council profile' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Council profile saved.' }),
  ).toBeVisible();

  // A supplier with a local postcode.
  await page.goto(`${app.host.origin}/#/suppliers/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'New supplier' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Name', { exact: true }).fill('Charnwood Catering Ltd');
  await page.getByLabel('Company number').fill('04512345');
  await page.getByLabel('Postcode').fill('LE11 3AB');
  await page.getByLabel('Size').selectOption({ label: 'Small (10 to 49 staff)' });
  await page.getByLabel('It is a voluntary, community or social enterprise (VCSE)').check();
  await expect(page.getByLabel('VCSE type')).toBeVisible();
  await page.getByLabel('It is a voluntary, community or social enterprise (VCSE)').uncheck();
  await expect(page.getByLabel('VCSE type')).toBeHidden();
  await page.getByRole('button', { name: 'Add supplier' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Charnwood Catering Ltd' }),
  ).toBeVisible();
  await expect(summaryValue(page, 'Local')).toHaveText('Yes, from the postcode');
  await expect(summaryValue(page, 'SME')).toHaveText(/^Yes, small/);
  await expect(page.getByRole('table').getByText('Created')).toBeVisible();
  await expectNoAxeViolations(page);
  const supplierPage = page.url();

  // A pipeline exercise for services above the local threshold, below the Act's.
  await page.goto(`${app.host.origin}/#/exercises/new`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'New procurement exercise' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Reference').fill('PX-2025-101');
  await page.getByLabel('Title').fill('School meals for primary schools');
  await page.getByLabel('Directorate or service').fill('Children and Families');
  await page.getByLabel('Category').selectOption({ label: 'Services' });
  await page.getByLabel('Estimated value').fill('£60,000');
  await page.getByLabel('Start date').fill('2025-06-01');
  await page.getByLabel('Contract start').fill('2025-09-01');
  await page.getByLabel('Contract end').fill('2027-08-31');
  await page.getByLabel('Great Communities').check();
  await page.getByRole('button', { name: 'Add procurement exercise' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'School meals for primary schools' }),
  ).toBeVisible();
  await expect(page.getByText('In scope of local policy', { exact: true })).toBeVisible();
  await expect(page.getByText('Not in scope of the Act', { exact: true })).toBeVisible();
  await expect(summaryValue(page, 'Estimated value')).toHaveText('£60,000');
  await expect(summaryValue(page, 'Start date')).toHaveText('1 June 2025');
  await expect(summaryValue(page, 'Targeted council outcomes')).toHaveText('Great Communities');
  await expectNoAxeViolations(page);

  // Award it to the supplier; the contract is filled in from the exercise.
  await page.getByRole('link', { name: /^Award/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'School meals for primary schools' }),
  ).toBeVisible();
  await expect(page.getByLabel('Reference')).toHaveValue('PX-2025-101-C');
  await expect(page.getByLabel('Whole-life value')).toHaveValue('60,000.00');
  await expect(page.getByLabel('Start date')).toHaveValue('2025-09-01');
  await expect(page.getByLabel('End date')).toHaveValue('2027-08-31');
  await expect(page.getByLabel('Directorate or service')).toHaveValue('Children and Families');
  const supplierBox = page.getByRole('combobox', { name: 'Supplier' });
  await supplierBox.fill('charn');
  await expect(page.getByRole('option', { name: /Charnwood Catering Ltd/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await supplierBox.press('ArrowDown');
  await supplierBox.press('Enter');
  await expect(supplierBox).toHaveValue('Charnwood Catering Ltd');
  await page.getByRole('button', { name: 'Award and add the contract' }).click();

  await expect(page.getByText('Contract PX-2025-101-C', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Charnwood Catering Ltd' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'PX-2025-101', exact: true })).toBeVisible();
  await expect(summaryValue(page, 'Whole-life value')).toHaveText('£60,000');
  await expectNoAxeViolations(page);
  const contractId = new URL(page.url()).hash.split('/')[2] ?? '';

  // The exercise now shows its contract and no Award button.
  await page.getByRole('link', { name: 'PX-2025-101', exact: true }).click();
  await expect(summaryValue(page, 'Contract')).toHaveText(
    'PX-2025-101-C: School meals for primary schools',
  );
  await expect(page.getByRole('link', { name: /^Award/ })).toHaveCount(0);

  // The supplier links to its contracts.
  await page.goto(supplierPage);
  await expect(summaryValue(page, 'Contracts')).toContainText('1 contract worth £60,000');

  // Found by searching the contracts list.
  await page.goto(`${app.host.origin}/#/contracts?search=PX-2025-101-C`);
  await expect(page.getByRole('link', { name: 'PX-2025-101-C' })).toBeVisible();
  await page.getByRole('link', { name: 'PX-2025-101-C' }).click();
  await expect(page).toHaveURL(new RegExp(`#/contracts/${contractId}$`));

  const [supplier] = readWorkspace<{ id: string; local: number; size: string; vcse: number }>(
    app.dataDir,
    'SELECT id, local, size, vcse FROM suppliers WHERE deleted_at IS NULL',
  );
  expect(supplier).toMatchObject({ local: 1, size: 'small', vcse: 0 });
  const exercises = readWorkspace(
    app.dataDir,
    'SELECT reference, category, estimated_value_pence, status, in_scope_act, in_scope_local FROM exercises',
  );
  expect(exercises).toEqual([
    {
      reference: 'PX-2025-101',
      category: 'services',
      estimated_value_pence: 6_000_000,
      status: 'awarded',
      in_scope_act: 0,
      in_scope_local: 1,
    },
  ]);
  const contracts = readWorkspace(
    app.dataDir,
    'SELECT id, reference, supplier_id, value_pence, start_date, end_date, directorate FROM contracts',
  );
  expect(contracts).toEqual([
    {
      id: contractId,
      reference: 'PX-2025-101-C',
      supplier_id: supplier?.id,
      value_pence: 6_000_000,
      start_date: '2025-09-01',
      end_date: '2027-08-31',
      directorate: 'Children and Families',
    },
  ]);
});

test('an edit shows in the audit trail, and a delete can be undone', async ({ page, app }) => {
  const exercise = await api(app.host, 'exercises.create', {
    reference: 'PX-2025-200',
    title: 'Parks grounds maintenance',
    category: 'services',
    estimatedValuePence: 4_000_000,
    startDate: '2025-05-01',
  });
  await open(page, app.host, `/exercises/${exercise.id}`);
  await page.getByRole('link', { name: /^Edit/ }).click();
  await expect(page.getByLabel('Estimated value')).toHaveValue('40,000.00');
  await expectNoAxeViolations(page);
  await page.getByLabel('Estimated value').fill('60,000');
  await page.getByLabel('Social value approach').selectOption({ label: 'Contract requirement' });
  await page.getByRole('button', { name: 'Save changes' }).click();

  const audit = page.getByRole('table', { name: /Every change to this record/ });
  await expect(audit.getByText('Changed Estimated value from £40,000 to £60,000')).toBeVisible();
  await expect(audit.getByText('Set Social value approach to Contract requirement')).toBeVisible();
  await expect(audit.getByText('Created')).toBeVisible();
  await expect(page.getByText('In scope of local policy', { exact: true })).toBeVisible();

  // Delete asks first, naming the record, and can be cancelled.
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('region', { name: 'Delete procurement exercise PX-2025-200?' });
  await expect(confirm).toBeFocused();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete this procurement exercise' }).click();

  await expect(page).toHaveURL(/#\/exercises$/);
  const banner = page
    .getByRole('status')
    .filter({ hasText: 'Procurement exercise PX-2025-200 deleted.' });
  await expect(banner).toBeVisible();
  await expectNoAxeViolations(page);
  const stored = () =>
    readWorkspace<{ deleted_at: string | null; estimated_value_pence: number }>(
      app.dataDir,
      'SELECT deleted_at, estimated_value_pence FROM exercises',
    );
  expect(stored()[0]?.deleted_at).not.toBeNull();

  await banner.getByRole('button', { name: /^Undo/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/exercises/${exercise.id}$`));
  await expect(page.getByText('Procurement exercise PX-2025-200 restored.')).toBeVisible();
  await expect(audit.getByText('Deleted')).toBeVisible();
  await expect(audit.getByText('Restored')).toBeVisible();
  expect(stored()).toEqual([{ deleted_at: null, estimated_value_pence: 6_000_000 }]);
  // The restore is logged as the update that clears deleted_at.
  const log = readWorkspace<{ operation: string; new_values: string | null }>(
    app.dataDir,
    "SELECT operation, new_values FROM change_log WHERE table_name = 'exercises' ORDER BY changed_at, rowid",
  );
  expect(log.map((row) => row.operation)).toEqual(['insert', 'update', 'delete', 'update']);
  expect(JSON.parse(log[3]?.new_values ?? '{}')).toEqual({ deleted_at: null });
});

test('a supplier holding contracts cannot be deleted, and the reason is shown', async ({
  page,
  app,
}) => {
  const supplier = await api(app.host, 'suppliers.create', { name: 'Blaby Builders Ltd' });
  await api(app.host, 'contracts.create', {
    reference: 'C-2025-001',
    title: 'Depot roof',
    supplierId: supplier.id,
    category: 'works',
    valuePence: 12_000_000,
    startDate: '2025-04-01',
    endDate: '2026-03-31',
  });
  await open(page, app.host, `/suppliers/${supplier.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Blaby Builders Ltd' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete this supplier' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'It was not deleted. This supplier holds 1 contract, so it cannot be deleted. Delete or reassign the contracts first, or merge the supplier into another.',
  );
  await expect(page.getByRole('button', { name: 'Yes, delete this supplier' })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#/suppliers/${supplier.id}$`));
  await expectNoAxeViolations(page);
  const [row] = readWorkspace<{ deleted_at: string | null }>(
    app.dataDir,
    'SELECT deleted_at FROM suppliers',
  );
  expect(row?.deleted_at).toBeNull();
});

test('bad contract input is refused beside its field: money, dates and a duplicate reference', async ({
  page,
  app,
}) => {
  const supplier = await api(app.host, 'suppliers.create', { name: 'Hinckley Haulage Ltd' });
  await api(app.host, 'contracts.create', {
    reference: 'C-2025-050',
    title: 'Waste haulage',
    supplierId: supplier.id,
    category: 'services',
    valuePence: 5_000_000,
    startDate: '2025-04-01',
    endDate: '2026-03-31',
  });
  await open(page, app.host, '/contracts/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New contract' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Reference').fill('c-2025-050');
  await page.getByLabel('Title').fill('Bulky waste haulage');
  await page.getByRole('combobox', { name: 'Supplier' }).fill('Hinck');
  await page.getByRole('option', { name: /Hinckley Haulage Ltd/ }).click();
  await page.getByLabel('Category').selectOption({ label: 'Services' });
  await page.getByLabel('Whole-life value').fill('lots');
  await page.getByLabel('Start date').fill('2025-04-01');
  await page.getByLabel('End date').fill('2025-03-31');
  await page.getByRole('button', { name: 'Add contract' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the whole-life value in pounds, for example 60,000 or 60,000.00',
    'The end date must be on or after the start date',
  ]);
  await expect(page.getByLabel('Whole-life value')).toHaveAccessibleDescription(
    /Enter the whole-life value in pounds/,
  );
  await expect(page.getByLabel('End date')).toHaveAccessibleDescription(
    /must be on or after the start date/,
  );
  await expectNoAxeViolations(page);

  // Fixed here, the backend then refuses the reference already in use.
  await page.getByLabel('Whole-life value').fill('45,500.50');
  await page.getByLabel('End date').fill('2026-03-31');
  await page.getByRole('button', { name: 'Add contract' }).click();
  await expect(summary.getByRole('link')).toHaveCount(1);
  await expect(page.getByLabel('Reference')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Reference')).toHaveAccessibleDescription(/C-2025-050/i);

  const rows = readWorkspace<{ reference: string }>(app.dataDir, 'SELECT reference FROM contracts');
  expect(rows).toEqual([{ reference: 'C-2025-050' }]);

  // A new reference goes through.
  await page.getByLabel('Reference').fill('C-2025-051');
  await page.getByRole('button', { name: 'Add contract' }).click();
  await expect(page.getByText('Contract C-2025-051', { exact: true })).toBeVisible();
  const [added] = readWorkspace<{ value_pence: number }>(
    app.dataDir,
    "SELECT value_pence FROM contracts WHERE reference = 'C-2025-051'",
  );
  expect(added).toEqual({ value_pence: 4_550_050 });
});

test('a version conflict tells the officer and offers to reload', async ({ page, app }) => {
  const supplier = await api(app.host, 'suppliers.create', { name: 'Melton Mowbray Cleaning' });
  await open(page, app.host, `/suppliers/${supplier.id}/edit`);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Melton Mowbray Cleaning');
  await api(app.host, 'suppliers.update', {
    id: supplier.id,
    version: supplier.version,
    fields: { name: 'Melton Cleaning Services' },
  });
  await page.getByLabel('Contact name').fill('Sam Patel');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Your changes have not been saved' });
  await expect(conflict).toBeFocused();
  await expect(conflict).toContainText(/This supplier was changed by .+ since you opened it/);
  await expectNoAxeViolations(page);
  await conflict.getByRole('button', { name: 'Reload the supplier' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Melton Cleaning Services');
  await expect(page.getByLabel('Contact name')).toHaveValue('');
});

test('likely duplicate suppliers are merged after confirmation', async ({ page, app }) => {
  const kept = await api(app.host, 'suppliers.create', { name: 'Acme Cleaning Ltd' });
  const other = await api(app.host, 'suppliers.create', { name: 'ACME Cleaning Limited' });
  await api(app.host, 'contracts.create', {
    reference: 'C-2025-077',
    title: 'Office cleaning',
    supplierId: kept.id,
    category: 'services',
    valuePence: 2_000_000,
    startDate: '2025-04-01',
    endDate: '2026-03-31',
  });
  await open(page, app.host, `/suppliers/${kept.id}`);
  await page.getByRole('link', { name: 'Check for likely duplicate suppliers' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Likely duplicate suppliers' }),
  ).toBeVisible();
  await expect(page.getByLabel('Keep Acme Cleaning Ltd')).toBeChecked();
  await expect(page.getByLabel('Merge ACME Cleaning Limited in')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Merge group 1/ }).click();
  const confirm = page.getByRole('region', { name: 'Merge 1 supplier into Acme Cleaning Ltd?' });
  await expect(confirm).toBeFocused();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Yes, merge them' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merged into Acme Cleaning Ltd.' }),
  ).toBeVisible();
  await expect(page.getByText('No likely duplicates found.')).toBeVisible();

  const rows = readWorkspace<{ id: string; deleted: number }>(
    app.dataDir,
    'SELECT id, deleted_at IS NOT NULL AS deleted FROM suppliers ORDER BY name',
  );
  expect(rows).toEqual(
    expect.arrayContaining([
      { id: kept.id, deleted: 0 },
      { id: other.id, deleted: 1 },
    ]),
  );
});

test('the dashboard shows the pipeline, contracts ending soon and exercises lacking social value', async ({
  page,
  app,
}) => {
  const today = new Date();
  const inMonths = (months: number) => {
    const date = new Date(today.getFullYear(), today.getMonth() + months, 15);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-15`;
  };
  const supplier = await api(app.host, 'suppliers.create', { name: 'Oadby Office Supplies' });
  await api(app.host, 'contracts.create', {
    reference: 'C-END-SOON',
    title: 'Stationery',
    supplierId: supplier.id,
    category: 'goods',
    valuePence: 7_500_000,
    startDate: inMonths(-20),
    endDate: inMonths(2),
  });
  await api(app.host, 'exercises.create', {
    reference: 'PX-NO-SV',
    title: 'Fleet servicing',
    category: 'services',
    estimatedValuePence: 9_000_000,
    startDate: inMonths(-1),
  });
  await open(page, app.host, '/');
  const pipeline = page.getByRole('table', { name: 'Procurement exercises by status' });
  await expect(pipeline.getByRole('row', { name: /Pipeline/ })).toContainText('£90,000');
  const ending = page.getByRole('table', { name: /Contracts ending in the next six months/ });
  await expect(ending.getByRole('link', { name: 'C-END-SOON' })).toBeVisible();
  const missing = page.getByRole('table', { name: /no social value approach recorded/ });
  await expect(missing.getByRole('link', { name: 'PX-NO-SV' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load demo data' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await pipeline.getByRole('link', { name: 'Pipeline' }).click();
  await expect(page).toHaveURL(/#\/exercises\?status=pipeline$/);
});

test('an empty workspace offers demo data, and the dashboard fills with it', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await open(page, app.host, '/');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Demo data loaded/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Load demo data' })).toHaveCount(0);
  const all = page
    .getByRole('table', { name: 'Procurement exercises by status' })
    .getByRole('row', { name: /^All/ });
  await expect(all).not.toContainText(/^All\s*0/);
  await expectNoAxeViolations(page);
  const [counts] = readWorkspace<{ suppliers: number; contracts: number }>(
    app.dataDir,
    `SELECT (SELECT count(*) FROM suppliers) AS suppliers, (SELECT count(*) FROM contracts) AS contracts`,
  );
  expect(counts?.suppliers).toBeGreaterThan(0);
  expect(counts?.contracts).toBeGreaterThan(0);
});
