// Where a data block goes when the officer moves it one place up or down among its section's
// text and other blocks. A block sits after a number of text blocks
// and, among blocks at the same place, in the order of the section's blocks.

import { interleave } from './report-assembly';

export interface PlacedBlock {
  id: string;
  after: number;
}

/** What reportBlocks.move takes, less the block and section. */
export interface BlockPlace {
  after: number;
  /** The place among the section's blocks, 0 first. */
  to: number;
}

/**
 * The place one step up or down from where the block shows (past one text block, or swapped
 * with the neighbouring block), or null at the start or end of the section.
 */
export function blockStep(
  textCount: number,
  blocks: readonly PlacedBlock[],
  id: string,
  direction: 'up' | 'down',
): BlockPlace | null {
  const items = interleave(
    Array.from({ length: textCount }, (_, i) => i),
    blocks,
  );
  const at = items.findIndex((item) => 'placed' in item && item.placed.id === id);
  if (at < 0) return null;
  const neighbour = items[direction === 'up' ? at - 1 : at + 1];
  if (!neighbour) return null;
  if ('placed' in neighbour) {
    return {
      after: Math.min(neighbour.placed.after, textCount),
      to: blocks.findIndex((block) => block.id === neighbour.placed.id),
    };
  }
  // Past a text block: last of the blocks before it, or first of the blocks after it.
  return direction === 'up'
    ? { after: neighbour.text, to: blocks.length }
    : { after: neighbour.text + 1, to: 0 };
}
