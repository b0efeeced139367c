// Turns a data block's stored data into document blocks: tables with raw cells, charts, figures
// and a closing note saying when the data was taken. Pure: what the workspace holds now (which
// contracts were deleted since, the pictures' bytes) comes in through `RenderContext`.

import { actionItemStatusLabels } from './action-plan';
import { longDate } from './calendar-date';
import type { BlockScope, BlockSnapshot, CaseStudyEntry } from './report-block-data';
import { actionPlanRule, caseStudyRule } from './report-period-rules';
import type { ReportBlock, TableColumn } from './report-document';
import { dataBlockLabels, type DataBlockKind, type DataBlockOptions } from './report';
import { ragLabels, ragRatings } from './social-value';

export interface RenderContext {
  /** Contracts deleted since the data was taken. */
  deletedContractIds: ReadonlySet<string>;
  /** False for a case study deleted, or whose consent to publish was withdrawn, since. */
  caseStudyPublishable(id: string): boolean;
  /** A case study picture's bytes, or null when it is gone. */
  picture(id: string): { mimeType: string; base64: string } | null;
}

const col = (label: string, format: TableColumn['format']): TableColumn => ({ label, format });
const text = (value: string): ReportBlock => ({
  kind: 'paragraph',
  runs: [{ text: value }],
  numbered: false,
});

/** "in 2025/26", or "in any year". */
function periodPhrase(scope: BlockScope): string {
  return scope.year ? `in ${scope.year}` : 'in any year';
}

/** "14:05 on 30 November 2026", in this machine's time zone. */
function takenAtText(takenAt: string): string {
  const moment = new Date(takenAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  return `${pad(moment.getHours())}:${pad(moment.getMinutes())} on ${longDate(date)}`;
}

/** The block's provenance: what the figures are for, and when they were taken. */
export function provenanceNote(scope: BlockScope, takenAt: string): ReportBlock {
  const period = scope.year ?? 'all years';
  const directorate = scope.directorate ?? 'all directorates';
  return {
    kind: 'note',
    text: `Figures for ${period}, ${directorate}, as at ${longDate(scope.asOf)}. Data taken at ${takenAtText(takenAt)}.`,
  };
}

/** "3 items neither due nor updated in 2025/26 are left out.", when any are. */
function leftOutNote(count: number, year: string): ReportBlock[] {
  if (count === 0) return [];
  const what =
    count === 1 ? '1 item neither due nor updated' : `${count} items neither due nor updated`;
  return [{ kind: 'note', text: `${what} in ${year} ${count === 1 ? 'is' : 'are'} left out.` }];
}

/** A contract's title, marked when the contract was deleted after the data was taken. */
function contractTitle(id: string | null, title: string, ctx: RenderContext): string {
  return id !== null && ctx.deletedContractIds.has(id) ? `${title} (deleted)` : title;
}

function caseStudyBlocks(study: CaseStudyEntry, ctx: RenderContext): ReportBlock[] {
  const about = [
    study.contractTitle && contractTitle(study.contractId, study.contractTitle, ctx),
    study.supplierName,
  ].filter(Boolean);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      numbered: false,
      runs: [
        { text: study.title, bold: true },
        ...(about.length > 0 ? [{ text: ` (${about.join(', ')})` }] : []),
      ],
    },
    ...study.narrative
      .split(/\n\s*\n/)
      .map((para) => para.trim())
      .filter(Boolean)
      .map(text),
  ];
  if (study.outputs.length > 0) {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: study.outputs.map((line) => [{ text: line }]),
    });
  }
  for (const picture of study.pictures) {
    const bytes = ctx.picture(picture.id);
    if (bytes) {
      blocks.push({ kind: 'picture', caption: picture.caption ?? picture.altText, ...bytes });
    }
  }
  return blocks;
}

