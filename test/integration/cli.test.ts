// The svt command line: in-process through runCli (argv in, exit code out, text to two streams),
// and once as the built dist/cli.mjs in its own process.

import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { defaultDataDir, workspaceFileIn } from '../../electron/workspace-location';
import {
  captureOutput,
  latestSchemaVersion,
  makeNewerWorkspace,
  snapshotFolder,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();

// The counts of a new workspace; later record types add their own (zero) counts. The changes are
// the profile's 14, the starter measures framework's 36 (1 version, 5 themes, 9 outcomes and
// 21 measures) and the 3 built-in report templates.
const defaultStats = { councilProfiles: 1, thresholds: 8, strategicOutcomes: 5, changes: 53 };

async function svt(...argv: string[]) {
  const { written, output } = captureOutput();
  const code = await runCli(argv, output);
  return { code, stdout: written.stdout.join('\n'), stderr: written.stderr.join('\n'), written };
}

describe('svt check', () => {
  it('creates the workspace, says it is healthy and exits 0', async () => {
    const dataDir = join(await temp.make(), 'council');
    const { code, stdout, stderr } = await svt('check', '--data-dir', dataDir);

    expect(code).toBe(0);
    expect(stderr).toBe('');
    const file = workspaceFileIn(dataDir);
    expect(existsSync(file)).toBe(true);
    expect(stdout).toContain(`Workspace: ${file} (created now)`);
    expect(stdout).toContain(`Format: version ${latestSchemaVersion}, brought up from version 0`);
    expect(stdout).toContain('Integrity check: ok');
    expect(stdout).toContain('Council: Your council');
    expect(stdout).toMatch(/The workspace is healthy\.$/);
    withRawDb(file, (db) =>
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion),
    );
  });

  it('says "up to date" and not "created" the second time', async () => {
    const dataDir = await temp.make();
    await svt('check', '--data-dir', dataDir);
    const { code, stdout } = await svt('check', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(stdout).not.toContain('created now');
    expect(stdout).toContain(`Format: version ${latestSchemaVersion}, up to date`);
    expect(stdout).toContain('The workspace is healthy.');
  });

  it('reports as one JSON object with --json', async () => {
    const dataDir = await temp.make();
    const { code, written } = await svt('check', '--data-dir', dataDir, '--json');
    expect(code).toBe(0);
    expect(written.stdout).toHaveLength(1);
    expect(JSON.parse(written.stdout[0] ?? '')).toEqual({
      file: workspaceFileIn(dataDir),
      created: true,
      schemaVersion: latestSchemaVersion,
      migratedFrom: 0,
      backupFile: null,
      integrity: 'ok',
      council: 'Your council',
      stats: expect.objectContaining(defaultStats),
    });
  });
});

describe('svt stats', () => {
  it('prints one JSON object with the counts with --json', async () => {
    const dataDir = await temp.make();
    const { code, written } = await svt('stats', '--data-dir', dataDir, '--json');
    expect(code).toBe(0);
    expect(written.stderr).toEqual([]);
    expect(written.stdout).toHaveLength(1);
    expect(JSON.parse(written.stdout[0] ?? '')).toMatchObject(defaultStats);
  });

  it('prints one line per record type without --json', async () => {
    const { code, stdout } = await svt('stats', '--data-dir', await temp.make());
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    for (const line of lines) expect(line).toMatch(/^[A-Za-z]+ +\d+$/);
    for (const [name, count] of Object.entries(defaultStats)) {
      expect(lines).toContainEqual(expect.stringMatching(`^${name} +${count}$`));
    }
  });

  it('refuses a workspace from a newer version with exit 1 and a message, leaving it alone', async () => {
    const dataDir = await temp.make();
    makeNewerWorkspace(workspaceFileIn(dataDir));
    const before = snapshotFolder(dataDir);

    const { code, stdout, stderr } = await svt('stats', '--data-dir', dataDir, '--json');

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('newer version of Social Value Tracker');
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(snapshotFolder(dataDir)).toEqual(before);
  });

  it('refuses a workspace file that is not a database with exit 1 and a message', async () => {
    const dataDir = await temp.make();
    writeFileSync(workspaceFileIn(dataDir), 'name,amount\nAcme,100\n');
    const { code, stderr } = await svt('check', '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a Social Value Tracker workspace or is damaged/);
  });
});

describe('usage', () => {
  it('refuses an unknown command with exit 2 and the usage on stderr', async () => {
    const { code, stdout, stderr } = await svt('frobnicate', '--data-dir', await temp.make());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('svt has no command "frobnicate"');
    expect(stderr).toContain('Usage: svt COMMAND');
    expect(stderr).toMatch(/^ {2}check /m);
    expect(stderr).toMatch(/^ {2}stats /m);
  });

  it('prints the usage on stderr with exit 2 when no command is given, on stdout for --help', async () => {
    const none = await svt();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: svt COMMAND');
    const help = await svt('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: svt COMMAND');
    expect(help.stderr).toBe('');
  });

  it('refuses an unknown option or --data-dir without a folder, with exit 2', async () => {
    for (const argv of [
      ['stats', '--data-dri', '/tmp/x'],
      ['stats', '--data-dir'],
    ]) {
      const { code, stdout, stderr } = await svt(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: svt COMMAND');
    }
  });

  it('uses the default data folder when --data-dir is left out', async () => {
    const home = await temp.make();
    // Point every platform's default at the temp folder, so no real user folder is touched.
    vi.stubEnv('HOME', home);
    vi.stubEnv('XDG_CONFIG_HOME', join(home, '.config'));
    vi.stubEnv('APPDATA', join(home, 'AppData', 'Roaming'));
    temp.onCleanup(() => vi.unstubAllEnvs());
    const dataDir = defaultDataDir();
    expect(resolve(dataDir).startsWith(resolve(home))).toBe(true);

    const { code, written } = await svt('stats', '--json');

    expect(code).toBe(0);
    expect(JSON.parse(written.stdout[0] ?? '')).toMatchObject(defaultStats);
    expect(existsSync(workspaceFileIn(dataDir))).toBe(true);
  });
});

describe('the built command line', () => {
  const root = resolve(import.meta.dirname, '../..');
  const built = join(root, 'dist', 'cli.mjs');

  it.skipIf(!existsSync(built))(
    'runs as its own process: node dist/cli.mjs stats --json (skipped until npm run build)',
    async () => {
      const dataDir = await temp.make();
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [built, ...args], { cwd: root, encoding: 'utf8' });

      const stats = run('stats', '--data-dir', dataDir, '--json');
      expect(stats.stderr).toBe('');
      expect(stats.status).toBe(0);
      expect(JSON.parse(stats.stdout)).toMatchObject(defaultStats);

      const unknown = run('frobnicate', '--data-dir', dataDir);
      expect(unknown.status).toBe(2);
      expect(unknown.stdout).toBe('');
      expect(unknown.stderr).toContain('svt has no command "frobnicate"');
    },
  );
});
