// Home: the dashboard (the pipeline, contracts ending soon, exercises in scope lacking social
// value), then which workspace is open, for which council, and what it holds.

import { useState } from 'react';
import { formatPounds } from '../../shared/money';
import type { RecordCounts } from '../../shared/workspace';
import { href } from '../router';
import { useApi } from '../use-api';
import { EndingSoonTable } from './home/EndingSoonTable';
import { LoadDemoData } from './home/LoadDemoData';
import { MissingSocialValueTable } from './home/MissingSocialValueTable';
import { PipelineTable } from './home/PipelineTable';
import { SocialValuePanel } from './home/SocialValuePanel';

/** The Records table's rows (the social value figures are in their own panel). */
const recordLabels = {
  councilProfiles: 'Council profile',
  thresholds: 'Thresholds',
  strategicOutcomes: 'Strategic outcomes',
  suppliers: 'Suppliers',
  exercises: 'Procurement exercises',
  contracts: 'Contracts',
  contractValuePence: 'Value of all contracts',
  changes: 'Changes in the audit trail',
} satisfies Record<keyof RecordCounts, string>;
type RecordCount = keyof typeof recordLabels;

const statText = (name: string, value: number) =>
  name === 'contractValuePence' ? formatPounds(value) : value.toLocaleString('en-GB');

export function HomePage() {
  const [info] = useApi('workspace.info', {});
  const [stats, reloadStats] = useApi('workspace.counts', {});
  const [profile, reloadProfile] = useApi('profile.get', {});
  const [dashboard, reloadDashboard] = useApi('dashboard.get', {});
  const [loadedDemo, setLoadedDemo] = useState<string>();
  const failed = [info, stats, profile, dashboard].find((loaded) => loaded.state === 'failed');
  if (failed?.state === 'failed') {
    return (
      <div className="error-summary" role="alert">
        <h2>The workspace could not be read</h2>
        <p>{failed.message}</p>
      </div>
    );
  }
  if (
    info.state !== 'ready' ||
    stats.state !== 'ready' ||
    profile.state !== 'ready' ||
    dashboard.state !== 'ready'
  ) {
    return <p role="status">Opening the workspace…</p>;
  }
  const { suppliers, exercises, contracts } = stats.value;
  const empty = suppliers + exercises + contracts === 0;
  return (
    <>
      <h1>{profile.value.councilName}</h1>
      <p className="lead">
        Social value workspace. <a href={href('/profile')}>Review the council profile</a> before
        adding tenders and contracts: its thresholds decide what is in scope.
      </p>
      {loadedDemo && (
        <div className="notice-banner" role="status">
          <p>{loadedDemo}</p>
        </div>
      )}
      {empty && (
        <LoadDemoData
          onLoaded={(summary) => {
            setLoadedDemo(
              `Demo data loaded: ${summary.suppliers} suppliers, ${summary.exercises} procurement exercises, ${summary.contracts} contracts, ${summary.commitments} social value commitments, ${summary.returns} returns, ${summary.actionPlans} action plans and ${summary.caseStudies} case studies.`,
            );
            reloadStats();
            reloadDashboard();
            reloadProfile();
          }}
        />
      )}

      <div className="dashboard-columns">
        <section aria-labelledby="pipeline-title">
          <h2 id="pipeline-title">The pipeline</h2>
          <PipelineTable stages={dashboard.value.pipeline} />
        </section>
        <section aria-labelledby="workspace-title">
          <h2 id="workspace-title">This workspace</h2>
          <dl className="summary-list">
            <div>
              <dt>File</dt>
              <dd className="break-anywhere">{info.value.file}</dd>
            </div>
            <div>
              <dt>Format version</dt>
              <dd>{info.value.schemaVersion}</dd>
            </div>
            <div>
              <dt>Changes are recorded as</dt>
              <dd>{info.value.officer}</dd>
            </div>
          </dl>
        </section>
      </div>

      <SocialValuePanel financialYearStartMonth={profile.value.financialYearStartMonth} />

      <section aria-labelledby="ending-title">
        <h2 id="ending-title">Contracts ending in the next six months</h2>
        <EndingSoonTable contracts={dashboard.value.endingSoon} />
      </section>

      <section aria-labelledby="missing-title">
        <h2 id="missing-title">In scope, with no social value approach recorded</h2>
        <MissingSocialValueTable exercises={dashboard.value.inScopeWithoutSocialValue} />
      </section>

      <section aria-labelledby="records-title">
        <h2 id="records-title">Records</h2>
        <table className="data-table">
          <caption className="visually-hidden">Records in this workspace</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col" className="numeric">
                Count
              </th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(recordLabels) as RecordCount[]).map((name) => (
              <tr key={name}>
                <th scope="row">{recordLabels[name]}</th>
                <td className="numeric">{statText(name, stats.value[name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
