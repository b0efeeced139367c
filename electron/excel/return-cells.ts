// What a cell of a completed return holds, read from the xlsx reader's value: blank, a number,
// text, an error (#REF!), or a formula with or without its last calculated result. Pure.

import type { XlsxValue } from './xlsx-reader';

export type CellReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'error'; value: string }
  | { kind: 'formula'; formula: string; result: CellReading | null };

const blank: CellReading = { kind: 'blank' };

export function readCell(value: XlsxValue): CellReading {
  if (value === undefined) return blank;
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return value.trim() === '' ? blank : { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'text', value: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { kind: 'text', value: value.toISOString().slice(0, 10) };
  if ('error' in value) return { kind: 'error', value: value.error };
  return {
    kind: 'formula',
    formula: value.formula,
    result: value.result === undefined ? null : readCell(value.result),
  };
}

/** The cell as its text, for a problem's "value": long text is cut short. */
export function shownValue(reading: CellReading): string | null {
  switch (reading.kind) {
    case 'blank':
      return null;
    case 'number':
      return String(reading.value);
    case 'error':
      return reading.value;
    case 'formula':
      return `=${reading.formula}`;
    case 'text': {
      const text = reading.value;
      return text.length > 80
        ? `${text.slice(0, 60)}… (${text.length.toLocaleString('en-GB')} characters)`
        : text;
    }
  }
}

/** A number typed as text ("12", "1,250.5", " 3 "), or null when the text is not one. */
export function numberInText(text: string): number | null {
  const plain = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(plain)) return null;
  return Number(plain);
}
