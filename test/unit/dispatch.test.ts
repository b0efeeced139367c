import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Context } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handlers';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { WorkspaceSession } from '../../electron/workspace-session';
import type { CouncilProfile, CouncilProfileInput } from '../../shared/council-profile';
import { AppError, type ApiResult } from '../../shared/result';

const officer = 'Priya Shah';
let folder: string;
let session: WorkspaceSession;
let ctx: Context;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'svt-dispatch-'));
  session = new WorkspaceSession(join(folder, 'council.svt'), officer);
  ctx = session.context();
});

afterEach(() => {
  vi.restoreAllMocks();
  if (ctx.db.open) session.close();
  rmSync(folder, { recursive: true, force: true });
});

function valueOf<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function currentProfile(): Promise<CouncilProfile> {
  return valueOf<CouncilProfile>(await dispatch('profile.get', {}, ctx));
}

/** The profile as the form sends it back: ids kept, server-only fields left out. */
function asInput(profile: CouncilProfile): CouncilProfileInput {
  return {
    councilName: profile.councilName,
    financialYearStartMonth: profile.financialYearStartMonth,
    reportingFrequency: profile.reportingFrequency,
    localArea: profile.localArea,
    ragGreenFromPercent: profile.ragGreenFromPercent,
    ragAmberFromPercent: profile.ragAmberFromPercent,
    defaultSocialValueWeightingPercent: profile.defaultSocialValueWeightingPercent,
    thresholds: profile.thresholds,
    strategicOutcomes: profile.strategicOutcomes,
    version: profile.version,
  };
}

describe('dispatch: a method that works', () => {
  it('wraps the handler result as {ok: true, value}', async () => {
    expect(await dispatch('workspace.info', {}, ctx)).toEqual({
      ok: true,
      value: { file: join(folder, 'council.svt'), schemaVersion: latestSchemaVersion, officer },
    });
  });

  it('treats a missing or null input as no input', async () => {
    expect((await dispatch('profile.get', undefined, ctx)).ok).toBe(true);
    expect((await dispatch('profile.get', null, ctx)).ok).toBe(true);
  });

  it('gives the handler the parsed input: names trimmed, local area normalised', async () => {
    const profile = await currentProfile();
    const saved = valueOf<CouncilProfile>(
      await dispatch(
        'profile.save',
        {
          ...asInput(profile),
          councilName: '  Charnwood Borough Council ',
          localArea: ['le11 - le12', ' le7'],
        },
        ctx,
      ),
    );
    expect(saved.councilName).toBe('Charnwood Borough Council');
    expect(saved.localArea).toEqual(['LE11-LE12', 'LE7']);
    expect(saved.version).toBe(profile.version + 1);
    expect(saved.updatedBy).toBe(officer);
  });
});

describe('dispatch: unknown methods', () => {
  it('answers unknown_method, naming the method', async () => {
    expect(await dispatch('profile.delete', {}, ctx)).toEqual({
      ok: false,
      error: {
        code: 'unknown_method',
        message: 'There is no API method called "profile.delete".',
      },
    });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', ''])(
    'does not treat the inherited or empty name %j as a method',
    async (method) => {
      const result = await dispatch(method, {}, ctx);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown_method');
    },
  );

  it('is case sensitive', async () => {
    const result = await dispatch('Profile.Get', {}, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unknown_method');
  });
});

describe('dispatch: invalid input', () => {
  it('refuses input a method does not take, without running the handler', async () => {
    const handler = vi.spyOn(handlers, 'workspace.info');
    const result = await dispatch('workspace.info', { file: '/etc/passwd' }, ctx);
    expect(handler).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/^Some of what was entered needs correcting: /);
    expect(result.error.details?.issues).toHaveLength(1);
    expect(result.error.details?.issues?.[0]?.path).toEqual([]);
  });

  it('refuses input that is not an object', async () => {
    const result = await dispatch('profile.save', 'Leicester', ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });

  it('lists each problem with the path of its field, and sums them up in the message', async () => {
    const input = asInput(await currentProfile());
    input.councilName = ' ';
    const [first] = input.thresholds;
    if (!first) throw new Error('the new workspace has thresholds');
    first.amountPence = 0;
    input.localArea = ['LE19-LE1'];

    const result = await dispatch('profile.save', input, ctx);

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'Some of what was entered needs correcting: Enter the council name (councilName) and 2 more.',
        details: {
          issues: [
            { path: ['councilName'], message: 'Enter the council name' },
            { path: ['localArea', 0], message: '"LE19-LE1" starts after it ends' },
            { path: ['thresholds', 0, 'amountPence'], message: 'Enter an amount above £0' },
          ],
        },
      },
    });
  });

  it('names a single problem without "and more"', async () => {
    const input = { ...asInput(await currentProfile()), ragAmberFromPercent: 95 };
    const result = await dispatch('profile.save', input, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(
      'Some of what was entered needs correcting: The amber band must start below the green band (ragAmberFromPercent).',
    );
    expect(result.error.details?.issues).toEqual([
      { path: ['ragAmberFromPercent'], message: 'The amber band must start below the green band' },
    ]);
  });

  it('saves nothing when the input is refused', async () => {
    const before = await currentProfile();
    await dispatch('profile.save', { ...asInput(before), councilName: '' }, ctx);
    expect(await currentProfile()).toEqual(before);
  });
});

