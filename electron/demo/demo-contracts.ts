// The demo contracts: one for each awarded exercise, let to a supplier of the right trade, and
// some older ones entered from the council's register with no exercise. A few end within six
// months of today and one was terminated early.

import { addDays, addMonths, daysBetween } from '../../shared/calendar-date';
import type { ContractFields, ContractStatus } from '../../shared/contract';
import type { SupplierSize } from '../../shared/supplier';
import {
  exerciseTemplates,
  extensionOptions,
  localTowns,
  officersByDirectorate,
  registerTemplates,
  type Directorate,
  type ExerciseTemplate,
  type Trade,
} from './demo-catalogue';
import { roundPounds, type DemoExercise } from './demo-exercises';
import type { DemoSupplier } from './demo-suppliers';
import type { SeededRandom } from './random';

export interface DemoContract {
  fields: Omit<ContractFields, 'supplierId' | 'exerciseId'>;
  /** Position of the supplier in the generated list; the loader turns it into the id. */
  supplierIndex: number;
  /** Position of the awarding exercise, or null for a contract from the register. */
  exerciseIndex: number | null;
  /** The kind of work, which decides the social value a supplier can offer on it. */
  trade: Trade;
}

export interface ContractPlan {
  /** Contracts from the register, with no exercise. */
  register: number;
  /** Awarded contracts made to end within six months of today (more may end then by chance). */
  endingSoon: number;
  terminated: number;
  /** Draw register start dates from this many days before today. */
  registerSpanDays: number;
}

export function statusOn(startDate: string, endDate: string, today: string): ContractStatus {
  if (startDate > today) return 'not-started';
  return endDate < today ? 'ended' : 'active';
}

/** The most a supplier of each size takes on in a year, in pounds; unknown sizes take anything. */
const yearlyCapacity: Record<SupplierSize, number> = {
  micro: 120_000,
  small: 600_000,
  medium: 2_500_000,
  large: Infinity,
};

interface Need {
  trade: Trade;
  localOnly: boolean;
  title: string;
  yearlyPounds: number;
}

/** Chooses who wins work: the right trade, big enough for it, and local when it is reserved. */
class SupplierPools {
  readonly #suppliers: readonly DemoSupplier[];
  readonly #byTrade = new Map<Trade, number[]>();
  readonly #localByTrade = new Map<Trade, number[]>();
  readonly #all: number[] = [];
  readonly #specialistsByTitle = new Map<string, number[]>();

  constructor(suppliers: readonly DemoSupplier[]) {
    this.#suppliers = suppliers;
    const add = (map: Map<Trade, number[]>, trade: Trade, i: number) => {
      const pool = map.get(trade);
      if (pool) pool.push(i);
      else map.set(trade, [i]);
    };
    suppliers.forEach((supplier, i) => {
      if (supplier.duplicateOf !== null) return;
      this.#all.push(i);
      add(this.#byTrade, supplier.trade, i);
      if (supplier.local) add(this.#localByTrade, supplier.trade, i);
    });
  }

  #fits(i: number, yearlyPounds: number): boolean {
    const size = this.#suppliers[i]?.fields.size;
    return !size || yearlyPounds <= yearlyCapacity[size];
  }

  /** Suppliers of the pool whose specialism is named in the title (remembered per title). */
  #specialists(pool: readonly number[], title: string): number[] {
    const key = `${pool[0]}|${pool.length}|${title}`;
    let found = this.#specialistsByTitle.get(key);
    if (!found) {
      const lower = title.toLowerCase();
      found = pool.filter((i) =>
        this.#suppliers[i]?.serves.some((word) => lower.includes(word.toLowerCase())),
      );
      this.#specialistsByTitle.set(key, found);
    }
    return found;
  }

  /** A random member of the pool big enough for the work; any member when none is. */
  #pickAble(random: SeededRandom, pool: readonly number[], yearlyPounds: number): number {
    for (let tries = 0; tries < 20; tries += 1) {
      const i = random.pick(pool);
      if (this.#fits(i, yearlyPounds)) return i;
    }
    const able = pool.filter((i) => this.#fits(i, yearlyPounds));
    return random.pick(able.length > 0 ? able : pool);
  }

  pick(random: SeededRandom, need: Need): number {
    const local = need.localOnly ? this.#localByTrade.get(need.trade) : undefined;
    const pool = local ?? this.#byTrade.get(need.trade) ?? this.#all;
    const specialists = this.#specialists(pool, need.title).filter((i) =>
      this.#fits(i, need.yearlyPounds),
    );
    if (specialists.length > 0 && random.chance(0.7)) return random.pick(specialists);
    return this.#pickAble(random, pool, need.yearlyPounds);
  }
}

const yearsBetween = (startDate: string, endDate: string) =>
  (daysBetween(startDate, endDate) + 1) / 365.25;

const yearly = (valuePounds: number, startDate: string, endDate: string) =>
  valuePounds / Math.max(1, yearsBetween(startDate, endDate));

function terms(
  random: SeededRandom,
  template: { category: ExerciseTemplate['category']; directorate: Directorate },
  valuePounds: number,
  startDate: string,
  endDate: string,
) {
  const years = yearsBetween(startDate, endDate);
  const services = template.category === 'services';
  return {
    valuePence: valuePounds * 100,
    annualValuePence: Math.round(yearly(valuePounds, startDate, endDate)) * 100,
    extensionOptions:
      services && years >= 2 && random.chance(0.6) ? random.pick(extensionOptions) : null,
    contractManager: random.pick(officersByDirectorate[template.directorate]),
    directorate: template.directorate,
  };
}

