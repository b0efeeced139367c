// svt demo: fills an empty workspace with the demo council (--large: the benchmark workspace).

import { loadDemo } from '../demo/load-demo';
import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { Command } from './command';

const count = (n: number) => n.toLocaleString('en-GB');

export const demoCommand: Command = {
  summary: 'fill an empty workspace with demo data (--large: 50,000 contracts for benchmarks)',
  async run({ file, json, large }, output) {
    const session = new WorkspaceSession(file, currentOfficer());
    try {
      const started = performance.now();
      const summary = large
        ? loadDemo(session.workspace.db, session.officer, { size: 'large' })
        : await call(session.context(), 'demo.load', {});
      const seconds = (performance.now() - started) / 1000;
      if (json) {
        output.stdout(JSON.stringify(summary));
        return 0;
      }
      output.stdout(
        [
          `Demo data loaded into ${file}${large ? ' (the large benchmark workspace)' : ''}:`,
          `  suppliers ${count(summary.suppliers)}`,
          `  procurement exercises ${count(summary.exercises)}`,
          `  contracts ${count(summary.contracts)}`,
          `  social value commitments ${count(summary.commitments)}`,
          `  returns ${count(summary.returns)}`,
          `  action plans ${count(summary.actionPlans)}`,
          `  case studies ${count(summary.caseStudies)}`,
          `Took ${seconds.toFixed(1)} s.`,
        ].join('\n'),
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
