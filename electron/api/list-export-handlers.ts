// "Export to Excel" for the social value lists: the rows the screen shows for the same query,
// all of them (no window), as a workbook.

import { calendarDateOf } from '../../shared/calendar-date';
import { AppError } from '../../shared/result';
import { listActionPlans } from '../db/action-plan-repository';
import { listCaseStudies } from '../db/case-study-repository';
import { contractSocialValue } from '../db/contract-social-value';
import { measuresOfVersion, versionIdInForce } from '../db/framework-repository';
import { missingReturns } from '../db/missing-returns';
import { getCouncilProfile } from '../db/profile-repository';
import { listReturns } from '../db/return-repository';
import {
  actionPlansWorkbook,
  caseStudiesWorkbook,
  commitmentsWorkbook,
  measuresWorkbook,
  missingReturnsWorkbook,
  returnListWorkbook,
} from '../excel/social-value-workbooks';
import type { Handlers } from './handler';

type ListExportMethods =
  | 'exports.returns'
  | 'exports.missingReturns'
  | 'exports.commitments'
  | 'exports.caseStudies'
  | 'exports.actionPlans'
  | 'exports.measures';

export const listExportHandlers: Handlers<ListExportMethods> = {
  'exports.returns': (query, { db }) =>
    returnListWorkbook(listReturns(db, { ...query, offset: 0, limit: -1 }).rows),
  'exports.missingReturns': ({ asOf }, { db }) =>
    missingReturnsWorkbook(
      missingReturns(db, asOf ?? calendarDateOf(), getCouncilProfile(db), Number.MAX_SAFE_INTEGER)
        .rows,
    ),
  'exports.commitments': ({ contractId, asOf }, { db }) =>
    commitmentsWorkbook(
      contractSocialValue(db, contractId, asOf ?? calendarDateOf(), getCouncilProfile(db))
        .commitments,
    ),
  'exports.caseStudies': (query, { db }) => caseStudiesWorkbook(listCaseStudies(db, query)),
  'exports.actionPlans': ({ asOf }, { db }) =>
    actionPlansWorkbook(listActionPlans(db, asOf ?? calendarDateOf())),
  'exports.measures': ({ id, date }, { db }) => {
    const versionId = id ?? versionIdInForce(db, date ?? calendarDateOf());
    if (!versionId) {
      throw new AppError('not_found', 'No version of the measures framework was in force then.');
    }
    return measuresWorkbook(measuresOfVersion(db, versionId));
  },
};
