// The demo returns: one for every reporting period that has ended on each committed contract,
// delivery varying around what was committed (most contracts on track, some slipping, some
// well behind), and in every status: most verified within two weeks of coming in, the latest few
// awaiting verification (one of them part verified), some queried, two rejected, drafts for the
// quarter under way, and a few contracts with returns missing, for the Grey ratings and the
// missing-returns list.

import { addDays } from '../../shared/calendar-date';
import type { ReportingFrequency } from '../../shared/council-profile';
import {
  duePeriods,
  reportingPeriodOf,
  type ReportingPeriod,
} from '../../shared/reporting-periods';
import { expectedToDate } from '../../shared/social-value-calc';
import type { LineDecision } from '../../shared/social-value-return';
import type { DemoCommitment } from './demo-commitments';
import type { DemoContract } from './demo-contracts';
import { extraCodes, roundTo, stepsFor } from './demo-measures';
import { evidenceReference, narrative, queryNotes, rejectNotes } from './demo-return-texts';
import type { SeededRandom } from './random';

export interface DemoReturnLine {
  code: string;
  /** Null for a narrative measure, and for a line a draft has not filled in yet. */
  quantity: number | null;
  evidenceReference: string | null;
  narrative: string | null;
}

export interface DemoDecision {
  code: string;
  verification: LineDecision;
  note: string | null;
}

export interface DemoReturn {
  contractIndex: number;
  periodLabel: string;
  lines: DemoReturnLine[];
  /** When the supplier sent it in (an ISO timestamp); null for a draft. */
  submittedAt: string | null;
  /** The verifier's decisions on its lines, made on one day; null while it awaits them. */
  verification: { verifier: string; on: string; decisions: DemoDecision[] } | null;
}

/** The council's social value officer, who checks some returns herself. */
export const socialValueOfficer = 'Hannah Cole';

/** How a contract's supplier delivers: the share of what was expected. */
const performance = {
  onTrack: [1.02, 1.3],
  slipping: [0.68, 0.84],
  behind: [0.3, 0.5],
} as const;

/** What happens to a contract's returns beyond the usual: a gap, a query, a rejection... */
type Story =
  | 'usual'
  | 'latest-missing'
  | 'overdue-draft'
  | 'gap-missing'
  | 'two-missing'
  | 'awaiting'
  | 'part-verified'
  | 'queried'
  | 'rejected'
  | 'line-rejected'
  | 'current-draft';

/** The stories told once each (a contract apiece), the Grey ones first. */
const greyStories: Story[] = ['latest-missing', 'overdue-draft', 'gap-missing', 'two-missing'];
const otherStories: Story[] = [
  'awaiting',
  'part-verified',
  'queried',
  'rejected',
  'line-rejected',
  'awaiting',
  'queried',
  'rejected',
  'awaiting',
  'queried',
];

interface Reporting {
  contractIndex: number;
  contract: DemoContract;
  commitments: DemoCommitment[];
  due: ReportingPeriod[];
  /** The share of what was expected the supplier delivers, overall and on each commitment. */
  factor: number;
  factors: number[];
  story: Story;
  extraCode: string | null;
}

interface Settings {
  today: string;
  frequency: ReportingFrequency;
  financialYearStartMonth: number;
}

/** The quantity a commitment expected within one period (the part of it inside the term). */
function expectedIn(
  c: DemoCommitment,
  contract: DemoContract,
  period: ReportingPeriod,
  fy: number,
) {
  const term = { start: contract.fields.startDate, end: contract.fields.endDate };
  const basics = {
    id: '',
    contractId: '',
    measureId: c.code,
    quantity: c.fields.quantity ?? 0,
    yearlyTargets: c.fields.yearlyTargets,
    proxyPence: c.proxyPence,
  };
  return (
    expectedToDate(basics, term, period.end, fy) -
    expectedToDate(basics, term, addDays(period.start, -1), fy)
  );
}

