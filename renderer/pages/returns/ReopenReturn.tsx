// Sending a return back to draft, so its lines can be corrected: with a confirmation saying what
// happens (the lines' verification is cleared) and an optional reason, kept with the return.

import { useEffect, useRef, useState } from 'react';
import type { ReturnDetail } from '../../../shared/social-value-return';
import { call } from '../../api-client';
import { showNotice } from '../../components/notice';

export function ReopenReturn({ found, onReopened }: { found: ReturnDetail; onReopened(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);

  async function reopen() {
    setBusy(true);
    setProblem(undefined);
    try {
      await call('returns.reopen', { id: found.id, version: found.version, reason });
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof Error ? error.message : String(error));
      return;
    }
    showNotice({
      path: `/returns/${found.id}`,
      text: 'The return is a draft again: correct its lines, then submit it.',
    });
    onReopened();
  }

  if (!confirming) {
    return (
      <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        Send back to draft
      </button>
    );
  }
  return (
    <div
      className="confirm-panel"
      role="region"
      aria-labelledby="reopen-title"
      tabIndex={-1}
      ref={panel}
    >
      <h2 id="reopen-title">Send this return back to draft?</h2>
      <p>
        Its lines can then be corrected and it is submitted again. Every line goes back to awaiting
        verification, so its delivery stops counting as verified until it is checked again. The
        audit trail keeps what it was.
      </p>
      <div className="field">
        <label htmlFor="reopen-reason">Why (optional)</label>
        <textarea
          id="reopen-reason"
          rows={2}
          className="input-wide"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {problem && (
        <p className="error-message" role="alert">
          It was not sent back. {problem}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={reopen} disabled={busy}>
          {busy ? 'Sending back…' : 'Yes, send it back to draft'}
        </button>
        <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
