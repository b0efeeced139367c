// One step up or down for a data block among its section's text blocks and other blocks.

import { describe, expect, it } from 'vitest';
import { blockStep } from '../../shared/report-block-moves';

// Text blocks 0 and 1; block a before text 0, b and c between text 0 and 1, d beyond the end.
const blocks = [
  { id: 'a', after: 0 },
  { id: 'b', after: 1 },
  { id: 'c', after: 1 },
  { id: 'd', after: 9 },
];

describe('blockStep', () => {
  it('goes no further up from the start or down from the end of the section', () => {
    expect(blockStep(2, blocks, 'a', 'up')).toBeNull();
    expect(blockStep(2, blocks, 'd', 'down')).toBeNull();
    expect(blockStep(2, blocks, 'missing', 'up')).toBeNull();
  });

  it('swaps places with a neighbouring block at the same place', () => {
    expect(blockStep(2, blocks, 'c', 'up')).toEqual({ after: 1, to: 1 });
    expect(blockStep(2, blocks, 'b', 'down')).toEqual({ after: 1, to: 2 });
  });

  it('steps past a text block: last of the blocks before it, or first of those after it', () => {
    expect(blockStep(2, blocks, 'b', 'up')).toEqual({ after: 0, to: 4 });
    expect(blockStep(2, blocks, 'a', 'down')).toEqual({ after: 1, to: 0 });
    expect(blockStep(2, blocks, 'c', 'down')).toEqual({ after: 2, to: 0 });
  });

  it('treats a block placed beyond the text as at the end', () => {
    expect(blockStep(2, blocks, 'd', 'up')).toEqual({ after: 1, to: 4 });
  });

  it('moves in a section with no text by swapping blocks', () => {
    const two = [
      { id: 'x', after: 0 },
      { id: 'y', after: 0 },
    ];
    expect(blockStep(0, two, 'y', 'up')).toEqual({ after: 0, to: 0 });
    expect(blockStep(0, two, 'x', 'up')).toBeNull();
  });
});
