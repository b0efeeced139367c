// Offered while the workspace holds no records: fills it with a realistic demo council.

import { useState } from 'react';
import type { DemoSummary } from '../../../shared/demo';
import { call } from '../../api-client';
import { href } from '../../router';

export function LoadDemoData({ onLoaded }: { onLoaded(summary: DemoSummary): void }) {
  const [state, setState] = useState<{ loading: boolean; problem?: string }>({ loading: false });
  async function load() {
    setState({ loading: true });
    try {
      onLoaded(await call('demo.load', {}));
    } catch (error) {
      setState({ loading: false, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <section className="panel" aria-labelledby="empty-title">
      <h2 id="empty-title">This workspace is empty</h2>
      <p>
        Add your first <a href={href('/suppliers/new')}>supplier</a>,{' '}
        <a href={href('/exercises/new')}>procurement exercise</a> or{' '}
        <a href={href('/contracts/new')}>contract</a>, or load demo data to try the app with a
        made-up council: three years of suppliers, exercises and contracts, with their social value
        commitments and returns, action plans and case studies.
      </p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={load} disabled={state.loading}>
          Load demo data
        </button>
        <p role="status" className="meta">
          {state.loading
            ? 'Loading demo data: making suppliers, exercises, contracts and their social value…'
            : ''}
        </p>
      </div>
      {state.problem && (
        <p className="error-message" role="alert">
          The demo data could not be loaded. {state.problem}
        </p>
      )}
    </section>
  );
}
