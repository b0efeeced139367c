// The demo procurement exercises: spread over the current financial year and the two before,
// in every status, with dates that agree with the status and with today, values from £5,000 to
// £3,000,000, and social value recorded as a careful council would (with a few gaps to chase).

import { addDays, addMonths, daysBetween } from '../../shared/calendar-date';
import type {
  ExerciseFields,
  ExerciseStatus,
  ProcurementCategory,
  ProcurementRoute,
  SocialValueApproach,
} from '../../shared/exercise';
import { financialYearOf, financialYearStarting } from '../../shared/financial-year';
import {
  cancellationReasons,
  demoCouncil,
  exerciseTemplates,
  localTowns,
  notApplicableReasons,
  officersByDirectorate,
  outcomeIndexesByTrade,
  type Directorate,
  type ExerciseTemplate,
  type Trade,
} from './demo-catalogue';
import type { SeededRandom } from './random';

export interface DemoExercise {
  /** targetedOutcomeIds is empty here: the loader fills it from outcomeIndexes. */
  fields: ExerciseFields;
  /** Positions in the council profile's list of strategic outcomes. */
  outcomeIndexes: number[];
  trade: Trade;
  directorate: Directorate;
  category: ProcurementCategory;
}

export type StatusCounts = Record<ExerciseStatus, number>;

/** What the generator treats as in scope of the local policy (the default profile's £50,000). */
export const demoPolicyScopePounds = 50_000;
/** Roughly the statutory threshold net of VAT; above it the big procedures are used. */
const statutoryNetPounds = 180_000;

const termMonths: Record<ProcurementCategory, readonly number[]> = {
  services: [12, 24, 36, 36, 48, 60],
  works: [3, 6, 9, 12, 18],
  goods: [3, 12, 24, 36, 48],
};

export function roundPounds(pounds: number): number {
  const step = pounds < 100_000 ? 500 : pounds < 1_000_000 ? 5_000 : 25_000;
  return Math.min(3_000_000, Math.max(5_000, Math.round(pounds / step) * step));
}

