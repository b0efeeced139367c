// Builds the renderer-neutral ReportDocument (shared/report-document.ts) that every output
// renders: from a saved report, with its blocks' stored data, or from a template for a period,
// with every block's data taken now (what `svt report` prints).

import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import type { CouncilProfile } from '../../shared/council-profile';
import type { DocumentRequest, TemplateKey } from '../../shared/report';
import { periodCovered, assembleSection, withUniqueSheets } from '../../shared/report-assembly';
import { renderDataBlock } from '../../shared/report-block-render';
import type { ReportDocument } from '../../shared/report-document';
import { parseReportText } from '../../shared/report-text';
import { templateOfKey } from '../db/report-template-repository';
import { BlockSource } from './block-data';
import { renderContext } from './render-context';
import { savedReportDocument } from './saved-report-document';

function templateDocument(
  db: Database,
  request: { template: TemplateKey; period: string; directorate: string | null },
  profile: CouncilProfile,
  now: Date,
): ReportDocument {
  const template = templateOfKey(db, request.template);
  const source = new BlockSource(db, request, profile, calendarDateOf(now));
  const takenAt = now.toISOString();
  const ctx = renderContext(db);
  const sections = template.sections.map((section) =>
    assembleSection(
      section.heading,
      section.numbered,
      parseReportText(section.body, { numbered: section.numbered }),
      section.blocks.map((block) => ({
        after: block.after,
        blocks: renderDataBlock(
          block.kind,
          source.snapshot(block.kind, block.options),
          takenAt,
          block.options,
          ctx,
        ),
      })),
    ),
  );
  const scope = source.blockScope();
  return {
    meta: {
      councilName: profile.councilName,
      committee: template.committee ?? '',
      meetingDate: calendarDateOf(now),
      title: template.title,
      reportOf: '',
      leadMember: '',
      author: '',
      contact: '',
      wardsAffected: 'All',
      keyDecision: false,
      classification: 'Unrestricted',
      version: '1.0',
      periodCovered: periodCovered({
        period: scope.year ?? 'all',
        periodFrom: null,
        periodTo: null,
      }),
    },
    sections,
  };
}

/** The document of a saved report, or of a template for a period and directorate. */
export function buildReportDocument(
  db: Database,
  request: DocumentRequest,
  profile: CouncilProfile,
  now: Date = new Date(),
): ReportDocument {
  const document =
    'reportId' in request
      ? savedReportDocument(db, request.reportId, profile)
      : templateDocument(db, request, profile, now);
  return withUniqueSheets(document);
}
