// Returns entered through the API as an officer would: started for a period, filled in, left as a
// draft or submitted, and each line verified, queried, rejected or left waiting; and a contract
// with a measure for each of many codes, for returns of many lines.

import type { Context } from '../../electron/api/context';
import type { LineDecision, ReturnDetail } from '../../shared/social-value-return';
import { seedFramework } from './seed-framework';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { callApi, expectOk, type TempDirs } from './temp-workspace';

/** A workspace with a contract from April 2025 to March 2027 and a measure (hours) per code. */
export async function contractAndMeasures(temp: TempDirs, codes: readonly string[]) {
  const { ctx, db } = await openRecordsWorkspace(temp);
  const measures = seedFramework(
    db,
    codes.map((code) => ({ code, unit: 'hours', proxyPence: 1_000 })),
  );
  const supplier = await createSupplier(ctx, { name: 'Soar Valley Care Ltd' });
  const contract = await createContract(ctx, supplier.id, {
    startDate: '2025-04-01',
    endDate: '2027-03-31',
  });
  return { ctx, db, measures, contract };
}

export interface LineEntry {
  measureId: string;
  quantity: number | null;
  narrative?: string;
  /** What the verifier decides; left out, the line waits to be checked. */
  decision?: LineDecision;
}

/** Enters the return; `draft` leaves it unsent. Returns it as it ends up. */
export async function enterReturn(
  ctx: Context,
  contractId: string,
  period: string,
  lines: readonly LineEntry[],
  { draft = false } = {},
): Promise<ReturnDetail> {
  const started = expectOk(await callApi(ctx, 'returns.create', { contractId, period }));
  const filled = expectOk(
    await callApi(ctx, 'returns.update', {
      id: started.id,
      version: started.version,
      lines: lines.map(({ measureId, quantity, narrative }) => ({
        measureId,
        quantity,
        narrative,
      })),
    }),
  );
  if (draft) return filled;
  const sent = expectOk(
    await callApi(ctx, 'returns.submit', { id: filled.id, version: filled.version }),
  );
  const decisions = sent.lines.flatMap((line) => {
    const decision = lines.find((entry) => entry.measureId === line.measure.id)?.decision;
    return decision
      ? [
          {
            lineId: line.id,
            verification: decision,
            note: decision === 'verified' ? null : 'Send the evidence',
          },
        ]
      : [];
  });
  if (decisions.length === 0) return sent;
  return expectOk(
    await callApi(ctx, 'returns.verify', {
      id: sent.id,
      version: sent.version,
      verifier: 'Aisha Khan',
      lines: decisions,
    }),
  );
}
