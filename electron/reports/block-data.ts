// Takes a data block's figures from the workspace through the calculations the screens use (the
// portfolio, the exercise and contract lists, action plans, case studies): nothing is summed
// again here. One source per report, so its blocks share one working-out of the portfolio.

import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import type { CouncilProfile } from '../../shared/council-profile';
import { exerciseStatusLabels } from '../../shared/exercise';
import { contractListQuerySchema, exerciseListQuerySchema } from '../../shared/list-query';
import type { Portfolio } from '../../shared/portfolio';
import type { DataBlockKind, DataBlockOptions } from '../../shared/report';
import type { BlockData, BlockScope, BlockSnapshot } from '../../shared/report-block-data';
import {
  actionItemInPeriod,
  caseStudyInPeriod,
  latestUpdateBy,
} from '../../shared/report-period-rules';
import { getActionPlan, listActionPlans } from '../db/action-plan-repository';
import { getCaseStudy, listCaseStudies } from '../db/case-study-repository';
import { listContracts } from '../db/contract-repository';
import { listExercises } from '../db/exercise-repository';
import { portfolio } from '../db/portfolio-repository';
import { statement } from '../db/statements';

export interface ReportScope {
  /** "all" or a financial year label. */
  period: string;
  directorate: string | null;
}

interface ContractDates {
  start_date: string;
  end_date: string;
  directorate: string | null;
}

export class BlockSource {
  private figures: Portfolio | null = null;

  constructor(
    private readonly db: Database,
    private readonly scope: ReportScope,
    private readonly profile: CouncilProfile,
    /** The day the figures are asked for (today). */
    private readonly asked: string,
  ) {}

  /** The portfolio for the report's period and directorate; a bad period is refused here. */
  portfolio(): Portfolio {
    this.figures ??= portfolio(
      this.db,
      { period: this.scope.period, directorate: this.scope.directorate, asOf: this.asked },
      this.asked,
      this.profile,
    );
    return this.figures;
  }

  blockScope(): BlockScope {
    const p = this.portfolio();
    return { year: p.period.year, directorate: p.directorate, asOf: p.asOf };
  }

  snapshot(kind: DataBlockKind, options: DataBlockOptions): BlockSnapshot {
    return { scope: this.blockScope(), data: this.data(kind, options) };
  }

  private data(kind: DataBlockKind, options: DataBlockOptions): BlockData {
    const p = this.portfolio();
    switch (kind) {
      case 'headline-figures':
        return { kind, headline: p.headline };
      case 'exercises-contracts':
        return { kind, ...this.exercisesAndContracts(options.limit ?? 20) };
      case 'committed-delivered':
        return { kind, byTheme: p.byTheme };
      case 'rag-summary':
        return { kind, rag: p.rag };
      case 'supplier-shares':
        return { kind, shares: p.supplierShares };
      case 'top-contracts':
        return {
          kind,
          rows: p.topContracts.slice(0, options.topN ?? 10).map((c) => ({
            contractId: c.contractId,
            reference: c.reference,
            title: c.title,
            supplierName: c.supplierName,
            committedPence: c.committedPence,
            verifiedPence: c.verifiedPence,
          })),
        };
      case 'action-plan':
        return { kind, ...this.actionPlan(options.planId) };
      case 'case-studies':
        return { kind, ...this.caseStudies(options.limit ?? 10) };
      case 'missing-returns':
        return {
          kind,
          contractsDue: p.headline.contracts,
          total: p.missingReturns.total,
          rows: p.missingReturns.rows.slice(0, options.limit ?? 20),
        };
    }
  }

  private exercisesAndContracts(limit: number) {
    const p = this.portfolio();
    const range = {
      from: p.period.start,
      to: p.period.end,
      directorate: this.scope.directorate ?? undefined,
      direction: 'desc' as const,
      limit,
    };
    const exercises = listExercises(
      this.db,
      exerciseListQuerySchema.parse({ ...range, sort: 'estimatedValuePence' }),
    );
    const contracts = listContracts(
      this.db,
      contractListQuerySchema.parse({ ...range, sort: 'valuePence' }),
    );
    return {
      exercises: {
        total: exercises.total ?? 0,
        valuePence: exercises.totalValuePence ?? 0,
        rows: exercises.rows.map((e) => ({
          id: e.id,
          reference: e.reference,
          title: e.title,
          directorate: e.directorate,
          status: exerciseStatusLabels[e.status],
          valuePence: e.estimatedValuePence,
          startDate: e.startDate,
        })),
      },
      contracts: {
        total: contracts.total ?? 0,
        valuePence: contracts.totalValuePence ?? 0,
        rows: contracts.rows.map((c) => ({
          id: c.id,
          reference: c.reference,
          title: c.title,
          supplierName: c.supplierName,
          valuePence: c.valuePence,
          startDate: c.startDate,
          endDate: c.endDate,
        })),
      },
    };
  }

  /** The plan's items due or updated in the period, each with its latest update by its end. */
  private actionPlan(planId: string | undefined) {
    const id = planId ?? listActionPlans(this.db, this.asked)[0]?.id;
    if (!id) return { plan: null, items: [] };
    const plan = getActionPlan(this.db, id, this.asked);
    const range = this.portfolio().period;
    const inScope = plan.items.filter((item) => actionItemInPeriod(item, range));
    return {
      plan: { id: plan.id, name: plan.name, source: plan.source },
      leftOut: plan.items.length - inScope.length,
      items: inScope.map((item) => {
        const latest = latestUpdateBy(item.updates, range);
        return {
          task: item.task,
          timescale: item.timescale,
          dueDate: item.dueDate,
          status: item.status,
          update: latest ? { date: latest.updateDate, text: latest.text } : null,
        };
      }),
    };
  }

  /**
   * Consented case studies of the period (see caseStudyInPeriod), of the directorate's contracts
   * when the report has one.
   */
  private caseStudies(limit: number) {
    const directorate = this.scope.directorate?.toLowerCase() ?? null;
    const range = this.portfolio().period;
    const contracts = new Map<string, ContractDates | undefined>();
    const contractOf = (id: string) => {
      if (!contracts.has(id)) {
        const row = statement(
          this.db,
          'SELECT start_date, end_date, directorate FROM contracts WHERE id = ?',
        ).get(id) as ContractDates | undefined;
        contracts.set(id, row);
      }
      return contracts.get(id);
    };
    const inScope = listCaseStudies(this.db, {}).filter((study) => {
      const contract = study.contractId ? contractOf(study.contractId) : undefined;
      if (directorate !== null && contract?.directorate?.toLowerCase() !== directorate) {
        return false;
      }
      return caseStudyInPeriod(
        {
          contract: contract
            ? { startDate: contract.start_date, endDate: contract.end_date }
            : null,
          recordedOn: calendarDateOf(new Date(study.createdAt)),
        },
        range,
      );
    });
    const consented = inScope.filter((study) => study.consentToPublish);
    return {
      withoutConsent: inScope.length - consented.length,
      byPeriod: range.year !== null,
      studies: consented.slice(0, limit).map((summary) => {
        const study = getCaseStudy(this.db, summary.id);
        return {
          id: study.id,
          title: study.title,
          contractId: study.contractId,
          contractTitle: study.contractTitle,
          supplierName: study.supplierName,
          narrative: study.narrative,
          outputs: study.outputs,
          pictures: study.pictures.map((picture) => ({
            id: picture.id,
            caption: picture.caption,
            altText: picture.altText,
          })),
        };
      }),
    };
  }
}
