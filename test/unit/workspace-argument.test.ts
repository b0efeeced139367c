import { describe, expect, it } from 'vitest';
import { workspaceFileFromArgv } from '../../electron/workspace-argument';

const cwd = '/home/officer';

describe('workspaceFileFromArgv', () => {
  it('takes the .svt a double-click passes to the packaged app', () => {
    expect(
      workspaceFileFromArgv(['/opt/svt/social-value-tracker', '/data/Northshire.svt'], cwd),
    ).toBe('/data/Northshire.svt');
  });

  it('makes a relative path absolute against the folder the app was started in', () => {
    expect(workspaceFileFromArgv(['svt', 'councils/Northshire.svt'], cwd)).toBe(
      '/home/officer/councils/Northshire.svt',
    );
    expect(workspaceFileFromArgv(['svt', 'a.svt'], '/elsewhere')).toBe('/elsewhere/a.svt');
  });

  it('finds it among Chromium switches and the project folder of a development run', () => {
    expect(
      workspaceFileFromArgv(
        [
          '/usr/lib/electron/electron',
          '/work/main',
          '--allow-file-access-from-files',
          '--original-process-start-time=13385',
          'Trust Board.SVT',
        ],
        cwd,
      ),
    ).toBe('/home/officer/Trust Board.SVT');
  });

  it('takes the last when several are named', () => {
    expect(workspaceFileFromArgv(['svt', 'old.svt', 'new.svt'], cwd)).toBe('/home/officer/new.svt');
  });

  it('is undefined when no workspace file is named', () => {
    expect(workspaceFileFromArgv([], cwd)).toBeUndefined();
    expect(workspaceFileFromArgv(['/opt/svt/social-value-tracker'], cwd)).toBeUndefined();
    expect(workspaceFileFromArgv(['electron', '/work/main', 'notes.txt', 'x.svt.bak'], cwd)).toBe(
      undefined,
    );
  });

  it('never takes a switch for a file, nor the executable itself', () => {
    expect(workspaceFileFromArgv(['svt', '--data=/tmp/a.svt'], cwd)).toBeUndefined();
    expect(workspaceFileFromArgv(['/tmp/odd.svt'], cwd)).toBeUndefined();
  });
});
