// Where the built screens are: beside the bundled entry (dist/renderer), or, run from the
// sources (tests), dist/renderer under the working folder.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/result';

export function builtRendererDir(moduleUrl: string): string {
  const candidates = [
    join(dirname(fileURLToPath(moduleUrl)), 'renderer'),
    resolve('dist/renderer'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (found) return found;
  throw new AppError(
    'internal',
    `The screens have not been built (no ${candidates[0]}); run npm run build.`,
  );
}
