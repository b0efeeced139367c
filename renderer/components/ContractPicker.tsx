// Choosing a contract by typing part of its reference, title or supplier.

import type { Contract } from '../../shared/contract';
import { call } from '../api-client';
import { RecordPicker, type PickerProps } from './RecordPicker';

const search = (text: string, limit: number) =>
  call('contracts.list', { search: text, sort: 'reference', limit });

/** "C-2025-031: Highways resurfacing", as the box and the list name a contract. */
export const contractName = (contract: Pick<Contract, 'reference' | 'title'>) =>
  `${contract.reference}: ${contract.title}`;

export function ContractPicker(props: PickerProps) {
  return (
    <RecordPicker<Contract>
      {...props}
      search={search}
      nameOf={contractName}
      detailOf={(contract) => contract.supplierName}
      noun={{ one: 'contract', many: 'contracts' }}
      whenNoMatch="Add the contract first, from the Contracts page."
    />
  );
}
