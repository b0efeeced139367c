import { describe, expect, it } from 'vitest';
import type { BlockSnapshot } from '../../shared/report-block-data';
import {
  provenanceNote,
  renderBlockData,
  renderDataBlock,
  type RenderContext,
} from '../../shared/report-block-render';

const scope = { year: '2019/20', directorate: null, asOf: '2020-03-31' };
const ctx = (overrides: Partial<RenderContext> = {}): RenderContext => ({
  deletedContractIds: new Set(),
  caseStudyPublishable: () => true,
  picture: () => ({ mimeType: 'image/png', base64: 'iVBOR' }),
  ...overrides,
});
const contractId = '00000000-0000-4000-8000-00000000000c';
const topContracts = (title: string): BlockSnapshot => ({
  scope,
  data: {
    kind: 'top-contracts',
    rows: [
      {
        contractId,
        reference: 'C-1',
        title,
        supplierName: 'Ó Súilleabháin & Daughters',
        committedPence: 1_000_00,
        verifiedPence: 500_00,
      },
    ],
  },
});

describe('renderBlockData', () => {
  it('says so when a period had no returns due, or nothing committed', () => {
    const missing = renderBlockData(
      { scope, data: { kind: 'missing-returns', contractsDue: 0, total: 0, rows: [] } },
      {},
      ctx(),
    );
    expect(missing).toEqual([
      { kind: 'paragraph', runs: [{ text: 'No returns were due in 2019/20.' }], numbered: false },
    ]);
    const themes = renderBlockData(
      {
        scope: { ...scope, year: null },
        data: {
          kind: 'committed-delivered',
          byTheme: [{ label: 'Jobs', committedPence: 0, verifiedPence: 0, submittedPence: 0 }],
        },
      },
      {},
      ctx(),
    );
    expect(themes[0]).toMatchObject({
      runs: [{ text: 'No social value was committed or delivered in any year.' }],
    });
  });

  it('keeps raw pence in cells and names as stored, and marks a contract deleted since', () => {
    const [live] = renderBlockData(topContracts('Parks & Gardens – O’Brien’s'), {}, ctx());
    expect(live).toMatchObject({
      kind: 'table',
      rows: [['C-1', 'Parks & Gardens – O’Brien’s', 'Ó Súilleabháin & Daughters', 100000, 50000]],
    });
    const [gone] = renderBlockData(
      topContracts('Parks'),
      {},
      ctx({ deletedContractIds: new Set([contractId]) }),
    );
    expect(gone).toMatchObject({
      rows: [['C-1', 'Parks (deleted)', 'Ó Súilleabháin & Daughters', 100000, 50000]],
    });
  });

  it('shows the theme table, the chart, or both, with a totals row', () => {
    const snapshot: BlockSnapshot = {
      scope,
      data: {
        kind: 'committed-delivered',
        byTheme: [
          { label: 'Jobs', committedPence: 300, verifiedPence: 100, submittedPence: 200 },
          { label: 'Green', committedPence: 50, verifiedPence: 0, submittedPence: 10 },
        ],
      },
    };
    const both = renderBlockData(snapshot, {}, ctx());
    expect(both.map((b) => b.kind)).toEqual(['table', 'bar-chart']);
    expect(both[0]).toMatchObject({ totals: ['Total', 350, 100, 210] });
    expect(both[1]).toMatchObject({
      categories: ['Jobs', 'Green'],
      series: [
        { label: 'Committed', values: [300, 50] },
        { label: 'Delivered and verified', values: [100, 0] },
      ],
    });
    expect(renderBlockData(snapshot, { display: 'chart' }, ctx()).map((b) => b.kind)).toEqual([
      'bar-chart',
    ]);
  });

  it('leaves out case studies without consent, or withdrawn since, and says how many', () => {
    const study = (id: string, title: string) => ({
      id,
      title,
      contractId: null,
      contractTitle: null,
      supplierName: null,
      narrative: 'One.\n\nTwo.',
      outputs: ['3 jobs'],
      pictures: [{ id: `${id}-p`, caption: null, altText: 'A garden' }],
    });
    const blocks = renderBlockData(
      {
        scope,
        data: {
          kind: 'case-studies',
          studies: [study('a', 'Kept'), study('b', 'Withdrawn')],
          withoutConsent: 1,
        },
      },
      {},
      ctx({ caseStudyPublishable: (id) => id === 'a' }),
    );
    expect(blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'list',
      'picture',
      'note',
    ]);
    expect(JSON.stringify(blocks)).not.toContain('Withdrawn');
    expect(blocks.at(-1)).toEqual({
      kind: 'note',
      text: '2 case studies are left out because consent to publish has not been given.',
    });
    expect(blocks[4]).toEqual({
      kind: 'picture',
      caption: 'A garden',
      mimeType: 'image/png',
      base64: 'iVBOR',
    });
  });

  it('gives the action plan as Task | Dates | Progress update', () => {
    const [table] = renderBlockData(
      {
        scope,
        data: {
          kind: 'action-plan',
          plan: { id: 'p', name: 'Charter', source: null },
          items: [
            {
              task: 'Engage with partners',
              timescale: 'July/August and ongoing',
              dueDate: '2026-08-31',
              status: 'complete',
              update: { date: '2026-09-01', text: 'Complete. All met.' },
            },
            {
              task: 'Train officers',
              timescale: null,
              dueDate: null,
              status: 'not-started',
              update: null,
            },
          ],
        },
      },
      {},
      ctx(),
    );
    expect(table).toMatchObject({
      caption: 'Charter',
      columns: [{ label: 'Task' }, { label: 'Dates' }, { label: 'Progress update' }],
      rows: [
        [
          'Engage with partners',
          'July/August and ongoing (due 31 August 2026)',
          'Complete. All met. (1 September 2026)',
        ],
        ['Train officers', '', 'Not started.'],
      ],
    });
  });
});

describe('renderDataBlock', () => {
  it('ends a block with when its data was taken, and says when none has been taken', () => {
    const blocks = renderDataBlock(
      'top-contracts',
      topContracts('Parks'),
      '2026-11-30T14:05:00.000Z',
      {},
      ctx(),
    );
    expect(blocks.at(-1)).toEqual(provenanceNote(scope, '2026-11-30T14:05:00.000Z'));
    expect(provenanceNote(scope, '2026-11-30T14:05:00.000Z')).toMatchObject({
      text: expect.stringMatching(
        /^Figures for 2019\/20, all directorates, as at 31 March 2020\. Data taken at \d\d:05 on 30 November 2026\.$/,
      ),
    });
    expect(renderDataBlock('rag-summary', null, null, {}, ctx())).toEqual([
      {
        kind: 'note',
        text: 'RAG summary: the data has not been taken yet. Refresh the data to show it.',
      },
    ]);
  });
});