function linesFor(
  random: SeededRandom,
  r: Reporting,
  period: ReportingPeriod,
  settings: Settings,
): DemoReturnLine[] {
  const lines = r.commitments.map((c, i): DemoReturnLine => {
    if (c.fields.quantity === null) {
      return {
        code: c.code,
        quantity: null,
        evidenceReference: null,
        narrative: narrative(random, c.code),
      };
    }
    const expected = expectedIn(c, r.contract, period, settings.financialYearStartMonth);
    const quantity = roundTo(
      expected * (r.factors[i] ?? r.factor) * (0.75 + random.next() * 0.5),
      stepsFor(c.code).period,
    );
    return quantity > 0
      ? {
          code: c.code,
          quantity,
          evidenceReference: evidenceReference(random, c.code, period.label),
          narrative: narrative(random, c.code),
        }
      : { code: c.code, quantity: 0, evidenceReference: null, narrative: 'None this quarter.' };
  });
  if (r.extraCode && random.chance(0.5)) {
    lines.push({
      code: r.extraCode,
      quantity: r.extraCode === 'CV1' ? random.int(6, 40) : random.int(1, 2),
      evidenceReference: evidenceReference(random, r.extraCode, period.label),
      narrative: narrative(random, r.extraCode),
    });
  }
  return lines;
}

