// Writes the demo case studies with their contracts and council outcomes, and their pictures,
// drawn now and kept in the workspace file like any picture an officer adds.

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import { insertPicture } from '../db/case-study-picture-repository';
import { insertCaseStudy } from '../db/case-study-repository';
import type { DemoCaseStudy } from './demo-case-studies';
import { drawScene } from './demo-pictures';

interface Context {
  contractIds: readonly string[];
  profile: CouncilProfile;
  officer: string;
}

/** Writes the case studies; how many. Outcomes no longer in the profile are left out. */
export function writeCaseStudies(
  db: Database,
  studies: readonly DemoCaseStudy[],
  { contractIds, profile, officer }: Context,
): number {
  const outcomeIds = new Map(profile.strategicOutcomes.map((o) => [o.name, o.id]));
  for (const study of studies) {
    const caseStudyId = insertCaseStudy(
      db,
      {
        ...study.fields,
        contractId: contractIds[study.contractIndex] ?? null,
        supplierId: null,
        councilOutcomeIds: study.outcomeNames.flatMap((name) => outcomeIds.get(name) ?? []),
      },
      officer,
    );
    for (const { scene, ...picture } of study.pictures) {
      insertPicture(db, { caseStudyId, ...picture, bytes: drawScene(scene) }, officer);
    }
  }
  return studies.length;
}
