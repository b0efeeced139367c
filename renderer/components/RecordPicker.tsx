// Choosing a record by typing part of its name: an ARIA combobox over a list method, so it stays
// quick with thousands of records and works from the keyboard and a screen reader.

import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { FieldControlProps } from './Field';

export interface PickerProps {
  control: FieldControlProps;
  /** The chosen record's id, or '' for none. */
  chosenId: string;
  chosenName: string;
  onChange(id: string, name: string): void;
}

interface Props<T extends { id: string }> extends PickerProps {
  /** The first `limit` records matching the text, and how many match in all. */
  search(text: string, limit: number): Promise<{ rows: T[]; total?: number | undefined }>;
  nameOf(record: T): string;
  /** Shown after the name, greyed: a postcode, a supplier. */
  detailOf(record: T): string | null;
  noun: { one: string; many: string };
  /** Said when nothing matches, e.g. "Add the supplier first, from the Suppliers page." */
  whenNoMatch: string;
}

const shown = 20;

export function RecordPicker<T extends { id: string }>(props: Props<T>) {
  const { control, chosenId, chosenName, onChange, search, nameOf, detailOf, noun } = props;
  const listId = useId();
  const [text, setText] = useState(chosenName);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<string>();
  /** The search the options answer, so a stale list is not called an answer. */
  const [answered, setAnswered] = useState<string | null>(null);

  // Opening on the chosen record lists them all; typing narrows the list.
  const wanted = chosenId && text === chosenName ? '' : text;
  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      search(wanted, shown).then(
        (page) => {
          if (!current) return;
          setOptions(page.rows);
          setTotal(page.total ?? page.rows.length);
          setProblem(undefined);
          setAnswered(wanted);
        },
        (error: Error) => current && setProblem(error.message),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, wanted, search]);

  const choose = (record: T) => {
    onChange(record.id, nameOf(record));
    setText(nameOf(record));
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open) {
      const record = options[active];
      if (record) {
        event.preventDefault();
        choose(record);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const more = total - options.length;
  const count = total.toLocaleString('en-GB');
  return (
    <div className="combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        autoComplete="off"
        className="input-wide"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
          if (chosenId) onChange('', '');
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div className="combobox-popup" hidden={!open}>
        <ul
          id={listId}
          role="listbox"
          aria-label={noun.many.charAt(0).toUpperCase() + noun.many.slice(1)}
          className="combobox-list"
        >
          {options.map((record, index) => {
            const detail = detailOf(record);
            return (
              <li
                key={record.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'combobox-option active' : 'combobox-option'}
                // Keeps focus in the box, so choosing does not first close the list.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(record)}
              >
                {nameOf(record)}
                {detail && <span className="meta"> – {detail}</span>}
              </li>
            );
          })}
        </ul>
        <p className="combobox-note" role="status">
          {problem ??
            (answered !== wanted
              ? `Looking for ${noun.many}…`
              : options.length === 0
                ? `No ${noun.many} match "${text}". ${props.whenNoMatch}`
                : more > 0
                  ? `${count} ${noun.many} match; type more of the name to narrow the list.`
                  : `${count} ${total === 1 ? `${noun.one} matches` : `${noun.many} match`}.`)}
        </p>
      </div>
    </div>
  );
}