describe('dispatch: an AppError thrown by the handler', () => {
  it('passes its code and message through', async () => {
    const loaded = await currentProfile();
    valueOf(await dispatch('profile.save', { ...asInput(loaded), councilName: 'First' }, ctx));

    // A second save made from the same, now stale, copy of the form.
    const result = await dispatch(
      'profile.save',
      { ...asInput(loaded), councilName: 'Second' },
      ctx,
    );

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `The council profile was changed by ${officer} since you opened it. Reload to see their changes, then make yours again.`,
      },
    });
    expect((await currentProfile()).councilName).toBe('First');
  });

  it('passes its field details through so the form can show them in place', async () => {
    const input = asInput(await currentProfile());
    const [first] = input.thresholds;
    if (!first) throw new Error('the new workspace has thresholds');
    first.id = '00000000-0000-4000-8000-000000000000';

    expect(await dispatch('profile.save', input, ctx)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This row was removed elsewhere; reload the profile.',
        details: {
          issues: [
            {
              path: ['thresholds', 0],
              message: 'This row was removed elsewhere; reload the profile.',
            },
          ],
        },
      },
    });
  });

  it('passes through an AppError from a handler that rejects asynchronously', async () => {
    vi.spyOn(handlers, 'workspace.stats').mockImplementation(async () => {
      throw new AppError('not_found', 'That record no longer exists.');
    });
    expect(await dispatch('workspace.stats', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That record no longer exists.' },
    });
  });
});

describe('dispatch: an unexpected exception', () => {
  it('becomes an internal error, logged, with the message but not the stack', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    session.close(); // better-sqlite3 now throws a TypeError on every query

    const result = await dispatch('profile.get', {}, ctx);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error).sort()).toEqual(['code', 'message']);
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toMatch(
      /^Something went wrong inside the app and nothing was saved: .*not open/,
    );
    expect(result.error.message).not.toMatch(/\n|\bat \S+ \(|\.ts:\d+/);
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[0])).toContain('profile.get');
  });

  it('does not leak the stack of an error thrown by a handler', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const thrown = new RangeError('Invalid array length');
    vi.spyOn(handlers, 'workspace.stats').mockImplementation(() => {
      throw thrown;
    });
    const result = await dispatch('workspace.stats', {}, ctx);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside the app and nothing was saved: Invalid array length',
      },
    });
    expect(JSON.stringify(result)).not.toContain(thrown.stack?.split('\n')[1]?.trim() ?? '??');
  });

  it.each([
    ['a string', 'disk full', 'disk full'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a plain object', { reason: 'x' }, '[object Object]'],
  ])('still answers with an envelope when the handler throws %s', async (_what, thrown, shown) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(handlers, 'workspace.stats').mockImplementation(() => {
      throw thrown;
    });
    await expect(dispatch('workspace.stats', {}, ctx)).resolves.toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong inside the app and nothing was saved: ${shown}`,
      },
    });
  });
});
