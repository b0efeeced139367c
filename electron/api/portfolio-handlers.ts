import { calendarDateOf } from '../../shared/calendar-date';
import { portfolio } from '../db/portfolio-repository';
import { getCouncilProfile } from '../db/profile-repository';
import type { Handlers } from './handler';

export const portfolioHandlers: Handlers<'socialValue.portfolio'> = {
  'socialValue.portfolio': (query, { db }) =>
    portfolio(db, query, query.asOf ?? calendarDateOf(), getCouncilProfile(db)),
};
