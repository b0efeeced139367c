// Kills a child process (crash-child.ts) with SIGKILL at random moments while it saves or
// imports, then checks the workspace: consistent, and holding all or none of the interrupted
// work (whole units only, and never fewer than the child said were committed).

import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { checkConsistencyOf } from './consistency';
import { unitsIn, type CrashKind } from './crash-units';

export type { CrashKind };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const preloaded = 3;

export interface CrashStats {
  kind: CrashKind;
  /** SIGKILLs sent while the child was working. */
  faults: number;
  /** Units the child reported committed, over all runs. */
  acknowledged: number;
  /** Units acknowledged but not in the file after the crash (must be 0). */
  lost: number;
  /** What was found wrong, if anything (must be empty). */
  problems: string[];
}

/** Bundles the child beside node_modules, so its packages resolve; returns its path. */
export async function bundleCrashChild(): Promise<string> {
  const outdir = join(root, 'node_modules', '.cache', 'svt-crash');
  // Chunk names change from build to build: start from an empty folder.
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(root, 'test', 'crash', 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    // Chunks, so the dynamic import of the framework import code stays lazy.
    splitting: true,
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    outdir,
    logLevel: 'warning',
  });
  return join(outdir, 'crash-child.mjs');
}

/** Whole units of work in the file, and any unit only partly there. */
function unitsInFile(file: string, kind: CrashKind, measuresPerImport: number) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return unitsIn(db, kind, measuresPerImport);
  } finally {
    db.close();
  }
}

interface RunOutcome {
  acknowledged: number;
  killed: boolean;
  failure: string | null;
}

interface WaitingChild {
  /** Settles once the child has loaded its code (or has ended). */
  loaded: Promise<void>;
  /** Starts the loaded child on the workspace; it is killed `delayMs` after it is ready. */
  run(first: number, delayMs: number): Promise<RunOutcome>;
  discard(): void;
}

/** Starts a child that loads its code and waits for "go N" on stdin. */
function startChild(child: string, args: string[]): WaitingChild {
  const proc = spawn(process.execPath, [child, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let acknowledged = 0;
  let killed = false;
  let delay = 0;
  let stderr = '';
  let loaded = false;
  let go: (() => void) | undefined;
  let markLoaded: () => void = () => undefined;
  const loadedOnce = new Promise<void>((resolve) => (markLoaded = resolve));
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<RunOutcome>((done) => {
    proc.on('exit', (code, signal) => {
      markLoaded();
      const failure =
        signal === 'SIGKILL' ? null : `the child ended by itself (code ${code}): ${stderr}`;
      done({ acknowledged, killed, failure });
    });
  });
  createInterface({ input: proc.stdout }).on('line', (line) => {
    if (line === 'loaded') {
      loaded = true;
      markLoaded();
      go?.();
    }
    if (line === 'ready') setTimeout(() => (killed = proc.kill('SIGKILL')), delay);
    const committed = /^committed (\d+)$/.exec(line);
    if (committed) acknowledged = Number(committed[1]);
  });
  return {
    loaded: loadedOnce,
    run(first, delayMs) {
      delay = delayMs;
      go = () => proc.stdin.write(`go ${first}\n`);
      if (loaded) go();
      return exited;
    },
    discard: () => void proc.kill('SIGKILL'),
  };
}

export interface CrashOptions {
  kind: CrashKind;
  file: string;
  child: string;
  repetitions: number;
  /** Kills land at a random moment from 0 to this many milliseconds after the child is ready. */
  maxDelayMs: number;
  /** Stops early (fewer repetitions) once this much time has gone. */
  budgetMs: number;
  /** Handed to the child: the framework CSV, or the return import's contract (crash-child.ts). */
  extra: string;
  measuresPerImport: number;
}

export async function crashRepeatedly(options: CrashOptions): Promise<CrashStats> {
  const { kind, file, child, measuresPerImport } = options;
  const stats: CrashStats = { kind, faults: 0, acknowledged: 0, lost: 0, problems: [] };
  let stored = unitsInFile(file, kind, measuresPerImport).units;
  const args = [kind, file, options.extra];
  // A few children load their code ahead, while earlier ones work and the file is checked.
  const waiting = Array.from({ length: preloaded }, () => startChild(child, args));
  // The time allowed runs from when the first child is ready to work, not from its start-up.
  await waiting[0]?.loaded;
  const started = performance.now();
  for (let run = 0; run < options.repetitions; run++) {
    if (performance.now() - started > options.budgetMs) break;
    const delayMs = Math.floor(Math.random() * options.maxDelayMs);
    const current = waiting.shift() ?? startChild(child, args);
    waiting.push(startChild(child, args));
    const outcome = await current.run(stored, delayMs);
    if (outcome.failure) stats.problems.push(`run ${run}: ${outcome.failure}`);
    if (outcome.killed) stats.faults++;
    const consistency = checkConsistencyOf(file);
    stats.problems.push(...consistency.problems.map((problem) => `run ${run}: ${problem}`));
    const after = unitsInFile(file, kind, measuresPerImport);
    stats.problems.push(...after.partial.map((problem) => `run ${run}: ${problem}`));
    const acknowledgedNow = Math.max(0, outcome.acknowledged - stored);
    stats.acknowledged += acknowledgedNow;
    // Everything acknowledged must be there; at most one more unit (committed, not yet said).
    const gained = after.units - stored;
    if (gained < acknowledgedNow) stats.lost += acknowledgedNow - gained;
    if (gained > acknowledgedNow + 1) {
      stats.problems.push(
        `run ${run}: ${gained} units appeared, only ${acknowledgedNow} acknowledged`,
      );
    }
    stored = after.units;
  }
  for (const spare of waiting) spare.discard();
  return stats;
}
