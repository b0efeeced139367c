// The demo suppliers: about 40% local, mostly SMEs, some VCSEs and Real Living Wage employers,
// and two pairs of likely duplicates (the same name written two ways; the same company number).

import { addDays, daysBetween } from '../../shared/calendar-date';
import {
  isLocalPostcode,
  normaliseCompanyNumber,
  normaliseSupplierName,
} from '../../shared/supplier-rules';
import type { SupplierFields, SupplierSize } from '../../shared/supplier';
import { demoCouncil, trades, type Trade } from './demo-catalogue';
import {
  elsewherePlaces,
  firstNames,
  inwardLetters,
  localPlaces,
  nameStems,
  premises,
  streets,
  surnames,
  tradeWeights,
  tradeWords,
  vcseTemplates,
  type Place,
  type VcseTemplate,
} from './demo-names';
import type { SeededRandom } from './random';

export interface DemoSupplier {
  fields: SupplierFields;
  trade: Trade;
  /** Local as the app will judge it: the override, else the postcode against the demo area. */
  local: boolean;
  /** For a likely duplicate: the position of the supplier it duplicates. */
  duplicateOf: number | null;
  /** For a VCSE: words in the titles of the work it is best placed to win. */
  serves: readonly string[];
}

export const demoSupplierShares = {
  local: 0.4,
  vcse: 1 / 6,
  realLivingWage: 0.25,
  unknownSize: 0.03,
} as const;

interface Spec {
  trade: Trade;
  vcse: VcseTemplate | null;
  local: boolean;
  realLivingWage: boolean;
  unknownSize: boolean;
  override: SupplierFields['localOverride'];
}

function weightedTrade(random: SeededRandom): Trade {
  const total = trades.reduce((sum, trade) => sum + tradeWeights[trade], 0);
  let roll = random.next() * total;
  for (const trade of trades) {
    roll -= tradeWeights[trade];
    if (roll < 0) return trade;
  }
  return 'construction';
}

function specs(random: SeededRandom, count: number): Spec[] {
  const vcseCount = Math.round(count * demoSupplierShares.vcse);
  const list: Spec[] = [];
  for (let i = 0; i < count; i += 1) {
    const vcse = i < vcseCount ? (vcseTemplates[i % vcseTemplates.length] as VcseTemplate) : null;
    const regular = i - vcseCount;
    const trade =
      vcse?.trade ?? (regular < trades.length ? trades[regular] : weightedTrade(random));
    list.push({
      trade: trade as Trade,
      vcse,
      local: false,
      realLivingWage: false,
      unknownSize: false,
      override: 'derived',
    });
  }
  const all = list.map((_, i) => i);
  const regular = all.filter((i) => i >= vcseCount);
  // VCSEs are mostly local: put most of them first in the draw for the local places.
  const vcseFirst = random.shuffle(all.filter((i) => i < vcseCount && random.chance(0.7)));
  const drawnFirst = new Set(vcseFirst);
  const rest = random.shuffle(all.filter((i) => !drawnFirst.has(i)));
  const localCount = Math.round(count * demoSupplierShares.local);
  for (const i of [...vcseFirst, ...rest].slice(0, localCount)) (list[i] as Spec).local = true;
  const accredited = Math.round(count * demoSupplierShares.realLivingWage);
  for (const i of random.sample(all, accredited)) (list[i] as Spec).realLivingWage = true;
  const unknown = Math.max(1, Math.round(count * demoSupplierShares.unknownSize));
  for (const i of random.sample(regular, unknown)) (list[i] as Spec).unknownSize = true;
  // One firm based elsewhere that the council treats as local (its depot is in the district),
  // and one with a local registered office that it does not.
  const elsewhere = regular.filter((i) => !list[i]?.local);
  const here = regular.filter((i) => list[i]?.local);
  if (elsewhere.length > 0) (list[random.pick(elsewhere)] as Spec).override = 'local';
  if (here.length > 0) (list[random.pick(here)] as Spec).override = 'not-local';
  return random.shuffle(list);
}

function size(random: SeededRandom, spec: Spec): SupplierSize | null {
  if (spec.unknownSize) return null;
  const roll = random.next();
  if (spec.vcse) return roll < 0.4 ? 'micro' : roll < 0.8 ? 'small' : 'medium';
  const large = spec.local ? 0.06 : 0.22;
  if (roll < large) return 'large';
  return roll < large + 0.28 ? 'micro' : roll < large + 0.62 ? 'small' : 'medium';
}