function awarded(
  random: SeededRandom,
  exercises: readonly DemoExercise[],
  pools: SupplierPools,
  today: string,
): DemoContract[] {
  const contracts: DemoContract[] = [];
  exercises.forEach((exercise, exerciseIndex) => {
    const e = exercise.fields;
    if (e.status !== 'awarded' || !e.contractStartDate || !e.contractEndDate) return;
    const value = roundPounds((e.estimatedValuePence / 100) * (0.8 + random.next() * 0.25));
    contracts.push({
      supplierIndex: pools.pick(random, {
        trade: exercise.trade,
        localOnly: e.reservedToLocal,
        title: e.title,
        yearlyPounds: yearly(value, e.contractStartDate, e.contractEndDate),
      }),
      exerciseIndex,
      trade: exercise.trade,
      fields: {
        reference: e.reference.replace(/^[A-Z]+-/, 'CON-'),
        title: e.title,
        category: e.category,
        startDate: e.contractStartDate,
        endDate: e.contractEndDate,
        status: statusOn(e.contractStartDate, e.contractEndDate, today),
        ...terms(random, exercise, value, e.contractStartDate, e.contractEndDate),
      },
    });
  });
  return contracts;
}

/** Makes `plan.endingSoon` awarded contracts end within six months, and terminates some. */
function adjustEnds(
  random: SeededRandom,
  contracts: DemoContract[],
  exercises: DemoExercise[],
  plan: ContractPlan,
  today: string,
): void {
  const older = random.shuffle(contracts.filter((c) => c.fields.startDate <= addDays(today, -200)));
  for (const contract of older.slice(0, plan.endingSoon)) {
    const endDate = addDays(today, random.int(14, 170));
    contract.fields.endDate = endDate;
    contract.fields.status = 'active';
    const exercise = contract.exerciseIndex === null ? null : exercises[contract.exerciseIndex];
    if (exercise) exercise.fields.contractEndDate = endDate;
  }
  const running = older
    .slice(plan.endingSoon)
    .filter(
      (c) => c.fields.startDate <= addDays(today, -300) && c.fields.endDate > addDays(today, 200),
    );
  for (const contract of running.slice(0, plan.terminated)) contract.fields.status = 'terminated';
}

function registerContract(
  random: SeededRandom,
  k: number,
  template: ExerciseTemplate,
  chooseSupplier: (need: Need) => number,
  plan: ContractPlan,
  today: string,
): DemoContract {
  const startDate = addDays(today, -random.int(60, plan.registerSpanDays));
  const months = random.pick(
    template.category === 'works' ? [6, 12, 18] : [24, 36, 48, 60, 72, 84],
  );
  // The second one is renewed soon, so the register's own contracts show among those ending.
  const endDate =
    k === 1 ? addDays(today, random.int(30, 150)) : addDays(addMonths(startDate, months), -1);
  const value = roundPounds(random.logUniform(template.minPounds, template.maxPounds));
  const title =
    k < registerTemplates.length ? template.title : `${template.title}, ${random.pick(localTowns)}`;
  return {
    supplierIndex: chooseSupplier({
      trade: template.trade,
      localOnly: false,
      title,
      yearlyPounds: yearly(value, startDate, endDate),
    }),
    exerciseIndex: null,
    trade: template.trade,
    fields: {
      reference: `REG-${String(k + 1).padStart(4, '0')}`,
      title,
      category: template.category,
      startDate,
      endDate,
      status: statusOn(startDate, endDate, today),
      ...terms(random, template, value, startDate, endDate),
    },
  };
}

function register(
  random: SeededRandom,
  suppliers: readonly DemoSupplier[],
  pools: SupplierPools,
  plan: ContractPlan,
  today: string,
): DemoContract[] {
  const everything = [...registerTemplates, ...exerciseTemplates];
  const choose = (need: Need) => pools.pick(random, need);
  // The supplier entered twice holds one small contract under its second name, so a merge
  // has something to move.
  const duplicate = suppliers.findIndex((s) => s.duplicateOf !== null);
  const smallestOfTrade = everything
    .filter((template) => template.trade === suppliers[duplicate]?.trade)
    .sort((a, b) => a.minPounds - b.minPounds)[0];
  return Array.from({ length: plan.register }, (_, k) => {
    if (k === 0 && smallestOfTrade) {
      return registerContract(random, k, smallestOfTrade, () => duplicate, plan, today);
    }
    const template =
      k < registerTemplates.length
        ? (registerTemplates[k] as ExerciseTemplate)
        : random.pick(everything);
    return registerContract(random, k, template, choose, plan, today);
  });
}

/**
 * The contracts: awarded exercises' first, then the register's. Ending some early changes the
 * awarding exercise's contract end date too, so the two agree.
 */
export function generateContracts(
  random: SeededRandom,
  exercises: DemoExercise[],
  suppliers: readonly DemoSupplier[],
  plan: ContractPlan,
  today: string,
): DemoContract[] {
  const pools = new SupplierPools(suppliers);
  const fromExercises = awarded(random, exercises, pools, today);
  adjustEnds(random, fromExercises, exercises, plan, today);
  return [...fromExercises, ...register(random, suppliers, pools, plan, today)];
}
