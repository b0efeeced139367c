import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addRecent,
  lastUsedWorkspace,
  maxRecentWorkspaces,
  recentListFrom,
} from '../../electron/recent-workspaces';

const file = (name: string) => resolve('/councils', `${name}.svt`);

describe('addRecent', () => {
  it('puts a new file first', () => {
    expect(addRecent([file('a'), file('b')], file('c'))).toEqual([file('c'), file('a'), file('b')]);
  });

  it('moves a file already in the list to the front instead of repeating it', () => {
    expect(addRecent([file('a'), file('b'), file('c')], file('b'))).toEqual([
      file('b'),
      file('a'),
      file('c'),
    ]);
  });

  it('treats two spellings of the same path as one file', () => {
    const spelled = resolve('/councils/old/../b.svt');
    expect(addRecent([file('a'), file('b')], spelled)).toEqual([file('b'), file('a')]);
  });

  it('ignores case only when asked to (Windows)', () => {
    const upper = resolve('/councils/A.svt');
    expect(addRecent([file('a')], upper, 10, true)).toEqual([upper]);
    expect(addRecent([file('a')], upper, 10, false)).toEqual([upper, file('a')]);
  });

  it('keeps at most ten, dropping the oldest', () => {
    const ten = Array.from({ length: maxRecentWorkspaces }, (_, i) => file(`w${i}`));
    const after = addRecent(ten, file('new'));
    expect(maxRecentWorkspaces).toBe(10);
    expect(after).toHaveLength(10);
    expect(after[0]).toBe(file('new'));
    expect(after).not.toContain(file('w9'));
  });

  it('does not change the list it is given', () => {
    const list = [file('a')];
    addRecent(list, file('b'));
    expect(list).toEqual([file('a')]);
  });
});

describe('recentListFrom', () => {
  it('keeps only non-empty text paths, without repeats, at most ten', () => {
    const many = Array.from({ length: 12 }, (_, i) => `/w${i}.svt`);
    expect(recentListFrom(['/a.svt', 3, null, '', '  ', '/a.svt', '/b.svt'])).toEqual([
      '/a.svt',
      '/b.svt',
    ]);
    expect(recentListFrom(many)).toEqual(many.slice(0, 10));
  });

  it('gives an empty list for anything that is not a list', () => {
    expect(recentListFrom(undefined)).toEqual([]);
    expect(recentListFrom('/a.svt')).toEqual([]);
    expect(recentListFrom({ 0: '/a.svt' })).toEqual([]);
  });
});

describe('lastUsedWorkspace', () => {
  it('is the most recent file when it still exists', () => {
    expect(lastUsedWorkspace(['/a.svt', '/b.svt'], () => true)).toBe('/a.svt');
  });

  it('is undefined when the most recent file has gone, or there is none', () => {
    expect(lastUsedWorkspace(['/a.svt', '/b.svt'], (f) => f !== '/a.svt')).toBeUndefined();
    expect(lastUsedWorkspace([], () => true)).toBeUndefined();
  });
});
