import { describe, expect, it } from 'vitest';
import {
  councilProfileInputSchema,
  defaultCouncilProfile,
  type CouncilProfileInput,
} from '../../shared/council-profile';

/** The default profile as the form would send it the first time, safe to change. */
function validInput(): CouncilProfileInput {
  return structuredClone({ ...defaultCouncilProfile, version: 0 });
}

/** The schema's problems, as path + message, or [] when the input is accepted. */
function problems(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = councilProfileInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

/** The messages of the problems at exactly `path`. */
function messagesAt(input: unknown, path: PropertyKey[]): string[] {
  return problems(input)
    .filter((issue) => JSON.stringify(issue.path) === JSON.stringify(path))
    .map((issue) => issue.message);
}

const threshold = (
  overrides: Partial<CouncilProfileInput['thresholds'][number]> = {},
): CouncilProfileInput['thresholds'][number] => ({
  kind: 'local',
  category: 'all',
  vatBasis: 'net',
  amountPence: 5_000_000,
  effectiveFrom: '2022-04-01',
  ...overrides,
});

describe('defaultCouncilProfile', () => {
  it('is accepted by the schema unchanged', () => {
    const result = councilProfileInputSchema.safeParse(validInput());
    expect(result.success).toBe(true);
    expect(result.data).toEqual(validInput());
  });

  it('carries the statutory sub-central thresholds for goods and services, including VAT', () => {
    for (const category of ['goods', 'services'] as const) {
      const statutory = defaultCouncilProfile.thresholds
        .filter((t) => t.kind === 'statutory' && t.category === category)
        .map(({ vatBasis, amountPence, effectiveFrom }) => ({
          vatBasis,
          amountPence,
          effectiveFrom,
        }));
      expect(statutory).toEqual([
        { vatBasis: 'gross', amountPence: 21_347_700, effectiveFrom: '2022-01-01' }, // £213,477
        { vatBasis: 'gross', amountPence: 21_490_400, effectiveFrom: '2024-01-01' }, // £214,904
        { vatBasis: 'gross', amountPence: 20_772_000, effectiveFrom: '2026-01-01' }, // £207,720
      ]);
    }
  });

  it('carries the statutory works threshold of £5,372,609 from 2024', () => {
    const works = defaultCouncilProfile.thresholds.filter((t) => t.category === 'works');
    expect(works).toEqual([
      {
        kind: 'statutory',
        category: 'works',
        vatBasis: 'gross',
        amountPence: 537_260_900,
        effectiveFrom: '2024-01-01',
      },
    ]);
  });

  it('carries a £50,000 local policy threshold for all categories, net of VAT', () => {
    const local = defaultCouncilProfile.thresholds.filter((t) => t.kind === 'local');
    expect(local).toEqual([
      {
        kind: 'local',
        category: 'all',
        vatBasis: 'net',
        amountPence: 5_000_000,
        effectiveFrom: '2022-04-01',
      },
    ]);
    expect(defaultCouncilProfile.thresholds).toHaveLength(8);
  });

  it('starts the year in April, reports quarterly and uses the 90% / 60% RAG bands', () => {
    expect(defaultCouncilProfile.financialYearStartMonth).toBe(4);
    expect(defaultCouncilProfile.reportingFrequency).toBe('quarterly');
    expect(defaultCouncilProfile.ragGreenFromPercent).toBe(90);
    expect(defaultCouncilProfile.ragAmberFromPercent).toBe(60);
    expect(defaultCouncilProfile.localArea).toEqual([]);
  });

  it('lists the example strategic outcomes', () => {
    expect(defaultCouncilProfile.strategicOutcomes.map((o) => o.name)).toEqual([
      'Clean and Green',
      'Great Communities',
      'Improved Opportunities',
      'Strong Economy, Transport and Infrastructure',
      'Safe and Well',
    ]);
  });
});

describe('councilProfileInputSchema: council name', () => {
  it('refuses an empty name, naming the field', () => {
    expect(problems({ ...validInput(), councilName: '' })).toEqual([
      { path: ['councilName'], message: 'Enter the council name' },
    ]);
  });

  it('refuses a name of only spaces', () => {
    expect(messagesAt({ ...validInput(), councilName: '   ' }, ['councilName'])).toEqual([
      'Enter the council name',
    ]);
  });

  it('refuses a missing name with the same message', () => {
    const rest: Partial<CouncilProfileInput> = validInput();
    delete rest.councilName;
    expect(messagesAt(rest, ['councilName'])).toEqual(['Enter the council name']);
  });

  it('trims the name it keeps', () => {
    const result = councilProfileInputSchema.parse({
      ...validInput(),
      councilName: '  North West Leicestershire District Council ',
    });
    expect(result.councilName).toBe('North West Leicestershire District Council');
  });

  it('allows 200 characters and refuses 201', () => {
    expect(problems({ ...validInput(), councilName: 'x'.repeat(200) })).toEqual([]);
    expect(messagesAt({ ...validInput(), councilName: 'x'.repeat(201) }, ['councilName'])).toEqual([
      'Keep the council name under 200 characters',
    ]);
  });
});

describe('councilProfileInputSchema: financial year start month', () => {
  it.each([1, 4, 12])('accepts month %i', (month) => {
    expect(problems({ ...validInput(), financialYearStartMonth: month })).toEqual([]);
  });

  it.each([0, 13, -4])('refuses month %i, naming the field', (month) => {
    expect(
      messagesAt({ ...validInput(), financialYearStartMonth: month }, ['financialYearStartMonth']),
    ).toEqual(['Choose a month']);
  });

  it.each([4.5, Number.NaN, '4', null])('refuses %j', (month) => {
    expect(
      messagesAt({ ...validInput(), financialYearStartMonth: month }, ['financialYearStartMonth']),
    ).toHaveLength(1);
  });
});

describe('councilProfileInputSchema: reporting frequency', () => {
  it.each(['monthly', 'quarterly', 'half-yearly', 'annual'])('accepts %j', (frequency) => {
    expect(problems({ ...validInput(), reportingFrequency: frequency })).toEqual([]);
  });

  it('refuses anything else, naming the field', () => {
    expect(problems({ ...validInput(), reportingFrequency: 'weekly' })).toEqual([
      { path: ['reportingFrequency'], message: 'Choose how often suppliers report' },
    ]);
  });
});

describe('councilProfileInputSchema: local area', () => {
  it('keeps entries normalised', () => {
    const result = councilProfileInputSchema.parse({
      ...validInput(),
      localArea: ['le1 - le19', ' le65', 'ng'],
    });
    expect(result.localArea).toEqual(['LE1-LE19', 'LE65', 'NG']);
  });

  it('refuses a bad entry at its own index, with the reason', () => {
    expect(problems({ ...validInput(), localArea: ['LE1', 'LE19-LE1', 'LE100'] })).toEqual([
      { path: ['localArea', 1], message: '"LE19-LE1" starts after it ends' },
      {
        path: ['localArea', 2],
        message: '"LE100" is not a postcode area (LE), district (LE65) or range (LE1-LE19)',
      },
    ]);
  });

  it('refuses a blank entry', () => {
    expect(messagesAt({ ...validInput(), localArea: ['LE1', ' '] }, ['localArea', 1])).toEqual([
      'Enter a postcode area or district',
    ]);
  });

  it('allows 500 entries and refuses 501', () => {
    const entries = (n: number) => Array.from({ length: n }, () => 'LE1');
    expect(problems({ ...validInput(), localArea: entries(500) })).toEqual([]);
    expect(messagesAt({ ...validInput(), localArea: entries(501) }, ['localArea'])).toEqual([
      'List at most 500 postcode areas and districts',
    ]);
  });
});

describe('councilProfileInputSchema: RAG bands and weighting', () => {
  it('accepts amber starting just below green', () => {
    expect(
      problems({ ...validInput(), ragGreenFromPercent: 90, ragAmberFromPercent: 89.5 }),
    ).toEqual([]);
  });

  it.each([
    [90, 90],
    [60, 90],
    [0, 0],
  ])('refuses green from %d% with amber from %d%, on the amber field', (green, amber) => {
    expect(
      problems({ ...validInput(), ragGreenFromPercent: green, ragAmberFromPercent: amber }),
    ).toEqual([
      { path: ['ragAmberFromPercent'], message: 'The amber band must start below the green band' },
    ]);
  });

  it('reports the band order together with other problems on the first save', () => {
    expect(
      problems({
        ...validInput(),
        councilName: '',
        ragGreenFromPercent: 50,
        ragAmberFromPercent: 70,
      }),
    ).toEqual([
      { path: ['councilName'], message: 'Enter the council name' },
      { path: ['ragAmberFromPercent'], message: 'The amber band must start below the green band' },
    ]);
  });

  it('does not compare the bands when one of them is not a number', () => {
    expect(problems({ ...validInput(), ragGreenFromPercent: Number.NaN })).toEqual([
      { path: ['ragGreenFromPercent'], message: 'Enter the green band as a number' },
    ]);
  });

  it('refuses percentages outside 0 to 100, naming the band', () => {
    expect(problems({ ...validInput(), ragGreenFromPercent: 101 })).toEqual([
      { path: ['ragGreenFromPercent'], message: 'The green band cannot be above 100%' },
    ]);
    expect(problems({ ...validInput(), ragAmberFromPercent: -1 })).toEqual([
      { path: ['ragAmberFromPercent'], message: 'The amber band cannot be below 0%' },
    ]);
  });

  it('accepts a default weighting from 0% to 100% and refuses more', () => {
    expect(problems({ ...validInput(), defaultSocialValueWeightingPercent: 0 })).toEqual([]);
    expect(problems({ ...validInput(), defaultSocialValueWeightingPercent: 100 })).toEqual([]);
    expect(problems({ ...validInput(), defaultSocialValueWeightingPercent: 100.5 })).toEqual([
      {
        path: ['defaultSocialValueWeightingPercent'],
        message: 'The default weighting cannot be above 100%',
      },
    ]);
    expect(problems({ ...validInput(), defaultSocialValueWeightingPercent: '10' })).toEqual([
      {
        path: ['defaultSocialValueWeightingPercent'],
        message: 'Enter the default weighting as a number',
      },
    ]);
  });
});

describe('councilProfileInputSchema: strategic outcomes', () => {
  const withOutcomes = (...names: string[]) => ({
    ...validInput(),
    strategicOutcomes: names.map((name) => ({ name })),
  });

  it('accepts no outcomes at all', () => {
    expect(problems(withOutcomes())).toEqual([]);
  });

  it('refuses the same outcome twice, on the second one, quoting it', () => {
    expect(problems(withOutcomes('Clean and Green', 'Safe and Well', 'Clean and Green'))).toEqual([
      { path: ['strategicOutcomes', 2, 'name'], message: '"Clean and Green" is listed twice' },
    ]);
  });

  it('treats outcomes differing only in case or outer spaces as the same', () => {
    expect(problems(withOutcomes('Safe and Well', ' safe and well '))).toEqual([
      { path: ['strategicOutcomes', 1, 'name'], message: '"safe and well" is listed twice' },
    ]);
  });

  it('refuses a blank row, naming the row', () => {
    expect(problems(withOutcomes('Safe and Well', '  '))).toEqual([
      { path: ['strategicOutcomes', 1, 'name'], message: 'Enter the outcome, or remove the row' },
    ]);
  });

  it('refuses an outcome over 200 characters', () => {
    expect(messagesAt(withOutcomes('x'.repeat(201)), ['strategicOutcomes', 0, 'name'])).toEqual([
      'Keep the outcome under 200 characters',
    ]);
  });

  it('allows 50 outcomes and refuses 51', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `Outcome ${i}`);
    expect(problems(withOutcomes(...names(50)))).toEqual([]);
    expect(messagesAt(withOutcomes(...names(51)), ['strategicOutcomes'])).toEqual([
      'List at most 50 outcomes',
    ]);
  });

  it('refuses an id that is not a record id', () => {
    const input = { ...validInput(), strategicOutcomes: [{ id: '42', name: 'Safe and Well' }] };
    expect(problems(input)).toEqual([
      { path: ['strategicOutcomes', 0, 'id'], message: 'Not a record id' },
    ]);
  });
});

