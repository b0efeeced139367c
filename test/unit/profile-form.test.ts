import { describe, expect, it } from 'vitest';
import { errorAt, toFormErrors } from '../../renderer/form-errors';
import {
  formToInput,
  newRowKey,
  profileToForm,
  type ProfileForm,
  type ThresholdRow,
} from '../../renderer/pages/profile/profile-form';
import { councilProfileInputSchema, type CouncilProfile } from '../../shared/council-profile';
import type { FieldIssue } from '../../shared/result';

const ids = {
  profile: '5f0c8a8e-1d2b-4c3d-8e4f-5a6b7c8d9e0f',
  goods: '0b9a3c52-6f0e-4d7e-9b1a-2c3d4e5f6a7b',
  local: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  green: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  safe: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
};

/** A saved profile as profile.get returns it. */
function savedProfile(): CouncilProfile {
  return {
    id: ids.profile,
    councilName: 'North West Leicestershire District Council',
    financialYearStartMonth: 4,
    reportingFrequency: 'quarterly',
    localArea: ['LE65', 'LE67', 'DE11-DE12', 'DE74'],
    ragGreenFromPercent: 90,
    ragAmberFromPercent: 60,
    defaultSocialValueWeightingPercent: 10,
    thresholds: [
      {
        id: ids.goods,
        kind: 'statutory',
        category: 'goods',
        vatBasis: 'gross',
        amountPence: 21_490_400,
        effectiveFrom: '2024-01-01',
      },
      {
        id: ids.local,
        kind: 'local',
        category: 'all',
        vatBasis: 'net',
        amountPence: 5_000_000,
        effectiveFrom: '2022-04-01',
      },
    ],
    strategicOutcomes: [
      { id: ids.green, name: 'Clean and Green' },
      { id: ids.safe, name: 'Safe and Well' },
    ],
    version: 7,
    updatedAt: '2026-01-05T10:15:00.000Z',
    updatedBy: 'A. Officer',
  };
}

const form = (change: Partial<ProfileForm> = {}): ProfileForm => ({
  ...profileToForm(savedProfile()),
  ...change,
});

const newThresholdRow = (change: Partial<ThresholdRow> = {}): ThresholdRow => ({
  key: newRowKey(),
  kind: 'local',
  category: 'works',
  vatBasis: 'net',
  amount: '250,000.00',
  effectiveFrom: '2026-04-01',
  ...change,
});

function issuesOf(value: ProfileForm): FieldIssue[] {
  const result = formToInput(value);
  if (result.ok) throw new Error('expected the form to be refused');
  return result.issues;
}

function inputOf(value: ProfileForm) {
  const result = formToInput(value);
  if (!result.ok) throw new Error(`expected the form to be accepted: ${JSON.stringify(result)}`);
  return result.input;
}

/** The message an officer sees beside the field at `path`. */
const shownAt = (value: ProfileForm, path: (string | number)[]) =>
  errorAt(toFormErrors(issuesOf(value)), path);

describe('profileToForm', () => {
  it('turns numbers into the text the inputs show', () => {
    const value = profileToForm(savedProfile());
    expect(value).toMatchObject({
      councilName: 'North West Leicestershire District Council',
      financialYearStartMonth: '4',
      reportingFrequency: 'quarterly',
      ragGreenFromPercent: '90',
      ragAmberFromPercent: '60',
      defaultSocialValueWeightingPercent: '10',
      version: 7,
    });
  });

  it('writes the local area as one comma-separated line', () => {
    expect(profileToForm(savedProfile()).localArea).toBe('LE65, LE67, DE11-DE12, DE74');
  });

  it('shows threshold amounts in pounds and pence without the pound sign', () => {
    expect(profileToForm(savedProfile()).thresholds.map((row) => row.amount)).toEqual([
      '214,904.00',
      '50,000.00',
    ]);
  });

  it('keys saved rows by their record id so React keeps them while the form is open', () => {
    const value = profileToForm(savedProfile());
    expect(value.thresholds.map(({ key, id }) => [key, id])).toEqual([
      [ids.goods, ids.goods],
      [ids.local, ids.local],
    ]);
    expect(value.strategicOutcomes).toEqual([
      { key: ids.green, id: ids.green, name: 'Clean and Green' },
      { key: ids.safe, id: ids.safe, name: 'Safe and Well' },
    ]);
  });
});

