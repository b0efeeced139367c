// One contract: what was awarded, to whom and from which exercise, whether social value
// applies, and its audit trail.

import type { Contract } from '../../../shared/contract';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { ScopeSummary } from '../../components/ScopeBadges';
import { fieldRows, SummaryList } from '../../components/SummaryList';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatMoment } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { ContractSocialValue } from '../social-value/ContractSocialValue';
import { ContractCaseStudies } from '../case-studies/ContractCaseStudies';
import { contractColumns, contractFields } from './contract-fields';

export function ContractPage({ params }: PageProps) {
  const [loaded, reload] = useApi('contracts.get', { id: params.id ?? '' });
  return (
    <WhenLoaded loaded={loaded} what="the contract">
      {(contract) => <ContractDetails contract={contract} onReload={reload} />}
    </WhenLoaded>
  );
}

function supplierFacts(contract: Contract): string {
  const facts = [
    contract.supplierLocal ? 'local' : 'not local',
    contract.supplierSme ? 'SME' : null,
    contract.supplierVcse ? 'VCSE' : null,
  ].filter(Boolean);
  return facts.join(', ');
}

function ContractDetails({ contract, onReload }: { contract: Contract; onReload(): void }) {
  return (
    <>
      <RecordHeader caption={`Contract ${contract.reference}`} title={contract.title}>
        <a className="button-secondary" href={href(`/contracts/${contract.id}/edit`)}>
          Edit<span className="visually-hidden"> contract {contract.reference}</span>
        </a>
        <DeleteRecord
          kind="contracts"
          id={contract.id}
          version={contract.version}
          name={contract.reference}
          onReload={onReload}
        />
      </RecordHeader>
      <p className="meta">
        Last changed by {contract.updatedBy} on {formatMoment(contract.updatedAt)}.
      </p>

      <SummaryList
        rows={[
          {
            key: 'supplier',
            label: 'Supplier',
            value: (
              <>
                <a href={href(`/suppliers/${contract.supplierId}`)}>{contract.supplierName}</a>{' '}
                <span className="meta">({supplierFacts(contract)})</span>
              </>
            ),
          },
          {
            key: 'exercise',
            label: 'Procurement exercise',
            value: contract.exerciseId ? (
              <a href={href(`/exercises/${contract.exerciseId}`)}>
                {contract.exerciseReference ?? 'The exercise it was awarded from'}
              </a>
            ) : (
              <span className="meta">None: not awarded through an exercise in this workspace</span>
            ),
          },
          { key: 'scope', label: 'In scope', value: <ScopeSummary scope={contract.scope} /> },
        ]}
      />

      <div className="record-columns">
        <section aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
          <SummaryList
            rows={fieldRows(contract, contractFields, [
              'reference',
              'status',
              'category',
              'contractManager',
              'directorate',
            ])}
          />
        </section>
        <section aria-labelledby="term-title">
          <h2 id="term-title">Value and term</h2>
          <SummaryList
            rows={fieldRows(contract, contractFields, [
              'valuePence',
              'annualValuePence',
              'startDate',
              'endDate',
              'extensionOptions',
            ])}
          />
        </section>
      </div>

      <ContractSocialValue contract={contract} />

      <ContractCaseStudies contractId={contract.id} />

      <AuditTrail table="contracts" id={contract.id} columns={contractColumns} />
    </>
  );
}