/** Picks names until one is not yet taken once normalised, so only the planted duplicates match. */
class NameBook {
  readonly #names = new Set<string>();
  readonly #numbers = new Set<string>();

  /** `make` is told how many names were already taken, to widen its choice when many are. */
  takeName(make: (tries: number) => string): string {
    for (let tries = 0; ; tries += 1) {
      const name = make(tries);
      const key = normaliseSupplierName(name);
      if (!this.#names.has(key)) {
        this.#names.add(key);
        return name;
      }
    }
  }

  takeNumber(make: () => string): string {
    for (;;) {
      const number = make();
      const key = normaliseCompanyNumber(number) ?? number;
      if (!this.#numbers.has(key)) {
        this.#numbers.add(key);
        return number;
      }
    }
  }
}

const directions = ['North', 'South', 'East', 'West', 'Central', 'Greater', 'Upper', 'Lower'];

/** A made-up place word; after a few clashes, two of them or one with a direction. */
function stemFor(random: SeededRandom, tries: number): string {
  const stem = random.pick(nameStems);
  if (tries < 3) return stem;
  return random.chance(0.5)
    ? `${random.pick(directions)} ${stem}`
    : `${stem} ${random.pick(nameStems)}`;
}

function companyName(
  random: SeededRandom,
  spec: Spec,
  supplierSize: SupplierSize | null,
  tries: number,
): string {
  const stem = stemFor(random, tries);
  const surname = random.pick(surnames);
  const word = random.pick(tradeWords[spec.trade]);
  if (spec.vcse) return spec.vcse.name.replace('{stem}', stem);
  if (spec.trade === 'consultancy' && random.chance(0.4)) {
    return `${surname} ${random.pick(surnames)} LLP`;
  }
  if (supplierSize === 'large') {
    return random.chance(0.5) ? `${stem} ${word} Group Ltd` : `${stem} ${word} PLC`;
  }
  if (supplierSize === 'micro' && random.chance(0.25)) {
    return `${random.pick(firstNames).charAt(0)}. ${surname} ${word}`;
  }
  const roll = random.next();
  if (roll < 0.45) return `${stem} ${word} Ltd`;
  if (roll < 0.65) return `${surname} ${word} Ltd`;
  if (roll < 0.8) return `${surname} & ${random.pick(surnames)} ${word} Ltd`;
  return `${stem} ${word} Limited`;
}

const digits = (random: SeededRandom, count: number) =>
  Array.from({ length: count }, () => random.int(0, 9)).join('');

function companyNumber(random: SeededRandom, name: string, place: Place): string {
  if (name.endsWith('LLP')) return `${place.scottish ? 'SO' : 'OC'}${random.int(300_000, 449_999)}`;
  if (place.scottish) return `SC${random.int(100_000, 799_999)}`;
  return random.chance(0.6)
    ? `0${random.int(1, 9)}${digits(random, 6)}`
    : `1${random.int(0, 5)}${digits(random, 6)}`;
}

function charityNumber(random: SeededRandom, place: Place): string {
  if (place.scottish) return `SC0${random.int(10_000, 54_999)}`;
  return random.chance(0.6)
    ? String(random.int(1_050_000, 1_209_999))
    : String(random.int(500_000, 529_999));
}

function postcode(random: SeededRandom, place: Place): string {
  const letter = () => inwardLetters.charAt(random.int(0, inwardLetters.length - 1));
  return `${random.pick(place.outwards)} ${random.int(1, 9)}${letter()}${letter()}`;
}

function address(random: SeededRandom, place: Place): string {
  const roll = random.next();
  if (roll < 0.4) {
    return `Unit ${random.int(1, 24)}, ${random.pick(nameStems)} ${random.pick(premises)}, ${place.town}`;
  }
  if (roll < 0.6) {
    return `Suite ${random.int(1, 12)}, ${random.pick(nameStems)} House, ${random.pick(streets)}, ${place.town}`;
  }
  return `${random.int(1, 220)} ${random.pick(streets)}, ${place.town}`;
}

function emailDomain(name: string): string {
  const words = normaliseSupplierName(name)
    .split(' ')
    .filter((word) => word !== 'and' && word.length > 1)
    .slice(0, 2);
  return `${words.join('')}.example`;
}

