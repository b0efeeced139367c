import { getCouncilProfile, saveCouncilProfile } from '../db/profile-repository';
import type { Handlers } from './handler';

export const profileHandlers: Handlers<'profile.get' | 'profile.save'> = {
  'profile.get': (_input, { db }) => getCouncilProfile(db),
  'profile.save': (input, { db, officer }) => saveCouncilProfile(db, input, officer),
};
