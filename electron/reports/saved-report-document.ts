// The document of a saved report: its details, its sections' text, and each data block as its
// stored data shows it (never taken again here: refreshing is the officer's explicit act).

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import { assembleSection, periodCovered } from '../../shared/report-assembly';
import type { ReportDocument } from '../../shared/report-document';
import { parseReportText } from '../../shared/report-text';
import { getReport } from '../db/report-repository';

export function savedReportDocument(
  db: Database,
  reportId: string,
  profile: CouncilProfile,
): ReportDocument {
  const report = getReport(db, reportId);
  return {
    meta: {
      councilName: profile.councilName,
      committee: report.committee,
      meetingDate: report.meetingDate,
      title: report.title,
      reportOf: report.reportOf ?? '',
      leadMember: report.leadMember ?? '',
      author: report.author ?? '',
      contact: report.contact ?? '',
      wardsAffected: report.wardsAffected ?? '',
      keyDecision: report.keyDecision,
      classification: report.classification ?? '',
      version: report.reportVersion ?? '',
      periodCovered: periodCovered(report),
    },
    sections: report.sections.map((section) =>
      assembleSection(
        section.heading,
        section.numbered,
        parseReportText(section.body, { numbered: section.numbered }),
        section.blocks.map((block) => ({ after: block.after, blocks: block.shows })),
      ),
    ),
  };
}
