// One supplier: its details, whether it counts as local and as an SME, its contracts, and its
// audit trail.

import { formatPounds } from '../../../shared/money';
import { supplierSizeLabels, type Supplier } from '../../../shared/supplier';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { fieldRows, SummaryList } from '../../components/SummaryList';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatMoment } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { supplierColumns, supplierFields } from './supplier-fields';

export function SupplierPage({ params }: PageProps) {
  const id = params.id ?? '';
  const [loaded, reload] = useApi('suppliers.get', { id });
  return (
    <WhenLoaded loaded={loaded} what="the supplier">
      {(supplier) => <SupplierDetails supplier={supplier} onReload={reload} />}
    </WhenLoaded>
  );
}

function localText(supplier: Supplier): string {
  const answer = supplier.local ? 'Yes' : 'No';
  if (supplier.localOverride !== 'derived') return `${answer}, set by hand`;
  return supplier.postcode ? `${answer}, from the postcode` : `${answer}: no postcode recorded`;
}

function smeText(supplier: Supplier): string {
  if (!supplier.size) return 'Not known: no size recorded';
  return `${supplier.sme ? 'Yes' : 'No'}, ${supplierSizeLabels[supplier.size].toLowerCase()}`;
}

function ContractsHeld({ supplier }: { supplier: Supplier }) {
  const count = supplier.contractCount;
  return (
    <>
      {count.toLocaleString('en-GB')} {count === 1 ? 'contract' : 'contracts'} worth{' '}
      {formatPounds(supplier.contractValuePence)}
      {count > 0 && (
        <>
          {' '}
          <a href={href('/contracts', new URLSearchParams({ supplierId: supplier.id }))}>
            See its contracts<span className="visually-hidden"> with {supplier.name}</span>
          </a>
        </>
      )}
    </>
  );
}

function SupplierDetails({ supplier, onReload }: { supplier: Supplier; onReload(): void }) {
  return (
    <>
      <RecordHeader caption="Supplier" title={supplier.name}>
        <a className="button-secondary" href={href(`/suppliers/${supplier.id}/edit`)}>
          Edit<span className="visually-hidden"> supplier {supplier.name}</span>
        </a>
        <DeleteRecord
          kind="suppliers"
          id={supplier.id}
          version={supplier.version}
          name={supplier.name}
          onReload={onReload}
        />
      </RecordHeader>
      <p className="meta">
        Last changed by {supplier.updatedBy} on {formatMoment(supplier.updatedAt)}.{' '}
        <a href={href('/suppliers/duplicates')}>Check for likely duplicate suppliers</a>
      </p>

      <div className="record-columns">
        <div>
          <section aria-labelledby="facts-title">
            <h2 id="facts-title">At a glance</h2>
            <SummaryList
              rows={[
                { key: 'local', label: 'Local', value: localText(supplier) },
                { key: 'sme', label: 'SME', value: smeText(supplier) },
                {
                  key: 'contracts',
                  label: 'Contracts',
                  value: <ContractsHeld supplier={supplier} />,
                },
              ]}
            />
          </section>
          <section aria-labelledby="contact-title">
            <h2 id="contact-title">Contact</h2>
            <SummaryList
              rows={fieldRows(supplier, supplierFields, [
                'contactName',
                'contactEmail',
                'contactPhone',
              ])}
            />
          </section>
        </div>
        <section aria-labelledby="details-title">
          <h2 id="details-title">Organisation</h2>
          <SummaryList
            rows={fieldRows(supplier, supplierFields, [
              'companyNumber',
              'charityNumber',
              'address',
              'postcode',
              'localOverride',
              'size',
              'vcse',
              ...(supplier.vcse ? (['vcseType'] as const) : []),
              'realLivingWage',
              ...(supplier.realLivingWage ? (['realLivingWageSince'] as const) : []),
            ])}
          />
        </section>
      </div>

      <AuditTrail table="suppliers" id={supplier.id} columns={supplierColumns} />
    </>
  );
}