/** The document blocks of a data block's stored data, without the provenance note. */
export function renderBlockData(
  snapshot: BlockSnapshot,
  options: DataBlockOptions,
  ctx: RenderContext,
): ReportBlock[] {
  const { scope, data } = snapshot;
  const within = periodPhrase(scope);
  switch (data.kind) {
    case 'headline-figures': {
      const h = data.headline;
      if (h.commitments === 0) return [text(`No social value was committed ${within}.`)];
      return [
        {
          kind: 'figures',
          items: [
            { label: 'Social value committed', value: h.committedPence, format: 'money' },
            { label: 'Delivered and verified', value: h.verifiedPence, format: 'money' },
            { label: 'Delivered as submitted', value: h.submittedPence, format: 'money' },
            {
              label: 'Verified as a share of committed',
              value: h.verifiedPercent,
              format: 'percent',
            },
            { label: 'Contracts with commitments', value: h.contracts, format: 'count' },
            { label: 'Commitments', value: h.commitments, format: 'count' },
          ],
        },
      ];
    }
    case 'exercises-contracts': {
      const { exercises, contracts } = data;
      const blocks: ReportBlock[] = [
        {
          kind: 'figures',
          items: [
            { label: 'Procurement exercises started', value: exercises.total, format: 'count' },
            { label: 'Their estimated value', value: exercises.valuePence, format: 'money' },
            { label: 'Contracts running', value: contracts.total, format: 'count' },
            { label: 'Their whole-life value', value: contracts.valuePence, format: 'money' },
          ],
        },
      ];
      blocks.push(
        exercises.rows.length === 0
          ? text(`No procurement exercises started ${within}.`)
          : {
              kind: 'table',
              caption: `Procurement exercises started ${within}, largest first`,
              columns: [
                col('Reference', 'text'),
                col('Exercise', 'text'),
                col('Directorate', 'text'),
                col('Status', 'text'),
                col('Started', 'date'),
                col('Estimated value', 'money'),
              ],
              rows: exercises.rows.map((e) => [
                e.reference,
                e.title,
                e.directorate,
                e.status,
                e.startDate,
                e.valuePence,
              ]),
              appendixSheet: 'Exercises',
            },
      );
      blocks.push(
        contracts.rows.length === 0
          ? text(`No contracts were running ${within}.`)
          : {
              kind: 'table',
              caption: `Contracts running ${within}, largest first`,
              columns: [
                col('Reference', 'text'),
                col('Contract', 'text'),
                col('Supplier', 'text'),
                col('Start', 'date'),
                col('End', 'date'),
                col('Whole-life value', 'money'),
              ],
              rows: contracts.rows.map((c) => [
                c.reference,
                contractTitle(c.id, c.title, ctx),
                c.supplierName,
                c.startDate,
                c.endDate,
                c.valuePence,
              ]),
              appendixSheet: 'Contracts',
            },
      );
      return blocks;
    }
    case 'committed-delivered': {
      const themes = data.byTheme;
      if (themes.every((t) => t.committedPence === 0 && t.submittedPence === 0)) {
        return [text(`No social value was committed or delivered ${within}.`)];
      }
      const display = options.display ?? 'both';
      const sum = (pick: (t: (typeof themes)[number]) => number) =>
        themes.reduce((total, t) => total + pick(t), 0);
      const blocks: ReportBlock[] = [];
      if (display !== 'chart') {
        blocks.push({
          kind: 'table',
          caption: `Social value committed against delivered by theme, ${scope.year ?? 'all years'}`,
          columns: [
            col('Theme', 'text'),
            col('Committed', 'money'),
            col('Delivered and verified', 'money'),
            col('Delivered as submitted', 'money'),
          ],
          rows: themes.map((t) => [t.label, t.committedPence, t.verifiedPence, t.submittedPence]),
          totals: [
            'Total',
            sum((t) => t.committedPence),
            sum((t) => t.verifiedPence),
            sum((t) => t.submittedPence),
          ],
          appendixSheet: 'Committed by theme',
        });
      }
      if (display !== 'table') {
        blocks.push({
          kind: 'bar-chart',
          caption: `Committed against delivered by theme, ${scope.year ?? 'all years'}`,
          categories: themes.map((t) => t.label),
          series: [
            { label: 'Committed', values: themes.map((t) => t.committedPence) },
            { label: 'Delivered and verified', values: themes.map((t) => t.verifiedPence) },
          ],
          format: 'money',
          appendixSheet: 'Committed by theme',
        });
      }
      return blocks;
    }
    case 'rag-summary': {
      const { rag } = data;
      const rated = ragRatings.reduce((total, r) => total + rag[r], 0);
      if (rated + rag.notRated === 0) {
        return [text(`No commitments were running ${within}, so none was rated.`)];
      }
      return [
        {
          kind: 'table',
          caption: 'Commitments by delivery rating (RAG)',
          columns: [col('Rating', 'text'), col('Commitments', 'count')],
          rows: [
            ...ragRatings.map((r) => [ragLabels[r], rag[r]]),
            ['Not rated (narrative measures)', rag.notRated],
          ],
          totals: ['Total', rated + rag.notRated],
          appendixSheet: 'RAG summary',
        },
      ];
    }
    case 'supplier-shares': {
      const s = data.shares;
      if (s.totalPence === 0) return [text(`No contracts were running ${within}.`)];
      return [
        {
          kind: 'table',
          caption: `Contract value by kind of supplier, ${s.contracts} contracts`,
          columns: [
            col('Supplier', 'text'),
            col('Contract value', 'money'),
            col('Share', 'percent'),
          ],
          rows: [
            ['Local', s.localPence, s.localPercent],
            ['Small or medium (SME)', s.smePence, s.smePercent],
            ['Voluntary, community or social enterprise (VCSE)', s.vcsePence, s.vcsePercent],
          ],
          totals: ['All contracts', s.totalPence, 100],
          appendixSheet: 'Supplier shares',
        },
      ];
    }
    case 'top-contracts': {
      const rows = data.rows.slice(0, options.topN ?? 10);
      if (rows.length === 0) return [text(`No contracts had social value commitments ${within}.`)];
      return [
        {
          kind: 'table',
          caption: `The ${rows.length} contracts with the most social value committed`,
          columns: [
            col('Reference', 'text'),
            col('Contract', 'text'),
            col('Supplier', 'text'),
            col('Committed', 'money'),
            col('Delivered and verified', 'money'),
          ],
          rows: rows.map((r) => [
            r.reference,
            contractTitle(r.contractId, r.title, ctx),
            r.supplierName,
            r.committedPence,
            r.verifiedPence,
          ]),
          appendixSheet: 'Top contracts',
        },
      ];
    }
    case 'action-plan': {
      if (!data.plan) return [text('There is no action plan in the workspace.')];
      const year = data.leftOut !== undefined ? scope.year : null;
      const rule = year ? actionPlanRule(year) : null;
      const leftOut = year ? leftOutNote(data.leftOut ?? 0, year) : [];
      if (data.items.length === 0) {
        const none = rule
          ? `The action plan "${data.plan.name}" has no ${rule}.`
          : `The action plan "${data.plan.name}" has no tasks.`;
        return [text(none), ...leftOut];
      }
      const name = data.plan.source ? `${data.plan.name}: ${data.plan.source}` : data.plan.name;
      return [
        {
          kind: 'table',
          caption: rule ? `${name}; ${rule}` : name,
          columns: [col('Task', 'text'), col('Dates', 'text'), col('Progress update', 'text')],
          rows: data.items.map((item) => [item.task, actionDates(item), actionProgress(item)]),
          appendixSheet: 'Action plan',
        },
        ...leftOut,
      ];
    }
    case 'case-studies': {
      const publishable = data.studies.filter((study) => ctx.caseStudyPublishable(study.id));
      const blocks = publishable.flatMap((study) => caseStudyBlocks(study, ctx));
      const rule = data.byPeriod && scope.year ? caseStudyRule(scope.year) : null;
      if (rule) blocks.unshift({ kind: 'note', text: rule });
      if (publishable.length === 0) {
        blocks.push(
          text(
            rule
              ? `No case studies ${within} have consent to publish.`
              : 'No case studies have consent to publish.',
          ),
        );
      }
      const n = data.withoutConsent + data.studies.length - publishable.length;
      if (n > 0) {
        blocks.push({
          kind: 'note',
          text: `${n} case ${n === 1 ? 'study is' : 'studies are'} left out because consent to publish has not been given.`,
        });
      }
      return blocks;
    }
    case 'missing-returns': {
      if (data.contractsDue === 0) return [text(`No returns were due ${within}.`)];
      if (data.total === 0) {
        return [text(`Every return due by ${longDate(scope.asOf)} has been received.`)];
      }
      const rows = data.rows.slice(0, options.limit ?? 20);
      const blocks: ReportBlock[] = [
        {
          kind: 'table',
          caption: `Returns due and not received: ${data.total}, the most overdue first`,
          columns: [
            col('Contract', 'text'),
            col('Supplier', 'text'),
            col('Period', 'text'),
            col('Period ended', 'date'),
            col('Days overdue', 'count'),
          ],
          rows: rows.map((r) => [
            `${r.contractReference} ${contractTitle(r.contractId, r.contractTitle, ctx)}`,
            r.supplierName,
            r.periodLabel,
            r.periodEnd,
            r.daysOverdue,
          ]),
          appendixSheet: 'Missing returns',
        },
      ];
      if (data.total > rows.length) {
        blocks.push(text(`A further ${data.total - rows.length} returns are also missing.`));
      }
      return blocks;
    }
  }
}

