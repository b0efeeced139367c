// The workspace a host is working on; the Electron host can switch to another file.

import type { Context } from './api/context';
import { openWorkspace, type OpenWorkspace } from './db/open';

export class WorkspaceSession {
  #workspace: OpenWorkspace;
  readonly officer: string;

  constructor(file: string, officer: string) {
    this.#workspace = openWorkspace(file);
    this.officer = officer;
  }

  get workspace(): OpenWorkspace {
    return this.#workspace;
  }

  context(): Context {
    return { db: this.#workspace.db, file: this.#workspace.file, officer: this.officer };
  }

  /** Opens another file; the current one stays open if the new one cannot be opened. */
  switchTo(file: string): OpenWorkspace {
    const next = openWorkspace(file);
    this.#workspace.db.close();
    this.#workspace = next;
    return next;
  }

  close(): void {
    this.#workspace.db.close();
  }
}
