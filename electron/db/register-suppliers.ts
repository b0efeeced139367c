// Finding the supplier a register row names: by company number first, then by name once
// normalised ("ACME LIMITED" is "Acme Ltd"), else a new supplier. The workspace's suppliers are
// read once, so a long register costs one lookup per row, and suppliers the import creates are
// found by the rows after. Each supplier is reported once, at the first row naming it. In a dry
// run (the preview) a new supplier is given a made-up id and not written, so the rows after
// still find it, as they would in the import.

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SupplierMatch } from '../../shared/register-import';
import { supplierFieldsSchema } from '../../shared/supplier';
import { normaliseSupplierName } from '../../shared/supplier-rules';
import type { WrittenRecord } from './import-history-repository';
import { RowSkipped } from './register-row-skipped';
import { statement } from './statements';
import { insertSupplier } from './supplier-repository';

export interface SupplierNamed {
  name: string;
  companyNumber?: string;
  charityNumber?: string;
  postcode?: string;
  address?: string;
  vcse?: boolean;
}

interface Known {
  id: string;
  name: string;
}

export class SupplierMatcher {
  readonly #byNumber = new Map<string, Known>();
  readonly #byName = new Map<string, Known>();
  readonly #reported = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly officer: string,
    private readonly localArea: readonly string[],
    private readonly dryRun: boolean,
  ) {
    const rows = statement(
      db,
      'SELECT id, name, name_key, company_number FROM suppliers WHERE deleted_at IS NULL ORDER BY created_at',
    ).all() as { id: string; name: string; name_key: string; company_number: string | null }[];
    for (const row of rows) this.#remember(row.id, row.name, row.name_key, row.company_number);
  }

  #remember(id: string, name: string, key: string, number: string | null | undefined): void {
    const known = { id, name };
    if (number && !this.#byNumber.has(number)) this.#byNumber.set(number, known);
    if (key && !this.#byName.has(key)) this.#byName.set(key, known);
  }

  /** Forgets the suppliers created among `written`, whose writes were rolled back. */
  forget(written: readonly WrittenRecord[]): void {
    const gone = new Set(
      written.filter((w) => w.entry.table === 'suppliers').map((w) => w.entry.rowId),
    );
    if (gone.size === 0) return;
    for (const map of [this.#byNumber, this.#byName]) {
      for (const [key, known] of map) if (gone.has(known.id)) map.delete(key);
    }
    for (const id of gone) this.#reported.delete(id);
  }

  /** The existing supplier this is, and how it was found; null when there is none. */
  find(supplier: SupplierNamed): { known: Known; by: 'company number' | 'name' } | null {
    const number = supplier.companyNumber && this.#byNumber.get(supplier.companyNumber);
    if (number) return { known: number, by: 'company number' };
    const name = this.#byName.get(normaliseSupplierName(supplier.name));
    return name ? { known: name, by: 'name' } : null;
  }

  /** The supplier's id, creating it when no supplier matches; `report` hears of it once. */
  resolve(
    row: number,
    supplier: SupplierNamed,
    report: (match: SupplierMatch) => void,
    written: WrittenRecord[],
  ): string {
    const found = this.find(supplier);
    const tell = (match: SupplierMatch, id: string) => {
      if (this.#reported.has(id)) return;
      this.#reported.add(id);
      report(match);
    };
    if (found) {
      tell(
        { row, name: supplier.name, by: found.by, supplierName: found.known.name },
        found.known.id,
      );
      return found.known.id;
    }
    const parsed = supplierFieldsSchema.safeParse({ ...supplier, vcse: supplier.vcse ?? false });
    if (!parsed.success) {
      throw new RowSkipped(
        'Supplier not valid',
        `Supplier ${supplier.name}: ${parsed.error.issues[0]?.message ?? 'not valid'}`,
      );
    }
    const id = this.dryRun
      ? randomUUID()
      : insertSupplier(this.db, parsed.data, this.officer, this.localArea);
    written.push({ entry: { table: 'suppliers', rowId: id, action: 'created' }, versionAfter: 1 });
    this.#remember(
      id,
      parsed.data.name,
      normaliseSupplierName(parsed.data.name),
      parsed.data.companyNumber,
    );
    tell({ row, name: supplier.name, by: 'new', supplierName: parsed.data.name }, id);
    return id;
  }
}
