// One measure (/framework/measures/:id): where it sits, what it counts and is worth, the council
// outcomes it serves, how many contracts use it, and its audit trail.

import type { MeasureDetails } from '../../../shared/measures-framework';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { fieldRows, SummaryList } from '../../components/SummaryList';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { formatMoment } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { frameworkPath, measurePath } from './framework-paths';
import { measureColumns, measureFields, proxyText } from './measure-fields';

export function MeasurePage({ params }: PageProps) {
  const [measure, reload] = useApi('measures.get', { id: params.id ?? '' });
  const [profile] = useApi('profile.get', {});
  return (
    <WhenLoaded loaded={both(measure, profile)} what="the measure">
      {([loaded, { strategicOutcomes }]) => (
        <MeasureView
          measure={loaded}
          councilOutcomes={new Map(strategicOutcomes.map((o) => [o.id, o.name]))}
          onReload={reload}
        />
      )}
    </WhenLoaded>
  );
}

function usage(contracts: number): string {
  if (contracts === 0) return 'No contract uses it yet';
  return `${contracts} contract${contracts === 1 ? '' : 's'}, in commitments or returns`;
}

interface ViewProps {
  measure: MeasureDetails;
  councilOutcomes: ReadonlyMap<string, string>;
  onReload(): void;
}

function MeasureView({ measure, councilOutcomes, onReload }: ViewProps) {
  const fields = measureFields(councilOutcomes);
  return (
    <>
      <RecordHeader caption={`Measure ${measure.code}`} title={measure.title}>
        <a className="button-secondary" href={href(`${measurePath(measure.id)}/edit`)}>
          Edit<span className="visually-hidden"> measure {measure.code}</span>
        </a>
        <DeleteRecord
          kind="measures"
          id={measure.id}
          version={measure.version}
          name={measure.code}
          onReload={onReload}
          listPath="/framework"
          recordPath={measurePath(measure.id)}
        />
      </RecordHeader>
      <p className="meta">
        Last changed by {measure.updatedBy} on {formatMoment(measure.updatedAt)}.
      </p>
      <SummaryList
        rows={[
          {
            key: 'where',
            label: 'In the framework',
            value: (
              <>
                <a href={href(frameworkPath(measure.frameworkVersionId))}>
                  {measure.frameworkVersionName}
                </a>
                : {measure.themeName} › {measure.outcomeName}
              </>
            ),
          },
          ...fieldRows(measure, fields, ['code', 'unit', 'kind']),
          {
            key: 'proxy',
            label: 'Proxy value',
            value: proxyText(measure.kind, measure.proxyPence, measure.unit),
          },
          ...fieldRows(measure, fields, ['guidance', 'evidenceRequired', 'councilOutcomeIds']),
          { key: 'used', label: 'Used by', value: usage(measure.contractsUsing) },
        ]}
      />
      <AuditTrail table="measures" id={measure.id} columns={measureColumns(councilOutcomes)} />
    </>
  );
}
