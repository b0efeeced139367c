// Choosing a supplier by typing part of its name: an ARIA combobox over suppliers.list, so it
// stays quick with thousands of suppliers and works from the keyboard and a screen reader.

import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Supplier } from '../../shared/supplier';
import { call } from '../api-client';
import type { FieldControlProps } from './Field';

interface Props {
  control: FieldControlProps;
  supplierId: string;
  supplierName: string;
  onChange(supplierId: string, supplierName: string): void;
}

const shown = 20;

export function SupplierPicker({ control, supplierId, supplierName, onChange }: Props) {
  const listId = useId();
  const [text, setText] = useState(supplierName);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Supplier[]>([]);
  const [total, setTotal] = useState(0);
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<string>();
  /** The search the options answer, so a stale list is not called an answer. */
  const [answered, setAnswered] = useState<string | null>(null);

  // Opening on the chosen supplier lists them all; typing narrows the list.
  const search = supplierId && text === supplierName ? '' : text;
  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      call('suppliers.list', { search, sort: 'name', limit: shown }).then(
        (page) => {
          if (!current) return;
          setOptions(page.rows);
          setTotal(page.total);
          setProblem(undefined);
          setAnswered(search);
        },
        (error: Error) => current && setProblem(error.message),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, search]);

  const choose = (supplier: Supplier) => {
    onChange(supplier.id, supplier.name);
    setText(supplier.name);
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
      const supplier = options[active];
      if (supplier) {
        event.preventDefault();
        choose(supplier);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const more = total - options.length;
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
          if (supplierId) onChange('', '');
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div className="combobox-popup" hidden={!open}>
        <ul id={listId} role="listbox" aria-label="Suppliers" className="combobox-list">
          {options.map((supplier, index) => (
            <li
              key={supplier.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'combobox-option active' : 'combobox-option'}
              // Keeps focus in the box, so choosing does not first close the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(supplier)}
            >
              {supplier.name}
              {supplier.postcode && <span className="meta"> – {supplier.postcode}</span>}
            </li>
          ))}
        </ul>
        <p className="combobox-note" role="status">
          {problem ??
            (answered !== search
              ? 'Looking for suppliers…'
              : options.length === 0
                ? `No suppliers match "${text}". Add the supplier first, from the Suppliers page.`
                : more > 0
                  ? `${total.toLocaleString('en-GB')} suppliers match; type more of the name to narrow the list.`
                  : `${total.toLocaleString('en-GB')} ${total === 1 ? 'supplier matches' : 'suppliers match'}.`)}
        </p>
      </div>
    </div>
  );
}
