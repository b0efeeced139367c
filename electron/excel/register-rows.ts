// One row of a register file, through the officer's column mapping, as the values it gives
// (cleaned, by field), the warnings worth a look, or the reason it cannot be imported. Blank
// cells give nothing, so a re-import keeps what a record already holds. Pure.

import type { ImportIssue } from '../../shared/framework-import';
import { contractStatuses, contractStatusLabels } from '../../shared/contract';
import { exerciseStatuses, exerciseStatusLabels } from '../../shared/exercise';
import { formatPoundsAndPence } from '../../shared/money';
import {
  registerFields,
  type ColumnMapping,
  type RegisterKind,
  type SkippedRow,
} from '../../shared/register-import';
import { normalisePostcode } from '../../shared/supplier-rules';
import {
  readCategory,
  readCompanyNumber,
  readDate,
  readMoney,
  readReference,
  readYesNo,
  spreadsheetError,
} from './import-values';

export type GivenValue = string | number | boolean;
/** The cleaned values a row gives, by field key. */
export type Given = Record<string, GivenValue>;

export interface ReadRow {
  row: number;
  given: Given;
  warnings: ImportIssue[];
}

export type RowResult = ({ ok: true } & ReadRow) | { ok: false; skipped: SkippedRow };

type FieldType =
  | 'text'
  | 'reference'
  | 'money'
  | 'date'
  | 'category'
  | 'yesno'
  | 'company'
  | 'postcode'
  | 'status';

const fieldTypes: Record<string, FieldType> = {
  reference: 'reference',
  supplierCompanyNumber: 'company',
  companyNumber: 'company',
  supplierPostcode: 'postcode',
  postcode: 'postcode',
  supplierVcse: 'yesno',
  vcse: 'yesno',
  category: 'category',
  valuePence: 'money',
  annualValuePence: 'money',
  estimatedValuePence: 'money',
  startDate: 'date',
  endDate: 'date',
  advertDate: 'date',
  tenderCloseDate: 'date',
  awardDecisionDate: 'date',
  contractStartDate: 'date',
  contractEndDate: 'date',
  status: 'status',
};

/** Status words registers use, beyond the app's own labels. */
const statusWords: Record<'contracts' | 'exercises', Record<string, string>> = {
  contracts: {
    live: 'active',
    current: 'active',
    expired: 'ended',
    closed: 'ended',
    complete: 'ended',
    completed: 'ended',
    terminated: 'terminated',
    future: 'not-started',
  },
  exercises: {
    open: 'live',
    active: 'live',
    tender: 'live',
    closed: 'evaluation',
    complete: 'awarded',
    awarded: 'awarded',
    planned: 'pipeline',
    withdrawn: 'cancelled',
  },
};

function readStatus(kind: RegisterKind, text: string): string | null {
  if (kind === 'suppliers') return null;
  const value = text.trim().toLowerCase();
  const [values, labels]: [readonly string[], Record<string, string>] =
    kind === 'contracts'
      ? [contractStatuses, contractStatusLabels]
      : [exerciseStatuses, exerciseStatusLabels];
  const byLabel = values.find((v) => v === value || labels[v]?.toLowerCase() === value);
  return byLabel ?? statusWords[kind][value] ?? null;
}

const whatIs: Record<string, string> = {
  valuePence: "a contract's whole-life value",
  annualValuePence: "a contract's annual value",
  estimatedValuePence: "an exercise's estimated value",
};

export class RowReader {
  readonly #labels: Map<string, string>;

  constructor(
    /** Known once an .xlsx sheet's first row is read. */
    public sheet: string,
    readonly headings: readonly string[],
    readonly mapping: ColumnMapping,
    readonly kind: RegisterKind,
  ) {
    this.#labels = new Map(registerFields[kind].map((f) => [f.key, f.label]));
  }

  /** The column heading a field comes from, as the file writes it. */
  heading(field: string): string {
    const index = this.mapping[field];
    const heading = index === undefined ? '' : (this.headings[index] ?? '').trim();
    return heading || `column ${(index ?? 0) + 1}`;
  }

  label(field: string): string {
    return this.#labels.get(field) ?? field;
  }

  read(row: number, cells: readonly string[]): RowResult {
    const given: Given = {};
    const warnings: ImportIssue[] = [];
    const warn = (field: string, value: string, message: string) =>
      warnings.push({ sheet: this.sheet, row, column: this.heading(field), value, message });
    const skip = (field: string, kind: string, reason: string): RowResult => ({
      ok: false,
      skipped: { row, kind, reason: `${this.heading(field)}: ${reason}` },
    });
    for (const [field, index] of Object.entries(this.mapping)) {
      const raw = cells[index] ?? '';
      const text = raw.trim();
      if (text === '') continue;
      const error = spreadsheetError(text);
      if (error) {
        return skip(
          field,
          'Spreadsheet error',
          `the cell holds the spreadsheet error ${error}, not a value`,
        );
      }
      if (text.startsWith('=')) {
        return skip(
          field,
          'Formula without a value',
          `the cell holds the formula ${text} with no value saved (or an error): open the file in Excel, let it calculate, and save it again`,
        );
      }
      const type = fieldTypes[field] ?? 'text';
      if (type === 'text') given[field] = text;
      else if (type === 'reference') given[field] = readReference(text);
      else if (type === 'money') {
        const money = readMoney(text);
        if ('problem' in money) {
          return skip(field, 'Not an amount', `"${text}" is not an amount of money`);
        }
        if ('blank' in money) continue;
        if (money.value < 0) {
          return skip(
            field,
            'Negative amount',
            `${text} is minus ${formatPoundsAndPence(-money.value)}, and ${whatIs[field] ?? 'an amount'} cannot be negative`,
          );
        }
        given[field] = money.value;
      } else if (type === 'date') {
        const date = readDate(text);
        if ('problem' in date) return skip(field, 'Not a date', `"${text}" is not a date`);
        if (date.placeholder) {
          warn(
            field,
            text,
            `${text} stands for "not known", so the ${this.label(field).toLowerCase()} is left blank`,
          );
        }
        if ('value' in date) given[field] = date.value;
      } else if (type === 'category') {
        const category = readCategory(text);
        if (category) given[field] = category;
      } else if (type === 'yesno') {
        const flag = readYesNo(text);
        if ('value' in flag) given[field] = flag.value;
        else if ('problem' in flag) warn(field, text, 'Not yes or no, so it is not used');
      } else if (type === 'company') {
        const number = readCompanyNumber(text);
        if (number) given[field] = number;
        else warn(field, text, 'Not a Companies House number, so it is not used');
      } else if (type === 'postcode') {
        const postcode = normalisePostcode(text);
        if (postcode) given[field] = postcode;
        else warn(field, text, 'Not a full UK postcode, so it is not used');
      } else {
        const status = readStatus(this.kind, text);
        if (status) given[field] = status;
        else warn(field, text, 'Not a status this app knows, so the status is worked out instead');
      }
    }
    return { ok: true, row, given, warnings };
  }
}