function supplier(random: SeededRandom, spec: Spec, book: NameBook, today: string): SupplierFields {
  const place = random.pick(spec.local ? localPlaces : elsewherePlaces);
  const supplierSize = size(random, spec);
  const name = book.takeName((tries) => companyName(random, spec, supplierSize, tries));
  const incorporated = spec.vcse ? spec.vcse.company : /(Ltd|Limited|PLC|LLP)$/.test(name);
  const number = incorporated ? book.takeNumber(() => companyNumber(random, name, place)) : null;
  const first = random.pick(firstNames);
  const last = random.pick(surnames);
  const since = spec.realLivingWage
    ? addDays('2014-04-01', random.int(0, daysBetween('2014-04-01', today) - 60))
    : null;
  return {
    name,
    companyNumber: number,
    charityNumber: spec.vcse?.charity ? book.takeNumber(() => charityNumber(random, place)) : null,
    address: address(random, place),
    postcode: postcode(random, place),
    localOverride: spec.override,
    size: supplierSize,
    vcse: spec.vcse !== null,
    vcseType: spec.vcse?.type ?? null,
    realLivingWage: spec.realLivingWage,
    realLivingWageSince: since,
    contactName: `${first} ${last}`,
    contactEmail: `${first}.${last}@${emailDomain(name)}`.toLowerCase(),
    contactPhone: random.chance(0.15)
      ? `07700 900${digits(random, 3)}`
      : `${place.phone}${digits(random, 3)}`,
  };
}

/** Local as the app will judge it in the demo council's area. */
function isLocal(fields: SupplierFields): boolean {
  const override = fields.localOverride;
  return override === 'derived'
    ? isLocalPostcode(fields.postcode ?? '', demoCouncil.localArea)
    : override === 'local';
}

/**
 * Two likely duplicates for the duplicates screen: "X Ltd" entered again as "X Limited" with no
 * company number, and a firm entered again under a longer name with its number written without
 * the leading zero.
 */
function duplicates(list: DemoSupplier[], book: NameBook): DemoSupplier[] {
  const made: DemoSupplier[] = [];
  const byName = list.findIndex(
    (s) => !s.fields.vcse && s.fields.name.endsWith(' Ltd') && !s.fields.name.includes(' & '),
  );
  const original = list[byName];
  if (original) {
    made.push({
      ...original,
      fields: {
        ...original.fields,
        name: original.fields.name.replace(/ Ltd$/, ' Limited'),
        companyNumber: null,
        localOverride: 'derived',
        realLivingWage: false,
        realLivingWageSince: null,
        contactName: null,
        contactEmail: null,
        contactPhone: null,
      },
      duplicateOf: byName,
    });
  }
  const byNumber = list.findIndex(
    (s, i) =>
      i !== byName && /^0\d{7}$/.test(s.fields.companyNumber ?? '') && / Ltd$/.test(s.fields.name),
  );
  const numbered = list[byNumber];
  if (numbered) {
    const variants = [' (UK) Ltd', ' Services Ltd', ' Group Ltd', ' Holdings Ltd'];
    const name = book.takeName((taken) => {
      const tries = taken + 1;
      const ending = variants[taken % variants.length] as string;
      return numbered.fields.name.replace(
        / Ltd$/,
        tries > variants.length ? ` ${tries}${ending}` : ending,
      );
    });
    made.push({
      ...numbered,
      fields: {
        ...numbered.fields,
        name,
        companyNumber: (numbered.fields.companyNumber ?? '').slice(1),
        realLivingWage: false,
        realLivingWageSince: null,
      },
      duplicateOf: byNumber,
    });
  }
  return made;
}

/** `count` suppliers (two of them planted duplicates), the same for the same random state. */
export function generateSuppliers(
  random: SeededRandom,
  count: number,
  today: string,
): DemoSupplier[] {
  const book = new NameBook();
  const list = specs(random, count - 2).map((spec) => {
    const fields = supplier(random, spec, book, today);
    return {
      fields,
      trade: spec.trade,
      local: isLocal(fields),
      duplicateOf: null,
      serves: spec.vcse?.serves ?? [],
    };
  });
  const planted = duplicates(list, book).map((made) => ({ ...made, local: isLocal(made.fields) }));
  return [...list, ...planted];
}
