// The portfolio benchmark's social value data, written straight into a large demo workspace with
// prepared statements in one transaction (how long this takes is not measured): proxy values on
// the starter measures, three commitments on every other contract (a fifth of them with yearly
// targets, a tenth with a record-only measure), and quarterly returns in every status until
// there are `lineCount` return lines, with a few extra measures reported with no commitment.

import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { SeededRandom } from '../../electron/demo/random.ts';

const statuses = [
  ['draft', 0.05],
  ['submitted', 0.15],
  ['verified', 0.6],
  ['queried', 0.12],
  ['rejected', 0.08],
] as const;
type Status = (typeof statuses)[number][0];

const proxyByUnit: Record<string, number> = {
  FTE: 3_000_000,
  weeks: 25_000,
  hours: 1_500,
  number: 50_000,
  tCO2e: 24_800,
  miles: 45,
  tonnes: 9_000,
};
const quantityByUnit: Record<string, [number, number]> = {
  FTE: [1, 12],
  weeks: [52, 520],
  hours: [100, 5_000],
  number: [2, 60],
  tCO2e: [5, 400],
  miles: [1_000, 80_000],
  tonnes: [10, 900],
  '£': [10_000, 2_000_000],
};

interface Measure {
  id: string;
  unit: string;
  kind: string;
  proxy: number | null;
}
interface Contract {
  id: string;
  start: string;
  end: string;
}
interface Commitment {
  id: string;
  measure: Measure;
  quantity: number;
}

function pickStatus(random: SeededRandom): Status {
  let roll = random.next();
  for (const [status, share] of statuses) {
    roll -= share;
    if (roll < 0) return status;
  }
  return 'verified';
}

