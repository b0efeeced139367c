// A list's search, filters and sort live in the address's query string, so Back, reload and a
// shared link all give the same list. This reads the query into a list query (checked with the
// list's own schema) and writes single changes back.

import type { z } from 'zod';
import { parseRoute } from './router';

/**
 * How a query key is written: plain text, yes/no, yes/no/unknown (a flag that can be not
 * known, such as SME), or repeated for each value.
 */
export type UrlFieldKind = 'text' | 'flag' | 'flagOrUnknown' | 'list';
export type UrlFieldKinds = Readonly<Record<string, UrlFieldKind>>;
export type UrlValue = string | boolean | readonly string[] | null | undefined;

/** The keys every list has. */
export const commonUrlFields: UrlFieldKinds = { search: 'text', sort: 'text', direction: 'text' };

function readValue(params: URLSearchParams, key: string, kind: UrlFieldKind): UrlValue {
  if (kind === 'list') {
    const values = params.getAll(key).filter(Boolean);
    return values.length ? values : undefined;
  }
  const text = params.get(key);
  if (text === null || text === '') return undefined;
  if (kind === 'flagOrUnknown' && text === 'unknown') return text;
  if (kind === 'flag' || kind === 'flagOrUnknown') {
    return text === 'yes' ? true : text === 'no' ? false : undefined;
  }
  return text;
}

export interface ReadListQuery<Query> {
  query: Query;
  /** What the schema refused, by key ("to": the "to" date is before the "from" date). */
  problems: ReadonlyMap<string, string>;
  /** The values as the address holds them, refused ones included: what the filters show. */
  entered: Readonly<Record<string, UrlValue>>;
}

/**
 * The list query the address holds. Keys the schema refuses are dropped (and reported), so a
 * hand-edited or stale address still shows a list.
 */
export function readListQuery<Query>(
  schema: z.ZodType<Query>,
  kinds: UrlFieldKinds,
  params: URLSearchParams,
): ReadListQuery<Query> {
  const candidate = new Map<string, UrlValue>();
  for (const [key, kind] of Object.entries(kinds)) {
    const value = readValue(params, key, kind);
    if (value !== undefined) candidate.set(key, value);
  }
  const entered = Object.fromEntries(candidate);
  const problems = new Map<string, string>();
  for (;;) {
    const parsed = schema.safeParse(Object.fromEntries(candidate));
    if (parsed.success) return { query: parsed.data, problems, entered };
    const refused = parsed.error.issues
      .map((issue) => ({ key: String(issue.path[0] ?? ''), message: issue.message }))
      .filter(({ key }) => candidate.has(key));
    if (refused.length === 0) {
      return { query: schema.parse({}), problems, entered };
    }
    for (const { key, message } of refused) {
      if (!problems.has(key)) problems.set(key, message);
      candidate.delete(key);
    }
  }
}

/** A copy of the query with one key set to a value, or removed when the value is empty. */
export function withValue(params: URLSearchParams, key: string, value: UrlValue): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(key);
  if (typeof value === 'boolean') next.set(key, value ? 'yes' : 'no');
  else if (typeof value === 'string') {
    if (value !== '') next.set(key, value);
  } else if (value) {
    for (const item of value) next.append(key, item);
  }
  return next;
}

/** True when the query narrows the list (a search or any filter; sorting does not count). */
export function narrowsList(params: URLSearchParams): boolean {
  return [...params.keys()].some((key) => key !== 'sort' && key !== 'direction');
}

/** The query of the address as it is now (not as the page last rendered it). */
export function currentParams(): URLSearchParams {
  return parseRoute(window.location.hash.replace(/^#/, '')).query;
}
