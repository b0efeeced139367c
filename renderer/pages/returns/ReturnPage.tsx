// One return (/returns/:id): whose, for which period, where it stands, and then either the entry
// form (a draft) or the verification of its lines; sending it back to draft; its audit trail.

import type { ReturnDetail } from '../../../shared/social-value-return';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { SummaryList } from '../../components/SummaryList';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { formatDate } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { dayOf } from '../social-value/figures';
import { ReturnStatusTag } from '../social-value/RagBadge';
import { ReopenReturn } from './ReopenReturn';
import { returnAuditColumns } from './return-audit-columns';
import { ReturnEntryForm } from './ReturnEntryForm';
import { ReturnVerification } from './ReturnVerification';

export function ReturnPage({ params }: PageProps) {
  const [loaded, reload] = useApi('returns.get', { id: params.id ?? '' });
  const [info] = useApi('workspace.info', {});
  return (
    <WhenLoaded loaded={both(loaded, info)} what="the return">
      {([found, workspace]) => (
        <ReturnDetails
          key={found.version}
          found={found}
          officer={workspace.officer}
          onReload={reload}
        />
      )}
    </WhenLoaded>
  );
}

function ReturnDetails(props: { found: ReturnDetail; officer: string; onReload(): void }) {
  const { found, officer, onReload } = props;
  const name = `${found.periodLabel} for ${found.contractReference}`;
  return (
    <>
      <RecordHeader
        caption={`Return for contract ${found.contractReference}`}
        title={`${found.periodLabel}: ${found.contractTitle}`}
      >
        {found.status !== 'draft' && <ReopenReturn found={found} onReopened={onReload} />}
        <DeleteRecord
          kind="returns"
          id={found.id}
          version={found.version}
          name={name}
          onReload={onReload}
        />
      </RecordHeader>
      <SummaryList
        rows={[
          {
            key: 'contract',
            label: 'Contract',
            value: (
              <a href={href(`/contracts/${found.contractId}`)}>
                {found.contractReference}: {found.contractTitle}
              </a>
            ),
          },
          {
            key: 'supplier',
            label: 'Supplier',
            value: <a href={href(`/suppliers/${found.supplierId}`)}>{found.supplierName}</a>,
          },
          {
            key: 'period',
            label: 'Period',
            value: `${found.periodLabel}: ${formatDate(found.periodStart)} to ${formatDate(found.periodEnd)}`,
          },
          { key: 'status', label: 'Status', value: <ReturnStatusTag status={found.status} /> },
          {
            key: 'submitted',
            label: 'Submitted',
            value: found.submittedAt ? (
              formatDate(dayOf(found.submittedAt))
            ) : (
              <span className="meta">Not yet</span>
            ),
          },
          {
            key: 'verified',
            label: 'Last checked',
            value:
              found.verifiedBy && found.verifiedAt ? (
                `By ${found.verifiedBy} on ${formatDate(found.verifiedAt)}`
              ) : (
                <span className="meta">Not yet</span>
              ),
          },
          ...(found.statusNote
            ? [
                {
                  key: 'note',
                  label: 'Notes',
                  value: <span className="pre-line">{found.statusNote}</span>,
                },
              ]
            : []),
        ]}
      />
      {found.status === 'draft' ? (
        <ReturnEntryForm found={found} onReload={onReload} />
      ) : (
        <ReturnVerification found={found} officer={officer} onReload={onReload} />
      )}
      <AuditTrail table="returns" id={found.id} columns={returnAuditColumns} />
    </>
  );
}