describe('formToInput: a form saved unchanged', () => {
  it('gives back the profile it was loaded from', () => {
    const profile = savedProfile();
    expect(inputOf(profileToForm(profile))).toEqual({
      councilName: profile.councilName,
      financialYearStartMonth: 4,
      reportingFrequency: 'quarterly',
      localArea: ['LE65', 'LE67', 'DE11-DE12', 'DE74'],
      ragGreenFromPercent: 90,
      ragAmberFromPercent: 60,
      defaultSocialValueWeightingPercent: 10,
      thresholds: profile.thresholds,
      strategicOutcomes: profile.strategicOutcomes,
      version: 7,
    });
  });

  it('produces input the backend schema accepts', () => {
    expect(councilProfileInputSchema.safeParse(inputOf(form())).success).toBe(true);
  });
});

describe('formToInput: numbers typed as text', () => {
  it('reads percentages with a trailing % sign and spaces', () => {
    const input = inputOf(
      form({
        ragGreenFromPercent: ' 85.5% ',
        ragAmberFromPercent: '50 %',
        defaultSocialValueWeightingPercent: '0',
      }),
    );
    expect(input.ragGreenFromPercent).toBe(85.5);
    expect(input.ragAmberFromPercent).toBe(50);
    expect(input.defaultSocialValueWeightingPercent).toBe(0);
  });

  it('asks for a number when a band is left blank, shown beside that band', () => {
    expect(shownAt(form({ ragGreenFromPercent: '' }), ['ragGreenFromPercent'])).toBe(
      'Enter the green band as a number',
    );
    expect(shownAt(form({ ragAmberFromPercent: '  ' }), ['ragAmberFromPercent'])).toBe(
      'Enter the amber band as a number',
    );
  });

  it('asks for a number when the weighting is not one', () => {
    expect(
      shownAt(form({ defaultSocialValueWeightingPercent: 'ten' }), [
        'defaultSocialValueWeightingPercent',
      ]),
    ).toBe('Enter the default weighting as a number');
  });

  it('refuses a percentage above 100', () => {
    expect(shownAt(form({ ragGreenFromPercent: '120' }), ['ragGreenFromPercent'])).toBe(
      'The green band cannot be above 100%',
    );
  });

  it('refuses amber at or above green, beside the amber band', () => {
    expect(
      shownAt(form({ ragGreenFromPercent: '60', ragAmberFromPercent: '60' }), [
        'ragAmberFromPercent',
      ]),
    ).toBe('The amber band must start below the green band');
  });

  it('refuses a financial year start month that is not chosen', () => {
    expect(shownAt(form({ financialYearStartMonth: '' }), ['financialYearStartMonth'])).toBe(
      'Choose a month',
    );
  });

  it('reads the chosen month as a number', () => {
    expect(inputOf(form({ financialYearStartMonth: '1' })).financialYearStartMonth).toBe(1);
  });
});

