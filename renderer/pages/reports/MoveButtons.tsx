// Move up / Move down for a section or data block of the report editor. After a move the page
// asks for focus back on the moved item's button (the other one when it can go no further), so
// a keyboard user can keep moving it; the page says where it went in its status line.

import { useEffect, useRef } from 'react';

export type MoveDirection = 'up' | 'down';

/**
 * The last move or change made in the editor: the section or block, where focus goes back (its
 * Move up or Move down button, or its Change button), and what the status line says. A new
 * object each time, so each one is honoured.
 */
export interface LastChange {
  id: string;
  focus: MoveDirection | 'change';
  said: string;
}

interface Props {
  /** Said after "Move up" to screen readers: the section's heading or the block's name. */
  label: string;
  canUp: boolean;
  canDown: boolean;
  busy: boolean;
  /** The last change, when it was to this item. */
  last: LastChange | null;
  onMove(direction: MoveDirection): void;
}

export function MoveButtons({ label, canUp, canDown, busy, last, onMove }: Props) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!last || last.focus === 'change') return;
    const wanted = last.focus === 'up' ? up.current : down.current;
    const other = last.focus === 'up' ? down.current : up.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [last]);
  return (
    <>
      <button
        type="button"
        ref={up}
        className="button-small button-secondary"
        disabled={!canUp || busy}
        onClick={() => onMove('up')}
      >
        Move up<span className="visually-hidden"> {label}</span>
      </button>
      <button
        type="button"
        ref={down}
        className="button-small button-secondary"
        disabled={!canDown || busy}
        onClick={() => onMove('down')}
      >
        Move down<span className="visually-hidden"> {label}</span>
      </button>
    </>
  );
}