function dayIn(random: SeededRandom, from: string, to: string): string {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

type Dates = Pick<
  ExerciseFields,
  | 'startDate'
  | 'advertDate'
  | 'tenderCloseDate'
  | 'awardDecisionDate'
  | 'contractStartDate'
  | 'contractEndDate'
>;

function contractEnd(random: SeededRandom, start: string, category: ProcurementCategory): string {
  return addDays(addMonths(start, random.pick(termMonths[category])), -1);
}

/** Key dates that fit the status: what has happened is before today, what is planned after. */
function timeline(
  random: SeededRandom,
  status: ExerciseStatus,
  category: ProcurementCategory,
  today: string,
  windowStart: string,
  windowEnd: string,
): Dates {
  const planned = (from: string | null) =>
    from ? { contractStartDate: from, contractEndDate: contractEnd(random, from, category) } : {};
  switch (status) {
    case 'awarded': {
      const startDate = dayIn(random, windowStart, addDays(today, -170));
      const advertDate = addDays(startDate, random.int(14, 60));
      const tenderCloseDate = addDays(advertDate, random.int(28, 45));
      const awardDecisionDate = addDays(tenderCloseDate, random.int(21, 50));
      const start = addDays(awardDecisionDate, random.int(14, 60));
      return {
        ...nulls(),
        startDate,
        advertDate,
        tenderCloseDate,
        awardDecisionDate,
        ...planned(start),
      };
    }
    case 'live': {
      const advertDate = dayIn(random, addDays(today, -45), addDays(today, -15));
      const tenderCloseDate = addDays(today, random.int(7, 40));
      const awardDecisionDate = addDays(tenderCloseDate, random.int(21, 40));
      return {
        ...nulls(),
        startDate: addDays(advertDate, -random.int(20, 80)),
        advertDate,
        tenderCloseDate,
        awardDecisionDate,
        ...planned(addDays(awardDecisionDate, random.int(30, 60))),
      };
    }
    case 'evaluation': {
      const tenderCloseDate = dayIn(random, addDays(today, -45), addDays(today, -5));
      const advertDate = addDays(tenderCloseDate, -random.int(30, 50));
      const awardDecisionDate = addDays(today, random.int(7, 45));
      return {
        ...nulls(),
        startDate: addDays(advertDate, -random.int(20, 60)),
        advertDate,
        tenderCloseDate,
        awardDecisionDate,
        ...planned(addDays(awardDecisionDate, random.int(21, 60))),
      };
    }
    case 'pipeline': {
      const last = addDays(today, 240) < windowEnd ? addDays(today, 240) : windowEnd;
      const startDate = dayIn(random, addDays(today, -30), last < today ? today : last);
      const earliestAdvert = addDays(today, 7);
      const advert = addDays(startDate, random.int(30, 90));
      const advertDate = random.chance(0.6)
        ? advert < earliestAdvert
          ? earliestAdvert
          : advert
        : null;
      return {
        ...nulls(),
        startDate,
        advertDate,
        tenderCloseDate: advertDate && addDays(advertDate, random.int(30, 42)),
        ...planned(random.chance(0.5) ? addDays(startDate, random.int(150, 240)) : null),
      };
    }
    case 'cancelled': {
      const startDate = dayIn(random, windowStart, addDays(today, -80));
      const advertDate = random.chance(0.7) ? addDays(startDate, random.int(14, 60)) : null;
      return {
        ...nulls(),
        startDate,
        advertDate,
        tenderCloseDate: advertDate && random.chance(0.6) ? addDays(advertDate, 35) : null,
      };
    }
  }
}

function nulls(): Omit<Dates, 'startDate'> {
  return {
    advertDate: null,
    tenderCloseDate: null,
    awardDecisionDate: null,
    contractStartDate: null,
    contractEndDate: null,
  };
}

function route(
  random: SeededRandom,
  template: ExerciseTemplate,
  pounds: number,
  status: ExerciseStatus,
): ProcurementRoute | null {
  if (status === 'pipeline' && random.chance(0.4)) return null;
  if (pounds < demoPolicyScopePounds) return random.chance(0.75) ? 'quotation' : 'direct-award';
  if (pounds < statutoryNetPounds) {
    return random.pick(['open', 'quotation', 'framework-call-off'] as const);
  }
  if (template.trade === 'care' || template.trade === 'children') {
    return random.pick(['dynamic-market', 'competitive-flexible', 'open'] as const);
  }
  if (template.category === 'works') {
    return random.pick(['restricted', 'framework-call-off', 'framework-call-off', 'open'] as const);
  }
  if (template.category === 'goods' || template.trade === 'it') {
    return random.pick(['framework-call-off', 'open'] as const);
  }
  return random.pick(['open', 'open', 'competitive-flexible', 'framework-call-off'] as const);
}

interface SocialValue {
  socialValueApproach: SocialValueApproach | null;
  socialValueWeightingPercent: number | null;
  notApplicableReason: string | null;
  outcomeIndexes: number[];
}

const noSocialValue: SocialValue = {
  socialValueApproach: null,
  socialValueWeightingPercent: null,
  notApplicableReason: null,
  outcomeIndexes: [],
};

function socialValue(
  random: SeededRandom,
  trade: Trade,
  pounds: number,
  procurementRoute: ProcurementRoute | null,
  missing: boolean,
): SocialValue {
  if (missing) return noSocialValue;
  if (pounds < demoPolicyScopePounds) {
    if (random.chance(0.3)) return noSocialValue;
    return {
      ...noSocialValue,
      socialValueApproach: 'not-applicable',
      notApplicableReason: random.pick(notApplicableReasons.slice(0, 2)),
    };
  }
  const outcomeIndexes = outcomeIndexesByTrade[trade].slice(0, random.int(1, 2));
  const framework = procurementRoute === 'framework-call-off';
  const roll = random.next();
  if (framework && roll < 0.25) {
    return {
      ...noSocialValue,
      socialValueApproach: 'not-applicable',
      notApplicableReason: notApplicableReasons[2],
    };
  }
  if (roll < (framework ? 0.6 : 0.15)) {
    return { ...noSocialValue, socialValueApproach: 'contract-requirement', outcomeIndexes };
  }
  return {
    socialValueApproach: 'award-criterion',
    socialValueWeightingPercent: random.pick([5, 10, 10, 10, 10, 15, 15, 20]),
    notApplicableReason: null,
    outcomeIndexes,
  };
}

/** The templates for `total` exercises; past the catalogue's length, titles name a town or lot. */
function templatesFor(random: SeededRandom, total: number): ExerciseTemplate[] {
  const shuffled = random.shuffle(exerciseTemplates);
  return Array.from({ length: total }, (_, i) => {
    const template = shuffled[i % shuffled.length] as ExerciseTemplate;
    const round = Math.floor(i / shuffled.length);
    if (round === 0) return template;
    const town = localTowns[(round - 1) % localTowns.length] as string;
    const lot = Math.ceil(round / localTowns.length);
    return { ...template, title: `${template.title}, ${town}${lot > 1 ? ` (lot ${lot})` : ''}` };
  });
}

/** Up to `take` of the positions below `count` that pass `test`, drawn at random. */
function pickWhere(
  random: SeededRandom,
  count: number,
  test: (i: number) => boolean,
  take: number,
): Set<number> {
  const candidates = Array.from({ length: count }, (_, i) => i).filter(test);
  return new Set(random.sample(candidates, take));
}

/** How many open exercises in scope are left with no social value approach, by status. */
export function missingSocialValueCounts(counts: StatusCounts): Partial<StatusCounts> {
  const scale = (n: number, least: number) => Math.max(least, Math.round(n * 0.05));
  return {
    pipeline: scale(counts.pipeline, 3),
    live: scale(counts.live, 2),
    evaluation: scale(counts.evaluation, 1),
    awarded: scale(counts.awarded, 1),
  };
}

/** The exercises, oldest first, with references numbered within each financial year. */
export function generateExercises(
  random: SeededRandom,
  counts: StatusCounts,
  today: string,
): DemoExercise[] {
  const current = financialYearOf(today);
  const windowStart = financialYearStarting(current.startYear - 2).start;
  const statuses = random.shuffle(
    (Object.entries(counts) as [ExerciseStatus, number][]).flatMap(([status, n]) =>
      Array.from({ length: n }, () => status),
    ),
  );
  const templates = templatesFor(random, statuses.length);
  const pounds = templates.map((template) =>
    roundPounds(random.logUniform(template.minPounds, template.maxPounds)),
  );

  const missing = new Set<number>();
  for (const [status, take] of Object.entries(missingSocialValueCounts(counts))) {
    const chosen = pickWhere(
      random,
      statuses.length,
      (i) => statuses[i] === status && (pounds[i] as number) >= 2 * demoPolicyScopePounds,
      take,
    );
    chosen.forEach((i) => missing.add(i));
  }
  const reserved = pickWhere(
    random,
    statuses.length,
    (i) =>
      statuses[i] !== 'cancelled' &&
      templates[i]?.category !== 'goods' &&
      (pounds[i] as number) < statutoryNetPounds,
    Math.max(3, Math.round(statuses.length * 0.03)),
  );

  const made = statuses.map((status, i): DemoExercise => {
    const template = templates[i] as ExerciseTemplate;
    const value = pounds[i] as number;
    const procurementRoute = route(random, template, value, status);
    const { outcomeIndexes, ...social } = socialValue(
      random,
      template.trade,
      value,
      procurementRoute,
      missing.has(i),
    );
    const dates = timeline(random, status, template.category, today, windowStart, current.end);
    const reason = status === 'cancelled' ? random.pick(cancellationReasons) : null;
    return {
      trade: template.trade,
      directorate: template.directorate,
      category: template.category,
      outcomeIndexes,
      fields: {
        reference: '',
        title: template.title,
        description: [template.description, reason].filter(Boolean).join(' ') || null,
        directorate: template.directorate,
        leadOfficer: random.pick(officersByDirectorate[template.directorate]),
        category: template.category,
        procurementRoute,
        estimatedValuePence: value * 100,
        ...dates,
        status,
        reservedToLocal: reserved.has(i),
        ...social,
        targetedOutcomeIds: [],
      },
    };
  });

  made.sort((a, b) => a.fields.startDate.localeCompare(b.fields.startDate));
  const numbers = new Map<string, number>();
  for (const exercise of made) {
    const year = financialYearOf(exercise.fields.startDate);
    const code = `${year.startYear % 100}${(year.startYear + 1) % 100}`.padStart(4, '0');
    const next = (numbers.get(code) ?? 0) + 1;
    numbers.set(code, next);
    exercise.fields.reference = `${demoCouncil.referencePrefix}-${code}-${String(next).padStart(3, '0')}`;
  }
  return made;
}
