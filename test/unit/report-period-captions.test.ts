// The period rule in the action plan and case study blocks' captions: said when the data was
// taken under the rule for a year, counted when items were left out, and not claimed for data
// taken before the rule or for all years.

import { describe, expect, it } from 'vitest';
import type { BlockData, BlockSnapshot } from '../../shared/report-block-data';
import type { ReportBlock } from '../../shared/report-document';
import { renderBlockData, type RenderContext } from '../../shared/report-block-render';

const ctx: RenderContext = {
  deletedContractIds: new Set(),
  caseStudyPublishable: () => true,
  picture: () => null,
};
const year = { year: '2025/26', directorate: null, asOf: '2026-03-31' };
const allYears = { ...year, year: null };
const plan = { id: '00000000-0000-4000-8000-00000000000a', name: 'Charter plan', source: null };
const item = {
  task: 'Publish the charter',
  timescale: null,
  dueDate: '2025-06-30',
  status: 'complete' as const,
  update: null,
};

const render = (scope: BlockSnapshot['scope'], data: BlockData) =>
  renderBlockData({ scope, data }, {}, ctx);
const captions = (blocks: ReportBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.caption] : []));
const texts = (blocks: ReportBlock[]) =>
  blocks.flatMap((b) =>
    b.kind === 'note'
      ? [b.text]
      : b.kind === 'paragraph'
        ? [b.runs.map((r) => r.text).join('')]
        : [],
  );

describe('period rules in block captions', () => {
  it('names the rule in the action plan caption and counts what was left out', () => {
    const blocks = render(year, { kind: 'action-plan', plan, items: [item], leftOut: 1 });
    expect(captions(blocks)).toEqual(['Charter plan; items due or updated in 2025/26']);
    expect(texts(blocks)).toEqual(['1 item neither due nor updated in 2025/26 is left out.']);
  });

  it('says when no item of the plan is due or updated in the year', () => {
    const blocks = render(year, { kind: 'action-plan', plan, items: [], leftOut: 3 });
    expect(texts(blocks)).toEqual([
      'The action plan "Charter plan" has no items due or updated in 2025/26.',
      '3 items neither due nor updated in 2025/26 are left out.',
    ]);
  });

  it('claims no rule for data taken before it, or for all years', () => {
    const before = render(year, { kind: 'action-plan', plan, items: [item] });
    expect(captions(before)).toEqual(['Charter plan']);
    const all = render(allYears, { kind: 'action-plan', plan, items: [item], leftOut: 0 });
    expect(captions(all)).toEqual(['Charter plan']);
    expect(texts(all)).toEqual([]);
  });

  it('says which case studies belong to the year, and when there are none', () => {
    const none = render(year, {
      kind: 'case-studies',
      studies: [],
      withoutConsent: 0,
      byPeriod: true,
    });
    expect(texts(none)).toEqual([
      'Case studies of contracts running in 2025/26, and those naming no contract recorded in it.',
      'No case studies in 2025/26 have consent to publish.',
    ]);
    const old = render(year, { kind: 'case-studies', studies: [], withoutConsent: 0 });
    expect(texts(old)).toEqual(['No case studies have consent to publish.']);
  });
});
