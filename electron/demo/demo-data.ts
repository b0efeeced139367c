// The demo workspace as plain records, generated from a seed: the same seed and the same today
// give the same data. Nothing here touches the database (load-demo.ts writes it).

import type { ReportingFrequency } from '../../shared/council-profile';
import { demoCouncil } from './demo-catalogue';
import { generateContracts, type ContractPlan, type DemoContract } from './demo-contracts';
import { generateExercises, type DemoExercise, type StatusCounts } from './demo-exercises';
import { generateSocialValue, type DemoSocialValue } from './demo-social-value';
import { generateSuppliers, type DemoSupplier } from './demo-suppliers';
import { SeededRandom } from './random';

export type DemoSize = 'standard' | 'large';

interface SizePlan {
  suppliers: number;
  exercises: StatusCounts;
  contracts: ContractPlan;
  /** Commitments, returns, action plans and case studies (the standard workspace only). */
  socialValue: boolean;
}

/**
 * Standard: about 80 exercises in every status, 50 contracts (46 awarded, 4 from the register),
 * 60 suppliers, and their social value. Large, the benchmark workspace: 20,000 suppliers, 5,000
 * exercises and 50,000 contracts (2,875 awarded, the rest from the register), with no social
 * value (its benchmark makes its own returns).
 */
export const demoSizes: Record<DemoSize, SizePlan> = {
  standard: {
    suppliers: 60,
    exercises: { pipeline: 11, live: 8, evaluation: 8, awarded: 46, cancelled: 7 },
    contracts: { register: 4, endingSoon: 5, terminated: 1, registerSpanDays: 1_800 },
    socialValue: true,
  },
  large: {
    suppliers: 20_000,
    exercises: { pipeline: 688, live: 500, evaluation: 500, awarded: 2_875, cancelled: 437 },
    contracts: { register: 47_125, endingSoon: 100, terminated: 40, registerSpanDays: 2_500 },
    socialValue: false,
  },
};

export const defaultDemoSeed = 20_240_401;

export interface DemoOptions {
  /** YYYY-MM-DD: the financial years are this one's and the two before. */
  today: string;
  size?: DemoSize;
  seed?: number;
}

export interface DemoData {
  council: {
    councilName: string;
    localArea: string[];
    financialYearStartMonth: number;
    reportingFrequency: ReportingFrequency;
  };
  suppliers: DemoSupplier[];
  exercises: DemoExercise[];
  contracts: DemoContract[];
  socialValue: DemoSocialValue | null;
}

export function generateDemoData({
  today,
  size = 'standard',
  seed = defaultDemoSeed,
}: DemoOptions): DemoData {
  const plan = demoSizes[size];
  const random = new SeededRandom(seed);
  const suppliers = generateSuppliers(random, plan.suppliers, today);
  const exercises = generateExercises(random, plan.exercises, today);
  const contracts = generateContracts(random, exercises, suppliers, plan.contracts, today);
  const council = {
    councilName: demoCouncil.councilName,
    localArea: [...demoCouncil.localArea],
    financialYearStartMonth: 4,
    reportingFrequency: 'quarterly' as const,
  };
  return {
    council,
    suppliers,
    exercises,
    contracts,
    socialValue: plan.socialValue
      ? generateSocialValue(random, { contracts, suppliers }, council, today)
      : null,
  };
}
