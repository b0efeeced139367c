// The top of the screens: the print route alone, without the app's header and navigation, or
// the app.

import { App } from '../../../App';
import { matchPath, useRoutePath } from '../../../router';
import { PrintJobPage } from './PrintJobPage';

export function PrintRoot() {
  const job = matchPath('/print/job/:key', useRoutePath());
  return job?.key ? <PrintJobPage jobKey={job.key} /> : <App />;
}
