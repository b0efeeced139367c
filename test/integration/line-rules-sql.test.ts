// The SQL that adds up return lines for the portfolio (line-rules-sql.ts, line-delivery.ts,
// portfolio-reads.ts)
// against the shared rules it restates (deliveryOf, valuePence): lines in every return status
// and verification, periods before and after the date, record-only lines, missing proxies and
// quantities whose value falls on or a hair from half a penny.

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rebuildLineDelivery } from '../../electron/db/line-delivery';
import { deliveryOf, isVerifiedLine, valuePence } from '../../shared/social-value-calc';
import {
  lineVerifications,
  returnStatuses,
  type ReturnLineBasics,
} from '../../shared/social-value';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { seedFramework } from './seed-framework';
import { useTempDirs } from './temp-workspace';

const temp = useTempDirs();

// 1.005 x 100 is 100.49999999999999 in floating point, 2.675 x 100 is 267.49999999999997, and
// 0.125 x 4 is exactly half a penny: valuePence makes them 101p, 268p and 1p.
const values: [quantity: number, proxyPence: number | null][] = [
  [1.005, 100],
  [2.675, 100],
  [0.125, 4],
  [0.5, 1],
  [3.3333333, 3_000_000],
  [1_234_567.125, 7],
  [0, 25_000],
  [1e-7, 100],
  [10, null],
  [2.5, 99],
  [4.5, 1_500],
];
const asOf = '2026-06-30';

describe('the SQL adding up return lines', () => {
  it('gives exactly what deliveryOf gives, measure by measure', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const codes = ['Q0', 'Q1', 'Q2', 'Q3', 'R0'];
    const measureIds = seedFramework(
      db,
      codes.map((code) => ({ code, kind: code === 'R0' ? 'record-only' : 'quantity' })),
    );
    const supplier = await createSupplier(ctx);
    const contract = await createContract(ctx, supplier.id, {
      startDate: '2023-04-01',
      endDate: '2028-03-31',
    });
    const at = new Date().toISOString();
    const insertReturn = db.prepare(
      `INSERT INTO returns (id, contract_id, period_start, period_end, period_label, status, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'test')`,
    );
    const insertLine = db.prepare(
      `INSERT INTO return_lines (id, return_id, measure_id, quantity, proxy_pence, verification, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'test')`,
    );
    const lines: ReturnLineBasics[] = [];
    let n = 0;
    for (let quarter = 0; quarter < 20; quarter += 1) {
      const month = 4 + quarter * 3;
      const year = 2023 + Math.floor((month - 1) / 12);
      const start = `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
      const status = returnStatuses[quarter % returnStatuses.length] ?? 'draft';
      const returnId = randomUUID();
      insertReturn.run(returnId, contract.id, start, start, `Q ${quarter}`, status, at, at);
      for (const [index, code] of codes.entries()) {
        const measureId = measureIds[code] as string;
        const recordOnly = code === 'R0';
        // In the second quarter (submitted) the first lines are the half pennies, verified.
        const halfPenny = quarter === 1 && index < 3;
        const [amount, proxyPence] = values[halfPenny ? index : n % values.length] ?? [0, null];
        const quantity = recordOnly ? null : amount;
        const verification = halfPenny
          ? 'verified'
          : (lineVerifications[(n + quarter) % lineVerifications.length] ?? 'pending');
        insertLine.run(
          randomUUID(),
          returnId,
          measureId,
          quantity,
          proxyPence,
          verification,
          at,
          at,
        );
        lines.push({
          contractId: contract.id,
          measureId,
          commitmentId: null,
          periodStart: start,
          periodEnd: start,
          returnStatus: status,
          verification,
          quantity,
          proxyPence,
        });
        n += 1;
      }
    }

    // Written straight into the tables, so the lines' delivery is worked out from them all.
    rebuildLineDelivery(db);
    const rows = db
      .prepare(
        `SELECT measure_id, total(verified_quantity), total(submitted_quantity),
           total(verified_pence), total(other_pence)
         FROM line_delivery WHERE period_start <= ? GROUP BY measure_id`,
      )
      .raw()
      .all(asOf) as [string, number, number, number, number][];
    for (const code of codes) {
      const measureId = measureIds[code] as string;
      const expected = deliveryOf(
        lines.filter((line) => line.measureId === measureId),
        asOf,
      );
      const [, vq, sq, vp, otherPence] = rows.find((r) => r[0] === measureId) ?? [
        measureId,
        0,
        0,
        0,
        0,
      ];
      expect({ code, vq, sq, vp, sp: vp + otherPence }).toEqual({
        code,
        vq: expected.verifiedQuantity,
        sq: expected.submittedQuantity,
        vp: expected.verifiedPence,
        sp: expected.submittedPence,
      });
    }
    // The values on a half penny were there, and counted as verified.
    expect(valuePence(1.005, 100)).toBe(101);
    for (const [quantity, proxyPence] of [
      [1.005, 100],
      [2.675, 100],
      [0.125, 4],
    ]) {
      const counted = lines.filter(
        (line) =>
          line.quantity === quantity &&
          line.proxyPence === proxyPence &&
          line.periodStart <= asOf &&
          isVerifiedLine(line),
      );
      expect(counted.length).toBeGreaterThan(0);
    }
  });
});
