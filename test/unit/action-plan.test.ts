import { describe, expect, it } from 'vitest';
import {
  actionItemFieldsSchema,
  actionPlanFieldsSchema,
  actionUpdateFieldsSchema,
  isOverdue,
} from '../../shared/action-plan';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );

describe('isOverdue', () => {
  const due = (
    dueDate: string | null,
    status: 'not-started' | 'in-progress' | 'complete' | 'on-hold' = 'in-progress',
  ) => ({ dueDate, status });

  it('is overdue from the day after the due date, not on it', () => {
    expect(isOverdue(due('2025-08-31'), '2025-08-30')).toBe(false);
    expect(isOverdue(due('2025-08-31'), '2025-08-31')).toBe(false);
    expect(isOverdue(due('2025-08-31'), '2025-09-01')).toBe(true);
  });

  it('crosses month and year ends as calendar dates', () => {
    expect(isOverdue(due('2025-12-31'), '2026-01-01')).toBe(true);
    expect(isOverdue(due('2024-02-29'), '2024-03-01')).toBe(true);
    expect(isOverdue(due('2024-02-29'), '2024-02-29')).toBe(false);
  });

  it('never counts a complete item, nor one with no due date', () => {
    expect(isOverdue(due('2020-01-01', 'complete'), '2025-01-01')).toBe(false);
    expect(isOverdue(due(null), '2999-12-31')).toBe(false);
  });

  it('counts items not started, in progress and on hold alike', () => {
    for (const status of ['not-started', 'in-progress', 'on-hold'] as const) {
      expect(isOverdue(due('2020-01-01', status), '2025-01-01')).toBe(true);
    }
  });
});

describe('action plan schemas', () => {
  it('needs a plan name; blank source and description are no value', () => {
    expect(messages(actionPlanFieldsSchema.safeParse({ name: ' ' }))).toEqual({
      name: 'Enter the name of the plan',
    });
    expect(
      actionPlanFieldsSchema.parse({ name: ' Charter ', source: '', description: '  ' }),
    ).toEqual({
      name: 'Charter',
      source: null,
      description: null,
    });
  });

  it('needs an item task, a real due date and a known status, each named', () => {
    const result = actionItemFieldsSchema.safeParse({
      task: '',
      dueDate: '2025-13-01',
      status: 'done',
      reference: 'R'.repeat(21),
    });
    expect(messages(result)).toEqual({
      task: 'Enter the task',
      dueDate: 'Enter a real date, for example 2026-01-01',
      status: 'Choose a status',
      reference: 'Keep the reference under 20 characters',
    });
  });

  it('keeps the timescale as written and makes a blank due date none, not started by default', () => {
    expect(
      actionItemFieldsSchema.parse({
        reference: 'R1',
        task: 'Develop a Social Value Policy',
        timescale: 'July/August and ongoing',
        dueDate: '',
      }),
    ).toEqual({
      reference: 'R1',
      task: 'Develop a Social Value Policy',
      owner: null,
      timescale: 'July/August and ongoing',
      dueDate: null,
      status: 'not-started',
    });
  });

  it('needs a dated progress update with text', () => {
    expect(messages(actionUpdateFieldsSchema.safeParse({ updateDate: '', text: ' ' }))).toEqual({
      updateDate: 'Enter a real date, for example 2026-01-01',
      text: 'Enter the progress update',
    });
  });
});
