// Starting a return for a contract and period, then opening it.

import { useState } from 'react';
import { call } from '../../api-client';
import { navigate } from '../../router';

export function useStartReturn() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  async function run(contractId: string, period: string) {
    setBusy(true);
    setProblem(undefined);
    try {
      const started = await call('returns.create', { contractId, period });
      navigate(`/returns/${started.id}`);
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }
  return { busy, problem, run };
}