const timestamp = (random: SeededRandom, day: string) =>
  `${day}T${String(random.int(8, 16)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;

const earlier = (a: string, b: string) => (a < b ? a : b);

/** A sent return, verified days later (by today; some of the latest are still waiting). */
function sent(
  random: SeededRandom,
  r: Reporting,
  period: ReportingPeriod,
  lines: DemoReturnLine[],
  today: string,
): DemoReturn {
  const submittedOn = earlier(today, addDays(period.end, random.int(5, 20)));
  const verifyOn = addDays(submittedOn, random.int(3, 14));
  // Returns in from the quarter just ended: most verified as they come in, some still waiting.
  const waiting = verifyOn > today && random.chance(0.1);
  const verifier = random.chance(0.7) ? r.contract.fields.contractManager : socialValueOfficer;
  return {
    contractIndex: r.contractIndex,
    periodLabel: period.label,
    lines,
    submittedAt: timestamp(random, submittedOn),
    verification: waiting
      ? null
      : {
          verifier: verifier ?? socialValueOfficer,
          on: earlier(verifyOn, today),
          decisions: lines.map((line) => ({
            code: line.code,
            verification: 'verified',
            note: null,
          })),
        },
  };
}

/** The same return with the verifier's decisions changed by the story (made by today). */
function retold(random: SeededRandom, ret: DemoReturn, story: Story, r: Reporting, today: string) {
  const verifier =
    ret.verification?.verifier ?? r.contract.fields.contractManager ?? socialValueOfficer;
  const on = ret.verification?.on ?? today;
  const decide = (decisions: DemoDecision[]): DemoReturn => ({
    ...ret,
    verification: { verifier, on, decisions },
  });
  const all = (verification: LineDecision, note: () => string | null) =>
    ret.lines.map((line) => ({ code: line.code, verification, note: note() }));
  const counted = ret.lines.findIndex((line) => (line.quantity ?? 0) > 0);
  const one = counted < 0 ? 0 : counted;
  switch (story) {
    case 'awaiting':
      return { ...ret, verification: null };
    case 'part-verified':
      return decide([{ code: ret.lines[one]?.code ?? '', verification: 'verified', note: null }]);
    case 'queried':
    case 'line-rejected': {
      const decisions = all('verified', () => null);
      const notes = story === 'queried' ? queryNotes : rejectNotes;
      decisions[one] = {
        code: decisions[one]?.code ?? '',
        verification: story === 'queried' ? 'queried' : 'rejected',
        note: random.pick(notes),
      };
      return decide(decisions);
    }
    case 'rejected': {
      const note = random.pick(rejectNotes);
      return decide(all('rejected', () => note));
    }
    default:
      return ret;
  }
}

function draft(r: Reporting, period: ReportingPeriod, lines: DemoReturnLine[]): DemoReturn {
  // Started, not finished: the first line filled in, the rest still blank.
  return {
    contractIndex: r.contractIndex,
    periodLabel: period.label,
    lines: lines.map((line, i) =>
      i === 0
        ? line
        : { code: line.code, quantity: null, evidenceReference: null, narrative: null },
    ),
    submittedAt: null,
    verification: null,
  };
}

/** Which due period (by position) a story changes, or -1 for none. */
function storyPeriod(story: Story, count: number): number {
  switch (story) {
    case 'latest-missing':
    case 'overdue-draft':
    case 'awaiting':
    case 'part-verified':
      return count - 1;
    case 'queried':
      return count - 2;
    case 'gap-missing':
    case 'rejected':
      return Math.floor(count / 2);
    case 'line-rejected':
      return 1;
    default:
      return -1;
  }
}

function returnsOf(random: SeededRandom, r: Reporting, settings: Settings): DemoReturn[] {
  const changed = storyPeriod(r.story, r.due.length);
  const returns = r.due.flatMap((period, i): DemoReturn[] => {
    const lines = linesFor(random, r, period, settings);
    const missing =
      (i === changed && (r.story === 'latest-missing' || r.story === 'gap-missing')) ||
      (r.story === 'two-missing' && i >= r.due.length - 2);
    if (missing) return [];
    if (i === changed && r.story === 'overdue-draft') return [draft(r, period, lines)];
    const ret = sent(random, r, period, lines, settings.today);
    return [i === changed ? retold(random, ret, r.story, r, settings.today) : ret];
  });
  if (r.story === 'current-draft') {
    const current = reportingPeriodOf(
      settings.frequency,
      settings.financialYearStartMonth,
      settings.today,
    );
    returns.push(draft(r, current, linesFor(random, r, current, settings)));
  }
  return returns;
}

/** Gives the stories to contracts that can tell them, each to a different contract. */
function assignStories(random: SeededRandom, all: Reporting[], settings: Settings) {
  const pool = random.shuffle(all.filter((r) => r.due.length >= 3));
  const take = (fits: (r: Reporting) => boolean) => {
    const i = pool.findIndex(fits);
    return i < 0 ? undefined : pool.splice(i, 1)[0];
  };
  for (const story of greyStories) {
    const r = take(() => true);
    if (r) {
      r.story = story;
      r.factor = 0.9 + random.next() * 0.2;
    }
  }
  // On contracts going well, so their ratings still show what a query or rejection costs.
  for (const story of otherStories) {
    // A line rejected from a return of one line would reject the whole return.
    const fits = (c: Reporting) => story !== 'line-rejected' || c.commitments.length > 1;
    const r = take((c) => fits(c) && c.factor >= 1) ?? take(fits);
    if (r) r.story = story;
  }
  // Drafts for the quarter under way, on contracts running on after today.
  for (let n = 0; n < 2; n += 1) {
    const r = take((candidate) => candidate.contract.fields.endDate > settings.today);
    if (r) r.story = 'current-draft';
  }
}

/** One return per due period of each committed contract (see the top of the file). */
export function generateReturns(
  random: SeededRandom,
  contracts: readonly DemoContract[],
  commitments: readonly DemoCommitment[],
  settings: Settings,
): DemoReturn[] {
  const byContract = new Map<number, DemoCommitment[]>();
  for (const c of commitments) {
    byContract.set(c.contractIndex, [...(byContract.get(c.contractIndex) ?? []), c]);
  }
  const reporting = [...byContract].flatMap(([contractIndex, own]): Reporting[] => {
    const contract = contracts[contractIndex] as DemoContract;
    const term = { start: contract.fields.startDate, end: contract.fields.endDate };
    const due = duePeriods(
      term,
      settings.frequency,
      settings.financialYearStartMonth,
      settings.today,
    );
    return due.length === 0
      ? []
      : [
          {
            contractIndex,
            contract,
            commitments: own,
            due,
            factor: 1,
            factors: [],
            story: 'usual',
            extraCode: null,
          },
        ];
  });
  // Most on track, a quarter slipping, some well behind.
  random.shuffle(reporting).forEach((r, i) => {
    const share = i / reporting.length;
    const [low, high] =
      share < 0.15 ? performance.behind : share < 0.4 ? performance.slipping : performance.onTrack;
    r.factor = low + random.next() * (high - low);
  });
  assignStories(random, reporting, settings);
  // Each commitment a little above or below the contract's overall delivery.
  for (const r of reporting)
    r.factors = r.commitments.map(() => r.factor * (0.9 + random.next() * 0.2));
  // A few suppliers report a measure they did not commit to.
  for (const r of random.sample(reporting, 3)) {
    const committed = new Set(r.commitments.map((c) => c.code));
    r.extraCode = extraCodes.find((code) => !committed.has(code)) ?? null;
  }
  return reporting.flatMap((r) => returnsOf(random, r, settings));
}
