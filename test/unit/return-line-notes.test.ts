// The rules of a return line's verification note and its audit trail in words: a query or
// rejection needs a note, named by the line's measure; a change to a line is headed by the line.

import { describe, expect, it } from 'vitest';
import { auditLines, auditPart } from '../../renderer/components/audit-lines';
import { returnAuditColumns } from '../../renderer/pages/returns/return-audit-columns';
import type { AuditEntry } from '../../shared/audit';
import { lineNoteIssues, type LineDecision } from '../../shared/social-value-return';

const lines = [
  { id: 'line-1', measure: { code: 'LOC1', title: 'Local people employed' } },
  { id: 'line-2', measure: { code: 'APP1', title: 'Apprenticeship weeks' } },
];
const decision = (lineId: string, verification: LineDecision, note: string | null = null) => ({
  lineId,
  verification,
  note,
});

describe('a verification note', () => {
  it('is needed to query or reject a line, and the problem names the line', () => {
    expect(
      lineNoteIssues(
        [
          decision('line-1', 'verified'),
          decision('line-2', 'queried'),
          decision('line-1', 'rejected', ' '),
        ],
        lines,
      ),
    ).toEqual([
      {
        path: ['lines', 1, 'note'],
        message:
          'Say what is wrong with APP1 (Apprenticeship weeks), so the supplier can answer it',
      },
      {
        path: ['lines', 2, 'note'],
        message:
          'Say what is wrong with LOC1 (Local people employed), so the supplier can answer it',
      },
    ]);
  });

  it('is not needed to verify, and a noted query or rejection passes', () => {
    expect(
      lineNoteIssues(
        [
          decision('line-1', 'verified'),
          decision('line-2', 'queried', 'Which apprentices?'),
          decision('line-1', 'rejected', 'No payroll'),
        ],
        lines,
      ),
    ).toEqual([]);
  });

  it('leaves a line not on the return to the check that says so', () => {
    expect(lineNoteIssues([decision('elsewhere', 'queried')], lines)).toEqual([]);
  });
});

describe("a return's audit trail in words", () => {
  const entry = (over: Partial<AuditEntry>): AuditEntry => ({
    id: 'entry',
    operation: 'update',
    officer: 'Priya Shah',
    changedAt: '2026-05-01T10:00:00.000Z',
    changes: [],
    ...over,
  });
  const part = 'APP1 Apprenticeship weeks';

  it('heads a change to a line with the line, and says what changed, old and new', () => {
    const changed = entry({
      part,
      changes: [
        { field: 'quantity', old: 10, new: 12 },
        { field: 'evidence_reference', old: null, new: 'Payroll Q1' },
        { field: 'verification', old: 'pending', new: 'queried' },
        { field: 'verification_note', old: 'Names?', new: null },
      ],
    });
    expect(auditPart(changed)).toBe('Line APP1 Apprenticeship weeks');
    expect(auditLines(changed, returnAuditColumns)).toEqual([
      'Changed Delivered from 10 to 12',
      'Set Evidence reference to Payroll Q1',
      'Changed Verification from Awaiting verification to Queried',
      'Cleared Verification note (was Names?)',
    ]);
  });

  it('says a line was added, removed or restored', () => {
    expect(auditLines(entry({ part, operation: 'insert' }), returnAuditColumns)).toEqual(['Added']);
    expect(auditLines(entry({ part, operation: 'delete' }), returnAuditColumns)).toEqual([
      'Removed',
    ]);
    expect(auditLines(entry({ part, operation: 'restore' }), returnAuditColumns)).toEqual([
      'Restored',
    ]);
  });

  it("leaves the return's own changes as they were", () => {
    expect(
      auditLines(
        entry({ changes: [{ field: 'status', old: 'submitted', new: 'queried' }] }),
        returnAuditColumns,
      ),
    ).toEqual(['Changed Status from Submitted to Queried']);
    expect(auditPart(entry({}))).toBeNull();
  });
});
