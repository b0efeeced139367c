import { describe, expect, it } from 'vitest';
import { selectChoices } from '../../renderer/pages/reports/select-choices';

describe('selectChoices', () => {
  it('offers each thing by its value, in order, labelled as it reads', () => {
    const sections = [
      { id: 's2', heading: 'Purpose of report' },
      { id: 's1', heading: 'O’Brien & Partners – delivery' },
    ];
    expect(
      selectChoices(
        sections,
        (s) => s.id,
        (s) => s.heading,
      ),
    ).toEqual({
      options: ['s2', 's1'],
      labels: { s2: 'Purpose of report', s1: 'O’Brien & Partners – delivery' },
    });
  });

  it('offers nothing for an empty list', () => {
    expect(selectChoices([], String, String)).toEqual({ options: [], labels: {} });
  });
});
