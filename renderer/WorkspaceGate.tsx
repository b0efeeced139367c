// Asks the host whether the workspace opened before showing the app; when it did not, shows the
// recovery screen instead (never a blank window or a crash), and the app once a restore worked.

import { useEffect, useState, type ReactNode } from 'react';
import type { WorkspaceHealth } from '../shared/backup';
import { call } from './api-client';
import { showNotice } from './components/notice';
import { restoredNotice } from './pages/backups/backup-labels';
import { RecoveryPage } from './pages/backups/RecoveryPage';
import { navigate } from './router';

type Gate =
  { state: 'checking' } | { state: 'open' } | { state: 'recovery'; health: WorkspaceHealth };

export function WorkspaceGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>({ state: 'checking' });
  useEffect(() => {
    let current = true;
    call('workspace.health', {}).then(
      (health) =>
        current &&
        setGate(health.state === 'ok' ? { state: 'open' } : { state: 'recovery', health }),
      // The host could not say (no access key, host gone): the app's pages show why.
      () => current && setGate({ state: 'open' }),
    );
    return () => {
      current = false;
    };
  }, []);

  if (gate.state === 'checking') {
    return (
      <main id="main" className="container">
        <p role="status">Opening the workspace…</p>
      </main>
    );
  }
  if (gate.state === 'recovery' && gate.health.state !== 'ok') {
    return (
      <RecoveryPage
        health={gate.health}
        onRestored={(backup, outcome) => {
          navigate('/');
          showNotice({
            path: '/',
            text: restoredNotice(backup, outcome, 'Council profile, then Backups'),
          });
          setGate({ state: 'open' });
        }}
      />
    );
  }
  return <>{children}</>;
}
