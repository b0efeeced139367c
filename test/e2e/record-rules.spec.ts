// What the officer sees when the records' own rules say no, or name other records: a refusal is
// shown with its reason and no offer to reload, an awarded exercise's status stays put while its
// contract stands (the reason beside the field), suppliers of unknown size are found with the
// SME filter, and the audit trail names the suppliers a contract moved between.

import { contractFieldsSchema } from '../../shared/contract';
import { api, open } from './app-helpers';
import { expect, test } from './fixtures';

const contract = (supplierId: string, reference: string) => ({
  reference,
  title: 'Depot roof',
  supplierId,
  category: 'works' as const,
  valuePence: 12_000_000,
  startDate: '2025-04-01',
  endDate: '2026-03-31',
});

test('a refused delete shows its reason without offering to reload', async ({ page, app }) => {
  const supplier = await api(app.host, 'suppliers.create', { name: 'Blaby Builders Ltd' });
  await api(app.host, 'contracts.create', contract(supplier.id, 'C-2025-001'));
  await open(page, app.host, `/suppliers/${supplier.id}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete this supplier' }).click();

  await expect(page.getByRole('alert')).toContainText('This supplier holds 1 contract');
  await expect(page.getByRole('button', { name: /^Reload/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
});

test("an awarded exercise's status cannot be moved back while its contract stands", async ({
  page,
  app,
}) => {
  const supplier = await api(app.host, 'suppliers.create', { name: 'Oadby Roofing Ltd' });
  const exercise = await api(app.host, 'exercises.create', {
    reference: 'PX-2025-300',
    title: 'Depot roof replacement',
    category: 'works',
    estimatedValuePence: 12_000_000,
    startDate: '2025-01-01',
  });
  await api(app.host, 'exercises.award', {
    id: exercise.id,
    version: exercise.version,
    contract: contract(supplier.id, 'C-2025-300'),
  });
  await open(page, app.host, `/exercises/${exercise.id}/edit`);
  await expect(page.getByLabel('Status')).toHaveValue('awarded');
  await page.getByLabel('Status').selectOption({ label: 'Live' });
  await page.getByRole('button', { name: 'Save changes' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText(
    'The status cannot be changed to Live: this exercise was awarded as contract C-2025-300. Delete the contract first if the award no longer stands.',
  );
  await expect(page.getByLabel('Status')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: /^Reload/ })).toHaveCount(0);
  expect((await api(app.host, 'exercises.get', { id: exercise.id })).status).toBe('awarded');
});

test('the SME filter finds suppliers whose size is not known', async ({ page, app }) => {
  await api(app.host, 'suppliers.create', { name: 'Small Firm Ltd', size: 'small' });
  await api(app.host, 'suppliers.create', { name: 'Large Firm PLC', size: 'large' });
  await api(app.host, 'suppliers.create', { name: 'Unsized Firm Ltd' });
  await open(page, app.host, '/suppliers');
  await expect(page.getByRole('heading', { level: 1, name: 'Suppliers' })).toBeVisible();
  const names = page.getByRole('grid').getByRole('link');
  await expect(names).toHaveCount(3);

  await page.getByLabel('SME').selectOption({ label: 'Size not known' });
  await expect(page).toHaveURL(/sme=unknown/);
  await expect(names).toHaveText(['Unsized Firm Ltd']);
  await expect(page.getByRole('grid')).toContainText('Not known');

  await page.getByLabel('SME').selectOption({ label: 'Not an SME' });
  await expect(names).toHaveText(['Large Firm PLC']);
  await page.reload();
  await expect(page.getByLabel('SME')).toHaveValue('no');
  await page.goBack();
  await expect(page.getByLabel('SME')).toHaveValue('unknown');
  await expect(names).toHaveText(['Unsized Firm Ltd']);
});

test('the audit trail names the suppliers a contract moved between', async ({ page, app }) => {
  const first = await api(app.host, 'suppliers.create', { name: 'Hinckley Haulage Ltd' });
  const second = await api(app.host, 'suppliers.create', { name: 'Melton Movers Ltd' });
  const created = await api(app.host, 'contracts.create', contract(first.id, 'C-2025-400'));
  await api(app.host, 'contracts.update', {
    id: created.id,
    version: created.version,
    fields: { ...contractFieldsSchema.parse(created), supplierId: second.id },
  });
  await open(page, app.host, `/contracts/${created.id}`);

  const audit = page.getByRole('table', { name: /Every change to this record/ });
  await expect(
    audit.getByText('Changed Supplier from Hinckley Haulage Ltd to Melton Movers Ltd'),
  ).toBeVisible();
});
