// A return: what a supplier says it delivered on a contract in one reporting period, a line per
// measure, and how the council checked it.
//
// The life of a return: Draft (lines can be edited) -> Submitted -> each line Verified, Queried
// or Rejected by a named verifier, a query or rejection with a note saying why (kept on the
// line). The return's status follows its lines (returnStatusOf). A submitted return is corrected
// only by sending it back to Draft (reopen), which clears the lines' verification but keeps their
// notes for whoever corrects them; every step, its lines' too, is in the audit trail.

import { z } from 'zod';
import { optionalQuantity } from './commitment';
import { maxListWindow, sortDirections } from './list-query';
import type { FieldIssue } from './result';
import {
  loadedVersion,
  optionalCalendarDate,
  optionalText,
  requiredText,
  uuid,
} from './schema-parts';
import {
  returnStatuses,
  type LineVerification,
  type MeasureBasics,
  type ReturnStatus,
} from './social-value';

export const returnCreateSchema = z.object({
  contractId: uuid,
  /** The period's label as the council writes it for its reporting frequency, e.g. "Q1 2025/26". */
  period: requiredText('the reporting period', 40),
});

export const returnLineInputSchema = z.object({
  measureId: z
    .string({ error: 'Choose the measure' })
    .min(1, { error: 'Choose the measure' })
    .pipe(uuid),
  /** Required for quantity and money measures on submit; none for a record-only measure. */
  quantity: optionalQuantity,
  evidenceReference: optionalText('the evidence reference', 500),
  narrative: optionalText('the narrative', 5000),
});

export const returnUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  lines: z
    .array(returnLineInputSchema)
    .max(200, { error: 'A return can hold at most 200 lines' })
    .superRefine((lines, ctx) => {
      const seen = new Set<string>();
      lines.forEach((line, index) => {
        if (seen.has(line.measureId)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'measureId'],
            message: 'This measure is already on the return',
          });
        }
        seen.add(line.measureId);
      });
    }),
});

/** The longest note a verifier can keep on a line. */
export const maxLineNoteLength = 1000;

/** What a verifier decides for a line; "pending" is only where a line starts. */
export const lineDecisions = ['verified', 'queried', 'rejected'] as const;
export type LineDecision = (typeof lineDecisions)[number];
export const lineDecisionLabels: Record<LineVerification, string> = {
  pending: 'Awaiting verification',
  verified: 'Verified',
  queried: 'Queried',
  rejected: 'Rejected',
};

export const returnVerifySchema = z.object({
  id: uuid,
  version: loadedVersion,
  /** Who checked the evidence; the officer of the session when left out, never blank. */
  verifier: z
    .string({ error: 'Enter the name of the officer who checked it' })
    .trim()
    .min(1, { error: 'Enter the name of the officer who checked it' })
    .max(200, { error: 'Keep the name under 200 characters' })
    .optional(),
  /** A queried or rejected line needs its note (lineNoteIssues: the message names the line). */
  lines: z
    .array(
      z.object({
        lineId: uuid,
        verification: z.enum(lineDecisions, { error: 'Choose verify, query or reject' }),
        note: optionalText('the note', maxLineNoteLength),
      }),
    )
    .min(1, { error: 'Choose what to do with at least one line' })
    .max(200),
});

/**
 * The decisions that query or reject a line without saying why, each named by its line's measure
 * (the schema cannot name it: it knows only the line's id). Paths are in `decisions`.
 */
export function lineNoteIssues(
  decisions: readonly { lineId: string; verification: LineDecision; note: string | null }[],
  lines: readonly { id: string; measure: Pick<MeasureBasics, 'code' | 'title'> }[],
): FieldIssue[] {
  const byId = new Map(lines.map((line) => [line.id, line.measure]));
  return decisions.flatMap((decision, index) => {
    const measure = byId.get(decision.lineId);
    if (decision.verification === 'verified' || decision.note?.trim() || !measure) return [];
    return [
      {
        path: ['lines', index, 'note'],
        message: `Say what is wrong with ${measure.code} (${measure.title}), so the supplier can answer it`,
      },
    ];
  });
}

