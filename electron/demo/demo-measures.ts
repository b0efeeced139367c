// The demo council's view of the starter framework (electron/db/starter-framework.ts): the proxy
// values it sets on each measure, which measures suit each kind of work, and how finely each
// measure's quantities are written.

import type { MeasureKind } from '../../shared/social-value';
import { starterTree } from '../db/starter-framework';
import type { Trade } from './demo-catalogue';

/** The starter framework's measures by code, as shipped. */
const starterMeasures = new Map(
  starterTree(new Map())
    .themes.flatMap((theme) => theme.outcomes.flatMap((outcome) => outcome.measures))
    .map((measure) => [measure.code, measure]),
);

const codesOfKind = (kind: MeasureKind) =>
  [...starterMeasures.values()].filter((m) => m.kind === kind).map((m) => m.code);

/** Money measures (local spend, say): each £1 is worth £1, as shipped. */
export const moneyCodes: ReadonlySet<string> = new Set(codesOfKind('money'));

/** Narrative measures (FW2, FW3): described in returns, never counted. */
export const recordOnlyCodes: readonly string[] = codesOfKind('record-only');

/** Pence per unit of the quantity measures, as the council first set them. */
export const demoProxyPence: Readonly<Record<string, number>> = {
  JS1: 2_800_000, // a local job, per FTE year
  JS2: 2_600_000,
  JS3: 25_000, // an apprenticeship week
  JS4: 2_000, // an hour of training
  JS5: 18_000,
  JS6: 1_500,
  JS7: 25_000,
  LE4: 6_000,
  CV1: 1_600, // an hour of volunteering
  CV4: 75_000,
  EC1: 25_000, // a tonne of CO2e
  EC2: 10,
  EC3: 10_000,
  FW1: 120_000,
};

/**
 * The council's review of two proxies, nine months before today (see proxyReviewDate). Commitments
 * made before it keep the values above (history is never revalued); later ones take these.
 */
export const reviewedProxyPence: Readonly<Record<string, number>> = {
  JS1: 3_000_000,
  CV1: 1_700,
};

/** The proxy a commitment takes: before the review or after it. Null for a narrative measure. */
export function proxyFor(code: string, reviewed: boolean): number | null {
  if (moneyCodes.has(code)) return 100;
  return (reviewed ? reviewedProxyPence[code] : undefined) ?? demoProxyPence[code] ?? null;
}

/** The measures a supplier doing each kind of work would sensibly offer, the best suited first. */
export const measuresByTrade: Record<Trade, readonly string[]> = {
  grounds: ['JS1', 'JS3', 'CV1', 'EC3', 'EC2', 'LE1'],
  construction: ['JS1', 'JS3', 'LE1', 'JS5', 'JS7', 'LE2', 'EC3', 'EC1'],
  facilities: ['JS1', 'FW1', 'JS4', 'CV1', 'LE2', 'EC1'],
  care: ['JS1', 'FW1', 'JS4', 'CV1', 'JS2', 'LE3'],
  children: ['JS6', 'JS4', 'CV4', 'LE3', 'JS1'],
  housing: ['JS1', 'JS3', 'LE1', 'CV4', 'JS2', 'EC1'],
  it: ['JS5', 'JS6', 'LE4', 'CV2', 'EC1', 'JS4'],
  transport: ['EC2', 'EC1', 'JS1', 'JS4', 'CV3'],
  waste: ['EC3', 'EC1', 'JS1', 'JS2', 'CV1', 'EC2'],
  consultancy: ['LE4', 'JS6', 'CV1', 'JS5', 'CV2'],
  energy: ['EC1', 'JS3', 'LE1', 'JS7'],
  supplies: ['LE2', 'EC1', 'CV2', 'CV3'],
  print: ['LE2', 'JS5', 'CV3', 'EC1'],
  catering: ['LE1', 'JS2', 'FW1', 'CV2', 'EC3'],
  security: ['JS1', 'FW1', 'JS4', 'CV1'],
  leisure: ['CV4', 'JS6', 'JS1', 'CV1', 'JS2'],
};

/** Extra measures a supplier may report without having committed to them. */
export const extraCodes = ['CV1', 'CV4', 'JS7'] as const;

interface Steps {
  /** What a commitment is rounded to. */
  commitment: number;
  /** What a quarter's delivered quantity is rounded to. */
  period: number;
}

const wholeSteps: Steps = { commitment: 1, period: 1 };

const stepsByUnit: Record<string, Steps> = {
  FTE: { commitment: 0.5, period: 0.1 },
  hours: { commitment: 10, period: 1 },
  weeks: wholeSteps,
  number: wholeSteps,
  '£': { commitment: 1_000, period: 1 },
  tCO2e: { commitment: 1, period: 0.1 },
  miles: { commitment: 1_000, period: 10 },
  tonnes: { commitment: 5, period: 0.1 },
};

export function stepsFor(code: string): Steps {
  return stepsByUnit[starterMeasures.get(code)?.unit ?? ''] ?? wholeSteps;
}

/** A quantity rounded to a step, without floating point dust (0.30000000000000004). */
export function roundTo(quantity: number, step: number): number {
  return Number((Math.round(quantity / step) * step).toFixed(6));
}

/** How much of a contract's social value each measure tends to carry: jobs and spend most. */
export function shareWeight(code: string): number {
  if (code === 'JS1' || code === 'LE1' || code === 'LE2') return 3;
  return moneyCodes.has(code) ? 2 : 1;
}
