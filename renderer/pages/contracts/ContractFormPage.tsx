// Adding a contract (/contracts/new) or changing one (/contracts/:id/edit).

import type { Contract } from '../../../shared/contract';
import { call } from '../../api-client';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/use-record-form';
import { WhenLoaded } from '../../components/WhenLoaded';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { contractFormToInput, contractToForm, emptyContractForm } from './contract-form';
import { ContractFormFields } from './ContractFormFields';

export function ContractFormPage({ params }: PageProps) {
  if (!params.id) return <ContractEditor />;
  return <EditContract id={params.id} />;
}

function EditContract({ id }: { id: string }) {
  const [loaded, reload] = useApi('contracts.get', { id });
  return (
    <WhenLoaded loaded={loaded} what="the contract">
      {(contract) => (
        <ContractEditor key={contract.version} contract={contract} onReload={reload} />
      )}
    </WhenLoaded>
  );
}

function ContractEditor({ contract, onReload }: { contract?: Contract; onReload?: () => void }) {
  const state = useRecordForm({
    initial: contract ? contractToForm(contract) : emptyContractForm,
    toInput: contractFormToInput,
    save: (fields) =>
      contract
        ? call('contracts.update', { id: contract.id, version: contract.version, fields })
        : call('contracts.create', fields),
    onSaved: (saved) => navigate(`/contracts/${saved.id}`),
  });
  return (
    <RecordForm
      state={state}
      noun="contract"
      caption={contract ? `Edit contract ${contract.reference}` : undefined}
      title={contract ? contract.title : 'New contract'}
      submitLabel={contract ? 'Save changes' : 'Add contract'}
      cancelHref={href(contract ? `/contracts/${contract.id}` : '/contracts')}
      onReload={onReload}
    >
      <ContractFormFields state={state} />
    </RecordForm>
  );
}
