// reports.document for a template and a period on the demo workspace: every block's figures are
// the portfolio's for the same period, as the dashboard shows them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../electron/demo/load-demo';
import type { ReportBlock, ReportDocument } from '../../shared/report-document';
import { openSharedWorkspace } from './seed-records';
import { callApi, expectOk } from './temp-workspace';

const blocksOf = (document: ReportDocument) => document.sections.flatMap((s) => s.blocks);
const ofKind = <K extends ReportBlock['kind']>(document: ReportDocument, kind: K) =>
  blocksOf(document).filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === kind);

describe('the annual report of the demo workspace', () => {
  let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
  beforeAll(async () => {
    shared = await openSharedWorkspace();
    loadDemo(shared.db, shared.ctx.officer);
  });
  afterAll(() => shared.close());

  it('shows the dashboard’s headline figures and themes for the year', async () => {
    const { ctx } = shared;
    const dashboard = expectOk(await callApi(ctx, 'socialValue.portfolio', { period: 'all' }));
    const year = dashboard.years[0] ?? 'all';
    const portfolio = expectOk(await callApi(ctx, 'socialValue.portfolio', { period: year }));
    const document = expectOk(
      await callApi(ctx, 'reports.document', { template: 'annual', period: year }),
    );
    expect(document.meta.periodCovered).toBe(year);
    const [figures] = ofKind(document, 'figures');
    expect(figures?.items.find((i) => i.label === 'Social value committed')?.value).toBe(
      portfolio.headline.committedPence,
    );
    const chart = ofKind(document, 'bar-chart')[0];
    expect(chart?.categories).toEqual(portfolio.byTheme.map((t) => t.label));
    expect(chart?.series[0]?.values).toEqual(portfolio.byTheme.map((t) => t.committedPence));
    const notes = ofKind(document, 'note').map((n) => n.text);
    expect(notes.some((n) => n.includes(`Data taken at`))).toBe(true);
    const rag = ofKind(document, 'table').find((t) => t.appendixSheet === 'RAG summary');
    expect(rag?.rows.slice(0, 4).map((row) => row[1])).toEqual([
      portfolio.rag.green,
      portfolio.rag.amber,
      portfolio.rag.red,
      portfolio.rag.grey,
    ]);
    const top = ofKind(document, 'table').find((t) => t.appendixSheet === 'Top contracts');
    expect(top?.rows.map((row) => row[0])).toEqual(portfolio.topContracts.map((c) => c.reference));
  });

  it('renders a year with no data, saying so in each block', async () => {
    const document = expectOk(
      await callApi(shared.ctx, 'reports.document', { template: 'annual', period: '2019/20' }),
    );
    const said = blocksOf(document).flatMap((b) =>
      b.kind === 'paragraph' && !b.numbered ? [b.runs.map((r) => r.text).join('')] : [],
    );
    expect(said).toEqual(
      expect.arrayContaining([
        'No social value was committed in 2019/20.',
        'No social value was committed or delivered in 2019/20.',
        'No returns were due in 2019/20.',
        'No procurement exercises started in 2019/20.',
      ]),
    );
    expect(ofKind(document, 'bar-chart')).toEqual([]);
  });

  it('keeps to one directorate when asked', async () => {
    const { ctx } = shared;
    const [directorate] = expectOk(await callApi(ctx, 'records.directorates', {}));
    if (!directorate) throw new Error('no directorate');
    const portfolio = expectOk(
      await callApi(ctx, 'socialValue.portfolio', { period: 'all', directorate }),
    );
    const document = expectOk(
      await callApi(ctx, 'reports.document', { template: 'cabinet', period: 'all', directorate }),
    );
    const [figures] = ofKind(document, 'figures');
    expect(figures?.items[0]?.value).toBe(portfolio.headline.committedPence);
    expect(ofKind(document, 'note')[0]?.text).toContain(`Figures for all years, ${directorate}`);
  });

  it('refuses a template or period it does not know, naming the field', async () => {
    const wrong = await callApi(shared.ctx, 'reports.document', {
      template: 'annual',
      period: 'last year',
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.details?.issues?.[0]?.path).toEqual(['period']);
  });
});
