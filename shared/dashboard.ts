// The home dashboard: the pipeline, contracts ending soon, in-scope exercises lacking social value.

import type { Contract } from './contract';
import type { Exercise, ExerciseStatus } from './exercise';

export interface PipelineStage {
  status: ExerciseStatus;
  count: number;
  estimatedValuePence: number;
}

export interface Dashboard {
  /** Today's date, as the figures were taken (YYYY-MM-DD). */
  asOf: string;
  pipeline: PipelineStage[];
  /** Contracts not yet ended whose end date falls in the next six months, soonest first. */
  endingSoon: Contract[];
  /** Exercises not yet awarded (pipeline, live, evaluation) in scope of the Act or the local
   * policy with no social value approach recorded. */
  inScopeWithoutSocialValue: Exercise[];
}