describe('formToInput: threshold rows', () => {
  it('reads amounts typed with a pound sign and commas into pence', () => {
    const value = form();
    value.thresholds = [
      { ...newThresholdRow(), amount: '£1,234.56' },
      newThresholdRow({ amount: '50000', effectiveFrom: '2027-04-01' }),
    ];
    expect(inputOf(value).thresholds.map((t) => t.amountPence)).toEqual([123_456, 5_000_000]);
  });

  it('sends new rows without an id and saved rows with theirs', () => {
    const value = form();
    value.thresholds = [
      ...value.thresholds,
      newThresholdRow(),
      newThresholdRow({ id: '', effectiveFrom: '2027-04-01' }),
    ];
    const thresholds = inputOf(value).thresholds;
    expect(thresholds.map((t) => t.id)).toEqual([ids.goods, ids.local, undefined, undefined]);
    expect(thresholds.slice(2).every((t) => !('id' in t))).toBe(true);
  });

  it('names the row of an amount that is not money, before the schema speaks', () => {
    const value = form();
    value.thresholds = [...value.thresholds, newThresholdRow({ amount: '12abc' })];
    const issues = issuesOf(value);
    expect(issues[0]).toEqual({
      path: ['thresholds', 2, 'amountPence'],
      message: 'Enter the amount in row 3 in pounds, for example 214,904.00',
    });
    expect(shownAt(value, ['thresholds', 2, 'amountPence'])).toBe(
      'Enter the amount in row 3 in pounds, for example 214,904.00',
    );
  });

  it('treats a blank amount as not money', () => {
    const value = form();
    value.thresholds = [newThresholdRow({ amount: '' })];
    expect(shownAt(value, ['thresholds', 0, 'amountPence'])).toBe(
      'Enter the amount in row 1 in pounds, for example 214,904.00',
    );
  });

  it('refuses a negative amount typed in brackets', () => {
    const value = form();
    value.thresholds = [newThresholdRow({ amount: '(50,000)' })];
    expect(shownAt(value, ['thresholds', 0, 'amountPence'])).toBe('Enter an amount above £0');
  });

  it('refuses a date that does not exist', () => {
    const value = form();
    value.thresholds = [newThresholdRow({ effectiveFrom: '2025-02-29' })];
    expect(shownAt(value, ['thresholds', 0, 'effectiveFrom'])).toBe(
      'Enter a real date, for example 2026-01-01',
    );
  });

  it('refuses a second row of the same kind and category from the same date', () => {
    const value = form();
    value.thresholds = [newThresholdRow(), newThresholdRow({ amount: '300,000' })];
    expect(shownAt(value, ['thresholds', 1, 'effectiveFrom'])).toBe(
      'Another threshold of this kind and category starts on the same date',
    );
    expect(errorAt(toFormErrors(issuesOf(value)), ['thresholds', 0, 'effectiveFrom'])).toBe(
      undefined,
    );
  });

  it('refuses a form with every threshold removed', () => {
    expect(shownAt(form({ thresholds: [] }), ['thresholds'])).toBe('Keep at least one threshold');
  });
});

describe('formToInput: local area and outcomes', () => {
  it('splits and normalises the local area box', () => {
    expect(inputOf(form({ localArea: 'le1 - le19;\nLE65,  ' })).localArea).toEqual([
      'LE1-LE19',
      'LE65',
    ]);
  });

  it('places a bad local area entry under the box, naming the entry', () => {
    const value = form({ localArea: 'LE65, LE19-LE1' });
    expect(issuesOf(value)).toEqual([
      { path: ['localArea', 1], message: '"LE19-LE1" starts after it ends' },
    ]);
    expect(shownAt(value, ['localArea'])).toBe('"LE19-LE1" starts after it ends');
  });

  it('refuses a blank outcome row, beside that row', () => {
    const value = form();
    value.strategicOutcomes = [...value.strategicOutcomes, { key: newRowKey(), name: ' ' }];
    expect(shownAt(value, ['strategicOutcomes', 2, 'name'])).toBe(
      'Enter the outcome, or remove the row',
    );
  });

  it('refuses an outcome listed twice', () => {
    const value = form();
    value.strategicOutcomes = [
      ...value.strategicOutcomes,
      { key: newRowKey(), name: 'clean and green' },
    ];
    expect(shownAt(value, ['strategicOutcomes', 2, 'name'])).toBe(
      '"clean and green" is listed twice',
    );
  });

  it('sends new outcomes without an id', () => {
    const value = form();
    value.strategicOutcomes = [{ key: newRowKey(), name: 'Great Communities' }];
    expect(inputOf(value).strategicOutcomes).toEqual([{ name: 'Great Communities' }]);
  });

  it('refuses an empty council name', () => {
    expect(shownAt(form({ councilName: '   ' }), ['councilName'])).toBe('Enter the council name');
  });
});

describe('formToInput: many problems at once', () => {
  it('reports every field wrong on the first save, with plain paths', () => {
    const value = form({
      councilName: '',
      ragGreenFromPercent: 'x',
      localArea: 'LE100',
    });
    value.thresholds = [newThresholdRow({ amount: 'lots' })];
    const errors = toFormErrors(issuesOf(value));
    expect([...errors.keys()].sort()).toEqual([
      'councilName',
      'localArea.0',
      'ragGreenFromPercent',
      'thresholds.0.amountPence',
    ]);
    for (const issue of issuesOf(value)) {
      for (const part of issue.path) expect(['string', 'number']).toContain(typeof part);
    }
  });
});

describe('newRowKey', () => {
  it('gives a different key each time', () => {
    const keys = Array.from({ length: 50 }, () => newRowKey());
    expect(new Set(keys).size).toBe(50);
    expect(keys.every((key) => key.startsWith('row-'))).toBe(true);
  });
});