export const returnReopenSchema = z.object({
  id: uuid,
  version: loadedVersion,
  reason: optionalText('the reason', 1000),
});

export const returnSortKeys = [
  'contractReference',
  'supplierName',
  'period',
  'status',
  'submittedAt',
] as const;
export type ReturnSortKey = (typeof returnSortKeys)[number];

/** Latest period first unless another sort is asked for. */
export const returnListQuerySchema = z.object({
  /** Words each found in the contract's reference or title, or the supplier's name. */
  search: z.string().trim().max(200, { error: 'Keep the search under 200 characters' }).default(''),
  sort: z.enum(returnSortKeys).default('period'),
  direction: z.enum(sortDirections).default('desc'),
  status: z.array(z.enum(returnStatuses)).default([]),
  contractId: uuid.optional(),
  /** A period label, e.g. "Q1 2025/26". */
  period: z.string().trim().max(40).optional(),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(maxListWindow).default(200),
});

export const returnsMissingQuerySchema = z.object({
  /** Today when not given. */
  asOf: optionalCalendarDate,
  limit: z.int().min(1).max(5000).default(500),
});

export type ReturnListQuery = z.input<typeof returnListQuerySchema>;
export type ReturnListParams = z.output<typeof returnListQuerySchema>;
export type ReturnLineInput = z.input<typeof returnLineInputSchema>;

/**
 * The status a submitted return takes from its lines, in this order:
 * - any line queried: Queried (the supplier has something to answer);
 * - otherwise any line still awaiting a decision: Submitted;
 * - every line rejected: Rejected;
 * - otherwise Verified: every line decided, at least one verified (rejected lines do not count).
 */
export function returnStatusOf(verifications: readonly LineVerification[]): ReturnStatus {
  if (verifications.includes('queried')) return 'queried';
  if (verifications.length === 0 || verifications.includes('pending')) return 'submitted';
  if (verifications.every((verification) => verification === 'rejected')) return 'rejected';
  return 'verified';
}

/** A return as lists show it. */
export interface ReturnSummary {
  id: string;
  contractId: string;
  contractReference: string;
  contractTitle: string;
  supplierId: string;
  supplierName: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  status: ReturnStatus;
  /** When it was last submitted (a timestamp). */
  submittedAt: string | null;
  /** Who last verified, queried or rejected lines of it, and on which day. */
  verifiedBy: string | null;
  verifiedAt: string | null;
  /** The verifier's notes on its lines, or why it was sent back to draft. */
  statusNote: string | null;
  lineCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface ReturnLine {
  id: string;
  measure: MeasureBasics;
  /** Null for an extra measure, delivered without a commitment. */
  commitmentId: string | null;
  /** The commitment's quantity for the whole term. */
  committedQuantity: number | null;
  /** Null until entered, and always for a record-only measure. */
  quantity: number | null;
  /** The proxy the line is valued at: the commitment's snapshot, or the measure's when added. */
  proxyPence: number | null;
  evidenceReference: string | null;
  narrative: string | null;
  verification: LineVerification;
  verifiedBy: string | null;
  verifiedAt: string | null;
  /** Why the verifier queried or rejected it; kept when the return is sent back to draft. */
  verificationNote: string | null;
}

export interface ReturnDetail extends ReturnSummary {
  contractStartDate: string;
  contractEndDate: string;
  lines: ReturnLine[];
}

/** A reporting period that has ended with no return beyond a draft. */
export interface MissingReturn {
  contractId: string;
  contractReference: string;
  contractTitle: string;
  supplierId: string;
  supplierName: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  /** Days since the period ended, as of the day asked about. */
  daysOverdue: number;
  /** The draft started for it, if any. */
  draftReturnId: string | null;
}

/** The most overdue missing returns first, up to the limit asked for, and how many in all. */
export interface MissingReturns {
  asOf: string;
  total: number;
  rows: MissingReturn[];
}
