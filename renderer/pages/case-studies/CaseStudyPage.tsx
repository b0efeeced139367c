// One case study: whether it may be published, the contract and supplier, the council outcomes
// it served, the story and its outputs, its pictures, and its audit trail.

import type { CaseStudy } from '../../../shared/case-study';
import type { CouncilProfile } from '../../../shared/council-profile';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { fieldRows, SummaryList } from '../../components/SummaryList';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { formatMoment } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { AddPictureForm } from './AddPictureForm';
import { CasePictures } from './CasePictures';
import { caseStudyColumns, caseStudyFields } from './case-study-fields';
import { ConsentStatus } from './ConsentStatus';

export function CaseStudyPage({ params }: PageProps) {
  const [study, reload] = useApi('caseStudies.get', { id: params.id ?? '' });
  const [profile] = useApi('profile.get', {});
  return (
    <WhenLoaded loaded={both(study, profile)} what="the case study">
      {([value, council]) => <StudyDetails study={value} profile={council} onReload={reload} />}
    </WhenLoaded>
  );
}

interface Props {
  study: CaseStudy;
  profile: CouncilProfile;
  onReload(): void;
}

const none = (text: string) => <span className="meta">{text}</span>;

function StudyDetails({ study, profile, onReload }: Props) {
  const outcomes = new Map(profile.strategicOutcomes.map((o) => [o.id, o.name]));
  return (
    <>
      <RecordHeader caption="Case study" title={study.title}>
        <a className="button-secondary" href={href(`/case-studies/${study.id}/edit`)}>
          Edit<span className="visually-hidden"> case study {study.title}</span>
        </a>
        <DeleteRecord
          kind="case-studies"
          id={study.id}
          version={study.version}
          name={study.title}
          onReload={onReload}
        />
      </RecordHeader>
      <p className="meta">
        Last changed by {study.updatedBy} on {formatMoment(study.updatedAt)}.
      </p>
      <ConsentStatus study={study} />

      <SummaryList
        rows={[
          {
            key: 'contract',
            label: 'Contract',
            value: study.contractId ? (
              <a href={href(`/contracts/${study.contractId}`)}>
                {study.contractReference}: {study.contractTitle}
              </a>
            ) : (
              none('Not attached to a contract')
            ),
          },
          {
            key: 'supplier',
            label: 'Supplier',
            value: study.supplierId ? (
              <a href={href(`/suppliers/${study.supplierId}`)}>{study.supplierName}</a>
            ) : (
              none('None recorded')
            ),
          },
          ...fieldRows(study, caseStudyFields(outcomes), ['councilOutcomeIds']),
        ]}
      />

      <h2>The story</h2>
      <p className="pre-line narrative">{study.narrative}</p>

      <h2>Quantified outputs</h2>
      {study.outputs.length ? (
        <ul>
          {study.outputs.map((output, index) => (
            <li key={index}>{output}</li>
          ))}
        </ul>
      ) : (
        <p className="meta">None recorded.</p>
      )}

      <section aria-labelledby="pictures-title">
        <h2 id="pictures-title">Pictures</h2>
        <CasePictures study={study} onChanged={onReload} />
        <AddPictureForm caseStudyId={study.id} onAdded={onReload} />
      </section>

      <AuditTrail table="case_studies" id={study.id} columns={caseStudyColumns(outcomes)} />
    </>
  );
}