describe('councilProfileInputSchema: thresholds', () => {
  const withThresholds = (...thresholds: CouncilProfileInput['thresholds']) => ({
    ...validInput(),
    thresholds,
  });
  const duplicate = 'Another threshold of this kind and category starts on the same date';

  it('refuses two of the same kind and category from the same date, on the later row', () => {
    expect(
      problems(
        withThresholds(
          threshold(),
          threshold({ kind: 'statutory', category: 'goods' }),
          threshold({ amountPence: 7_500_000 }),
        ),
      ),
    ).toEqual([{ path: ['thresholds', 2, 'effectiveFrom'], message: duplicate }]);
  });

  it('refuses the same kind, category and date even when one is gross and one net', () => {
    expect(problems(withThresholds(threshold(), threshold({ vatBasis: 'gross' })))).toEqual([
      { path: ['thresholds', 1, 'effectiveFrom'], message: duplicate },
    ]);
  });

  it('refuses a copy of a default statutory threshold', () => {
    const input = validInput();
    const first = input.thresholds[0];
    if (!first) throw new Error('the default profile has thresholds');
    input.thresholds.push({ ...first });
    expect(problems(input)).toEqual([
      { path: ['thresholds', input.thresholds.length - 1, 'effectiveFrom'], message: duplicate },
    ]);
  });

  it('accepts the same kind and category from different dates, and different ones on a date', () => {
    expect(
      problems(
        withThresholds(
          threshold(),
          threshold({ effectiveFrom: '2025-04-01' }),
          threshold({ category: 'works' }),
          threshold({ kind: 'statutory' }),
        ),
      ),
    ).toEqual([]);
  });

  it('keeps at least one threshold', () => {
    expect(problems(withThresholds())).toEqual([
      { path: ['thresholds'], message: 'Keep at least one threshold' },
    ]);
  });

  it.each([
    [0, 'Enter an amount above £0'],
    [-100, 'Enter an amount above £0'],
    [12.5, 'Enter an amount in pounds and pence'],
    [1e15 + 1, 'Enter a smaller amount'],
    [Number.NaN, 'Enter an amount in pounds'],
    ['50000', 'Enter an amount in pounds'],
  ])('refuses an amount of %j pence: %s', (amountPence, message) => {
    const input = withThresholds(threshold(), threshold({ effectiveFrom: '2025-04-01' }));
    (input.thresholds[1] as { amountPence: unknown }).amountPence = amountPence;
    expect(problems(input)).toEqual([{ path: ['thresholds', 1, 'amountPence'], message }]);
  });

  it('accepts an amount up to £10 trillion', () => {
    expect(problems(withThresholds(threshold({ amountPence: 1e15 })))).toEqual([]);
  });

  it.each(['2025-02-29', '2025-13-01', '01/04/2025', ''])(
    'refuses the start date %j, naming the row',
    (effectiveFrom) => {
      expect(problems(withThresholds(threshold({ effectiveFrom })))).toEqual([
        {
          path: ['thresholds', 0, 'effectiveFrom'],
          message: 'Enter a real date, for example 2026-01-01',
        },
      ]);
    },
  );

  it('accepts a threshold from 29 February in a leap year', () => {
    expect(problems(withThresholds(threshold({ effectiveFrom: '2028-02-29' })))).toEqual([]);
  });

  it('names the field of an unknown kind, category or VAT basis', () => {
    const input = withThresholds(threshold());
    Object.assign(input.thresholds[0] ?? {}, {
      kind: 'regional',
      category: 'consultancy',
      vatBasis: 'both',
    });
    expect(problems(input)).toEqual([
      { path: ['thresholds', 0, 'kind'], message: 'Choose statutory or local policy' },
      { path: ['thresholds', 0, 'category'], message: 'Choose a category' },
      { path: ['thresholds', 0, 'vatBasis'], message: 'Choose including or excluding VAT' },
    ]);
  });

  it('accepts a record id and refuses anything else', () => {
    const id = '0b9a3c52-6f0e-4d7e-9b1a-2c3d4e5f6a7b';
    expect(problems(withThresholds(threshold({ id })))).toEqual([]);
    expect(problems(withThresholds(threshold({ id: 'row-1' })))).toEqual([
      { path: ['thresholds', 0, 'id'], message: 'Not a record id' },
    ]);
  });
});

describe('councilProfileInputSchema: version', () => {
  it('requires the version the form was loaded at', () => {
    const rest: Partial<CouncilProfileInput> = validInput();
    delete rest.version;
    expect(problems(rest).map((issue) => issue.path)).toEqual([['version']]);
  });

  it('refuses a negative or fractional version', () => {
    expect(problems({ ...validInput(), version: -1 }).map((issue) => issue.path)).toEqual([
      ['version'],
    ]);
    expect(problems({ ...validInput(), version: 1.5 }).map((issue) => issue.path)).toEqual([
      ['version'],
    ]);
  });
});
