// Loading the demo workspace: a realistic council, for trying the app and for training.

import { loadDemo } from '../demo/load-demo';
import type { Handlers } from './handler';

export const demoHandlers: Handlers<'demo.load'> = {
  'demo.load': (_input, { db, officer }) => loadDemo(db, officer),
};
