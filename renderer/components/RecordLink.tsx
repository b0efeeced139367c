// A link to another record, named by its reference once loaded.

import { href } from '../router';
import { useApi } from '../use-api';

/** The contract awarded from an exercise, by reference and title. */
export function ContractLink({ id }: { id: string }) {
  const [contract] = useApi('contracts.get', { id });
  const name =
    contract.state === 'ready'
      ? `${contract.value.reference}: ${contract.value.title}`
      : 'the awarded contract';
  return <a href={href(`/contracts/${id}`)}>{name}</a>;
}
