// Choosing a supplier by typing part of its name.

import type { Supplier } from '../../shared/supplier';
import { call } from '../api-client';
import type { FieldControlProps } from './Field';
import { RecordPicker } from './RecordPicker';

interface Props {
  control: FieldControlProps;
  supplierId: string;
  supplierName: string;
  onChange(supplierId: string, supplierName: string): void;
}

const search = (text: string, limit: number) =>
  call('suppliers.list', { search: text, sort: 'name', limit });

export function SupplierPicker({ supplierId, supplierName, ...rest }: Props) {
  return (
    <RecordPicker<Supplier>
      {...rest}
      chosenId={supplierId}
      chosenName={supplierName}
      search={search}
      nameOf={(supplier) => supplier.name}
      detailOf={(supplier) => supplier.postcode}
      noun={{ one: 'supplier', many: 'suppliers' }}
      whenNoMatch="Add the supplier first, from the Suppliers page."
    />
  );
}
