// A draft return's lines as typed, and their conversion to returns.update, checked with the
// schema the backend uses. A record-only line sends no quantity.

import type { MeasureBasics } from '../../../shared/social-value';
import {
  returnUpdateSchema,
  type ReturnDetail,
  type ReturnLineInput,
} from '../../../shared/social-value-return';
import { FormReader, orNull, type Checked } from '../../components/form-input';
import { quantityText, readQuantity } from '../social-value/figures';

export interface EntryLine {
  measure: MeasureBasics;
  /** The commitment's quantity for the term; null for an extra measure. */
  committedQuantity: number | null;
  extra: boolean;
  quantity: string;
  evidenceReference: string;
  narrative: string;
  /** Why the verifier queried or rejected it before the return came back to draft. */
  verificationNote: string | null;
}

export interface EntryForm {
  lines: EntryLine[];
}

export function returnToEntryForm(found: ReturnDetail): EntryForm {
  return {
    lines: found.lines.map((line) => ({
      measure: line.measure,
      committedQuantity: line.committedQuantity,
      extra: line.commitmentId === null,
      quantity: quantityText(line.quantity),
      evidenceReference: line.evidenceReference ?? '',
      narrative: line.narrative ?? '',
      verificationNote: line.verificationNote,
    })),
  };
}

/** A blank line for a measure the supplier reports without a commitment. */
export function extraLine(measure: MeasureBasics): EntryLine {
  return {
    measure,
    committedQuantity: null,
    extra: true,
    quantity: '',
    evidenceReference: '',
    narrative: '',
    verificationNote: null,
  };
}

export function entryFormToInput(
  form: EntryForm,
  found: { id: string; version: number },
): Checked<{ id: string; version: number; lines: ReturnLineInput[] }> {
  const read = new FormReader();
  const lines = form.lines.map((line, index) => ({
    measureId: line.measure.id,
    quantity:
      line.measure.kind === 'record-only'
        ? null
        : readQuantity(read, line.quantity, ['lines', index, 'quantity']),
    evidenceReference: orNull(line.evidenceReference),
    narrative: orNull(line.narrative),
  }));
  return read.check(returnUpdateSchema, { id: found.id, version: found.version, lines });
}