/** The verification of each line of a return in a status (returnStatusOf read backwards). */
function verifications(random: SeededRandom, status: Status, lines: number): string[] {
  const each = (pick: () => string) => Array.from({ length: lines }, pick);
  if (status === 'draft') return each(() => 'pending');
  if (status === 'rejected') return each(() => 'rejected');
  if (status === 'submitted') return each(() => (random.chance(0.3) ? 'verified' : 'pending'));
  if (status === 'queried') {
    const decided = each(() => (random.chance(0.5) ? 'verified' : 'queried'));
    return decided.includes('queried') ? decided : ['queried', ...decided.slice(1)];
  }
  const decided = each(() => (random.chance(0.1) ? 'rejected' : 'verified'));
  return decided.includes('verified') ? decided : ['verified', ...decided.slice(1)];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The quarters (April year) overlapping the term and begun by today. */
function quarters(
  contract: Contract,
  today: string,
): { start: string; end: string; label: string }[] {
  const found = [];
  const first = Number(contract.start.slice(0, 4)) * 12 + Number(contract.start.slice(5, 7)) - 1;
  let index = first - (first % 3);
  for (;;) {
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    const start = `${year}-${pad(month)}-01`;
    if (start > contract.end || start > today) return found;
    const endIndex = index + 2;
    const [endYear, endMonth] = [Math.floor(endIndex / 12), (endIndex % 12) + 1];
    const endDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
    const fyStart = month >= 4 ? year : year - 1;
    const label = `Q${Math.floor(((month - 4 + 12) % 12) / 3) + 1} ${fyStart}/${pad((fyStart + 1) % 100)}`;
    found.push({ start, end: `${endYear}-${pad(endMonth)}-${pad(endDay)}`, label });
    index += 3;
  }
}

/** Financial years (April start) of the term, as labels. */
function termYears(contract: Contract): string[] {
  const yearOf = (date: string) =>
    Number(date.slice(5, 7)) >= 4 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
  const years = [];
  for (let year = yearOf(contract.start); year <= yearOf(contract.end); year += 1) {
    years.push(`${year}/${pad((year + 1) % 100)}`);
  }
  return years;
}

export interface PortfolioData {
  commitments: number;
  returns: number;
  lines: number;
}

export function addPortfolioData(
  file: string,
  lineCount: number,
  today: string,
  seed = 4_2026,
): PortfolioData {
  const random = new SeededRandom(seed);
  const db = new Database(file);
  const at = new Date().toISOString();
  const record = 'created_at, updated_at, updated_by, version';
  const stamp = [at, at, 'Benchmark', 1];
  try {
    return db.transaction(() => {
      const measures = db
        .prepare(
          'SELECT id, unit, kind, proxy_pence AS proxy FROM measures WHERE deleted_at IS NULL',
        )
        .all() as Measure[];
      const setProxy = db.prepare('UPDATE measures SET proxy_pence = ? WHERE id = ?');
      for (const measure of measures) {
        if (measure.kind !== 'quantity') continue;
        measure.proxy = proxyByUnit[measure.unit] ?? 1_000;
        setProxy.run(measure.proxy, measure.id);
      }
      const valued = measures.filter((m) => m.kind !== 'record-only');
      const recordOnly = measures.filter((m) => m.kind === 'record-only');
      const contracts = db
        .prepare(
          'SELECT id, start_date AS start, end_date AS end FROM contracts WHERE deleted_at IS NULL ORDER BY id',
        )
        .all() as Contract[];

      const insertCommitment = db.prepare(
        `INSERT INTO commitments (id, contract_id, measure_id, quantity, yearly_targets, proxy_pence, ${record})
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const committed = new Map<string, Commitment[]>();
      contracts.forEach((contract, index) => {
        if (index % 2 === 1) return;
        const chosen = new Set<Measure>();
        while (chosen.size < 3) {
          chosen.add(
            chosen.size === 2 && random.chance(0.1) ? random.pick(recordOnly) : random.pick(valued),
          );
        }
        const own: Commitment[] = [];
        for (const measure of chosen) {
          const [low, high] = quantityByUnit[measure.unit] ?? [1, 100];
          const quantity = measure.kind === 'record-only' ? 0 : random.int(low, high);
          const years = termYears(contract);
          const targets =
            quantity > 0 && random.chance(0.2)
              ? years.map((financialYear) => ({
                  financialYear,
                  quantity: Math.floor((quantity * 100) / years.length) / 100,
                }))
              : [];
          const id = randomUUID();
          insertCommitment.run(
            id,
            contract.id,
            measure.id,
            quantity,
            JSON.stringify(targets),
            measure.proxy,
            ...stamp,
          );
          own.push({ id, measure, quantity });
        }
        committed.set(contract.id, own);
      });

      // Every quarter begun, in a shuffled order, until the lines run out: the rest are missing.
      const candidates = random.shuffle(
        contracts
          .filter((contract) => committed.has(contract.id))
          .flatMap((contract) =>
            quarters(contract, today).map((period, _index, all) => ({
              contract,
              period,
              share: 1 / all.length,
            })),
          ),
      );
      const insertReturn = db.prepare(
        `INSERT INTO returns (id, contract_id, period_start, period_end, period_label, status, submitted_at, verified_by, verified_at, ${record})
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertLine = db.prepare(
        `INSERT INTO return_lines (id, return_id, measure_id, commitment_id, quantity, proxy_pence, evidence_reference, narrative, verification, verified_by, verified_at, ${record})
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      let [returns, lines] = [0, 0];
      for (const { contract, period, share } of candidates) {
        if (lines >= lineCount) break;
        const status = pickStatus(random);
        const own = committed.get(contract.id) ?? [];
        const extra = random.chance(0.02) ? random.pick(valued) : null;
        const reported = [
          ...own.map((c) => ({ measure: c.measure, commitmentId: c.id as string | null, c })),
          ...(extra && !own.some((c) => c.measure === extra)
            ? [{ measure: extra, commitmentId: null, c: null }]
            : []),
        ].slice(0, lineCount - lines);
        const decided = verifications(random, status, reported.length);
        const returnId = randomUUID();
        const checked = status !== 'draft' && status !== 'submitted';
        insertReturn.run(
          returnId,
          contract.id,
          period.start,
          period.end,
          period.label,
          status,
          status === 'draft' ? null : at,
          checked ? 'Aisha Khan' : null,
          checked ? today : null,
          ...stamp,
        );
        reported.forEach(({ measure, commitmentId, c }, index) => {
          const verification = decided[index] ?? 'pending';
          const expected = c ? c.quantity * share : random.int(10, 200);
          const quantity =
            measure.kind === 'record-only'
              ? null
              : Math.round(expected * (0.3 + random.next() * 1.2) * 100) / 100;
          insertLine.run(
            randomUUID(),
            returnId,
            measure.id,
            commitmentId,
            quantity,
            measure.proxy,
            `EV-${returns}-${index}`,
            measure.kind === 'record-only' ? 'Work with local schools this quarter.' : null,
            verification,
            verification === 'pending' ? null : 'Aisha Khan',
            verification === 'pending' ? null : today,
            ...stamp,
          );
        });
        returns += 1;
        lines += reported.length;
      }
      return { commitments: [...committed.values()].flat().length, returns, lines };
    })();
  } finally {
    db.close();
  }
}
