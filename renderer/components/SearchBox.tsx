// A list's search box: what the officer types reaches the address (and so the list) a moment
// after they stop typing, without a history entry per letter; Enter applies it at once.

import { useEffect, useRef, useState } from 'react';

interface Props {
  id: string;
  /** The search the address holds. */
  value: string;
  onSearch(text: string): void;
  describedBy?: string | undefined;
}

export const searchDelayMs = 250;

export function SearchBox({ id, value, onSearch, describedBy }: Props) {
  const [text, setText] = useState(value);
  const applied = useRef(value);
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });

  // The address changed from elsewhere (Back, "Clear the filters"): show what it holds.
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === applied.current) return;
    const timer = setTimeout(() => {
      applied.current = wanted;
      latest.current(wanted);
    }, searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <input
      id={id}
      type="search"
      className="list-search"
      value={text}
      aria-describedby={describedBy}
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        const wanted = text.trim();
        if (wanted === applied.current) return;
        applied.current = wanted;
        onSearch(wanted);
      }}
    />
  );
}