function actionDates(item: { timescale: string | null; dueDate: string | null }): string {
  const due = item.dueDate && `due ${longDate(item.dueDate)}`;
  if (item.timescale && due) return `${item.timescale} (${due})`;
  return item.timescale ?? due ?? '';
}

function actionProgress(item: {
  status: keyof typeof actionItemStatusLabels;
  update: { date: string; text: string } | null;
}): string {
  const status = `${actionItemStatusLabels[item.status]}.`;
  if (!item.update) return status;
  const { text: said, date } = item.update;
  const opening = said.toLowerCase().startsWith(status.slice(0, -1).toLowerCase())
    ? ''
    : `${status} `;
  return `${opening}${said} (${longDate(date)})`;
}

/** A block whose data has not been taken yet (a template's, before its first refresh). */
function notTakenBlock(kind: DataBlockKind): ReportBlock {
  return {
    kind: 'note',
    text: `${dataBlockLabels[kind]}: the data has not been taken yet. Refresh the data to show it.`,
  };
}

/** Everything a data block shows: its data, then when the data was taken. */
export function renderDataBlock(
  kind: DataBlockKind,
  snapshot: BlockSnapshot | null,
  takenAt: string | null,
  options: DataBlockOptions,
  ctx: RenderContext,
): ReportBlock[] {
  if (!snapshot || !takenAt || snapshot.data.kind !== kind) return [notTakenBlock(kind)];
  return [...renderBlockData(snapshot, options, ctx), provenanceNote(snapshot.scope, takenAt)];
}
