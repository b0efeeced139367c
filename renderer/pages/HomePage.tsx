// Home: which workspace is open, for which council, and what it holds.

import { useApi } from '../use-api';
import { href } from '../router';

const recordLabels: Record<string, string> = {
  councilProfiles: 'Council profile',
  thresholds: 'Thresholds',
  strategicOutcomes: 'Strategic outcomes',
  changes: 'Changes in the audit trail',
};

export function HomePage() {
  const [info] = useApi('workspace.info', {});
  const [stats] = useApi('workspace.stats', {});
  const [profile] = useApi('profile.get', {});
  const failed = [info, stats, profile].find((loaded) => loaded.state === 'failed');
  if (failed?.state === 'failed') {
    return (
      <div className="error-summary" role="alert">
        <h2>The workspace could not be read</h2>
        <p>{failed.message}</p>
      </div>
    );
  }
  if (info.state !== 'ready' || stats.state !== 'ready' || profile.state !== 'ready') {
    return <p role="status">Opening the workspace…</p>;
  }
  return (
    <>
      <h1>{profile.value.councilName}</h1>
      <p className="lead">
        Social value workspace. <a href={href('/profile')}>Review the council profile</a> before
        adding tenders and contracts: its thresholds decide what is in scope.
      </p>
      <h2>This workspace</h2>
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
      <h2>Records</h2>
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
          {Object.entries(stats.value).map(([name, count]) => (
            <tr key={name}>
              <th scope="row">{recordLabels[name] ?? name}</th>
              <td className="numeric">{count.toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
