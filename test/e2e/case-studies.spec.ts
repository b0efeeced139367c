// An officer writes up a case study from a contract's page: the contract and supplier filled
// in, a picture attached (a small PNG made here) and shown with its description, a file that is
// not a picture refused by name, consent recorded, and the case study listed on the contract.

import { solidPng } from '../fixtures/png';
import { api, expectNoAxeViolations, open, summaryValue } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

test('an officer adds a case study with a picture to a contract and records consent', async ({
  page,
  app,
}) => {
  const supplier = await api(app.host, 'suppliers.create', {
    name: 'Soar Valley Construction Ltd',
    postcode: 'LE11 3AB',
    size: 'medium',
  });
  const contract = await api(app.host, 'contracts.create', {
    reference: 'C-2025-031',
    title: 'Highways resurfacing',
    supplierId: supplier.id,
    category: 'works',
    valuePence: 250_000_000,
    startDate: '2025-04-01',
    endDate: '2028-03-31',
  });

  await open(page, app.host, `/contracts/${contract.id}`);
  const section = page.getByRole('region', { name: 'Case studies' });
  await expect(section).toContainText('No case studies for this contract yet.');
  await section.getByRole('link', { name: 'Add a case study for this contract' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'New case study' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Contract' })).toHaveValue(
    'C-2025-031: Highways resurfacing',
  );
  await expect(page.getByRole('combobox', { name: 'Supplier' })).toHaveValue(
    'Soar Valley Construction Ltd',
  );
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill('Apprentices on the ring road');
  await page.getByLabel('Improved Opportunities').check();
  await page
    .getByLabel('The story')
    .fill('Twelve young people from the city started apprenticeships on the resurfacing works.');
  await page
    .getByLabel('Quantified outputs')
    .fill('12 apprentices started\n\n3 now in permanent jobs');
  // Consent ticked without saying who gave it is refused beside the note.
  await page.getByLabel('Consent to publish has been given').check();
  await page.getByRole('button', { name: 'Add case study' }).click();
  await expect(page.locator('#field-consentNote-error')).toHaveText(
    'Error: Say who gave consent to publish, and when',
  );
  await page.getByLabel('Consent to publish has been given').uncheck();
  await page.getByRole('button', { name: 'Add case study' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Apprentices on the ring road' }),
  ).toBeVisible();
  await expect(page.getByText('Consent to publish: not given.')).toBeVisible();
  await expect(summaryValue(page, 'Contract')).toHaveText('C-2025-031: Highways resurfacing');
  await expect(summaryValue(page, 'Supplier')).toHaveText('Soar Valley Construction Ltd');
  await expect(summaryValue(page, 'Council outcomes')).toHaveText('Improved Opportunities');
  await expect(
    page.getByRole('listitem').filter({ hasText: '3 now in permanent jobs' }),
  ).toBeVisible();
  await expect(page.getByText('No pictures yet.')).toBeVisible();

  // A picture: a 40 x 30 PNG made here.
  const png = solidPng(40, 30, [0, 112, 60]);
  const pictureForm = page.getByRole('form', { name: 'Add a picture' });
  await pictureForm.getByLabel('Picture file').setInputFiles({
    name: 'apprentices.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await pictureForm
    .getByLabel('Description for people who cannot see the picture')
    .fill('Two apprentices laying tarmac');
  await pictureForm.getByLabel('Caption').fill('On site, March');
  await pictureForm.getByRole('button', { name: 'Add picture' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Picture added.' })).toBeVisible();
  const image = page.getByRole('img', { name: 'Two apprentices laying tarmac' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  await expect(page.getByText('On site, March')).toBeVisible();
  await expectNoAxeViolations(page);

  // A document renamed .png is refused, named, beside the file box; nothing is stored.
  await pictureForm.getByLabel('Picture file').setInputFiles({
    name: 'minutes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('Minutes of the scrutiny meeting'),
  });
  await pictureForm
    .getByLabel('Description for people who cannot see the picture')
    .fill('Not a picture');
  await pictureForm.getByRole('button', { name: 'Add picture' }).click();
  await expect(pictureForm.locator('#field-picture-error')).toHaveText(
    'Error: "minutes.png" is not a JPEG, PNG or WebP picture. Choose a photo saved in one of those formats.',
  );
  const pictures = readWorkspace<{
    file_name: string;
    media_type: string;
    bytes: Buffer;
    alt_text: string;
  }>(app.dataDir, 'SELECT file_name, media_type, bytes, alt_text FROM case_study_pictures');
  expect(pictures).toHaveLength(1);
  expect(pictures[0]).toMatchObject({
    file_name: 'apprentices.png',
    media_type: 'image/png',
    alt_text: 'Two apprentices laying tarmac',
  });
  expect(Buffer.compare(pictures[0]?.bytes ?? Buffer.alloc(0), png)).toBe(0);

  // Removing a picture asks first, and can be undone.
  await page.getByRole('button', { name: 'Remove apprentices.png' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByText('No pictures yet.')).toBeVisible();
  await page
    .getByRole('status')
    .filter({ hasText: 'Picture apprentices.png removed.' })
    .getByRole('button', { name: /^Undo/ })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Picture apprentices.png restored.' }),
  ).toBeVisible();
  await expect(image).toBeVisible();

  // Consent, recorded with who gave it.
  await page.getByRole('link', { name: /^Edit/ }).click();
  await page.getByLabel('Consent to publish has been given').check();
  await page
    .getByLabel('Consent given by, and when')
    .fill('J. Patel, site manager, for the apprentices, 3 March 2026');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.consent')).toHaveText(
    'Consent to publish: given. J. Patel, site manager, for the apprentices, 3 March 2026',
  );
  await expect(
    page.getByRole('table').getByText('Changed Consent to publish from No to Yes'),
  ).toBeVisible();

  // The contract lists it.
  await page.getByRole('link', { name: 'C-2025-031: Highways resurfacing' }).click();
  const row = page
    .getByRole('region', { name: 'Case studies' })
    .getByRole('row', { name: /Apprentices on the ring road/ });
  await expect(row).toContainText('Soar Valley Construction Ltd');
  await expect(row).toContainText('Given');
  await expectNoAxeViolations(page);

  const [study] = readWorkspace<{
    contract_id: string;
    supplier_id: string;
    outputs: string;
    consent_to_publish: number;
  }>(app.dataDir, 'SELECT contract_id, supplier_id, outputs, consent_to_publish FROM case_studies');
  expect(study).toEqual({
    contract_id: contract.id,
    supplier_id: supplier.id,
    outputs: '12 apprentices started\n3 now in permanent jobs',
    consent_to_publish: 1,
  });
});
