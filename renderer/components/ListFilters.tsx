// A list's search box and filters, each labelled, each change going straight to the address.

import { Fragment, type ReactNode } from 'react';
import type { UrlFieldKinds, UrlValue } from '../list-url-state';
import { SearchBox } from './SearchBox';

export interface FilterOption {
  value: string;
  label: string;
}

export type FilterSpec =
  /** Any, yes or no; and "not known" too when `unknown` labels it. */
  | { kind: 'flag'; key: string; label: string; yes: string; no: string; unknown?: string }
  /** Any, or one of the options. */
  | { kind: 'choice'; key: string; label: string; options: readonly FilterOption[] }
  /** Any of the ticked options (none ticked: all). */
  | { kind: 'choices'; key: string; label: string; options: readonly FilterOption[] }
  /** A date range, in the keys "from" and "to". */
  | { kind: 'dates'; label: string };

/** How each filter is written in the address. */
export function filterUrlFields(filters: readonly FilterSpec[]): UrlFieldKinds {
  const kinds: Record<string, UrlFieldKinds[string]> = {};
  for (const filter of filters) {
    if (filter.kind === 'dates') Object.assign(kinds, { from: 'text', to: 'text' });
    else if (filter.kind === 'flag') kinds[filter.key] = filter.unknown ? 'flagOrUnknown' : 'flag';
    else kinds[filter.key] = filter.kind === 'choices' ? 'list' : 'text';
  }
  return kinds;
}

interface Props {
  /** "contracts": names the search box. */
  noun: string;
  filters: readonly FilterSpec[];
  /** The list query as the address holds it. */
  values: Readonly<Record<string, unknown>>;
  /** What the address held that could not be used, by key. */
  problems: ReadonlyMap<string, string>;
  onChange(key: string, value: UrlValue): void;
  /** Typing in the search box: no history entry. */
  onSearch(text: string): void;
}

const inputId = (key: string) => `list-filter-${key}`;

function Problem({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** A labelled control with the problem the address gave it, if any. */
function Filter({
  id,
  label,
  problem,
  children,
}: {
  id: string;
  label: string;
  problem: string | undefined;
  children: (described: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={problem ? 'list-filter field-error' : 'list-filter'}>
      <label htmlFor={id}>{label}</label>
      <Problem id={errorId} message={problem} />
      {children(problem ? { 'aria-describedby': errorId, 'aria-invalid': true } : {})}
    </div>
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const flagText = (value: unknown): string =>
  value === true ? 'yes' : value === false ? 'no' : value === 'unknown' ? 'unknown' : '';
const flagValue = (text: string): UrlValue =>
  text === 'yes' ? true : text === 'no' ? false : text === 'unknown' ? text : undefined;

function FilterControl({
  filter,
  values,
  problems,
  onChange,
}: { filter: FilterSpec } & Omit<Props, 'noun' | 'filters' | 'onSearch'>) {
  if (filter.kind === 'dates') {
    const problem = problems.get('from') ?? problems.get('to');
    const errorId = `${inputId('dates')}-error`;
    return (
      <fieldset
        className={
          problem ? 'list-filter list-filter-group field-error' : 'list-filter list-filter-group'
        }
      >
        <legend>{filter.label}</legend>
        <Problem id={errorId} message={problem} />
        <div className="list-inline-controls">
          {(['from', 'to'] as const).map((key) => (
            <Fragment key={key}>
              <label htmlFor={inputId(key)} className="list-inline-label">
                {key}
              </label>
              <input
                id={inputId(key)}
                type="date"
                value={text(values[key])}
                aria-describedby={problems.has(key) ? errorId : undefined}
                aria-invalid={problems.has(key) || undefined}
                onChange={(event) => onChange(key, event.target.value)}
              />
            </Fragment>
          ))}
        </div>
      </fieldset>
    );
  }
  if (filter.kind === 'choices') {
    const ticked = Array.isArray(values[filter.key]) ? (values[filter.key] as unknown[]) : [];
    const problem = problems.get(filter.key);
    return (
      <fieldset
        className={
          problem ? 'list-filter list-filter-group field-error' : 'list-filter list-filter-group'
        }
      >
        <legend>{filter.label}</legend>
        <Problem id={`${inputId(filter.key)}-error`} message={problem} />
        <div className="list-inline-controls">
          {filter.options.map((option) => (
            <label key={option.value} className="list-checkbox">
              <input
                type="checkbox"
                checked={ticked.includes(option.value)}
                onChange={(event) =>
                  onChange(
                    filter.key,
                    filter.options
                      .map((o) => o.value)
                      .filter((value) =>
                        value === option.value ? event.target.checked : ticked.includes(value),
                      ),
                  )
                }
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  const id = inputId(filter.key);
  const options =
    filter.kind === 'flag'
      ? [
          { value: 'yes', label: filter.yes },
          { value: 'no', label: filter.no },
          ...(filter.unknown ? [{ value: 'unknown', label: filter.unknown }] : []),
        ]
      : filter.options;
  const current = filter.kind === 'flag' ? flagText(values[filter.key]) : text(values[filter.key]);
  const known = current === '' || options.some((option) => option.value === current);
  return (
    <Filter id={id} label={filter.label} problem={problems.get(filter.key)}>
      {(described) => (
        <select
          {...described}
          id={id}
          value={current}
          onChange={(event) =>
            onChange(
              filter.key,
              filter.kind === 'flag' ? flagValue(event.target.value) : event.target.value,
            )
          }
        >
          <option value="">Any</option>
          {!known && <option value={current}>{current}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Filter>
  );
}

export function ListFilters({ noun, filters, values, problems, onChange, onSearch }: Props) {
  const searchId = inputId('search');
  const searchProblem = problems.get('search');
  return (
    <form
      role="search"
      aria-label={`Search and filter ${noun}`}
      className="list-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div
        className={
          searchProblem
            ? 'list-filter list-filter-search field-error'
            : 'list-filter list-filter-search'
        }
      >
        <label htmlFor={searchId}>Search {noun}</label>
        <Problem id={`${searchId}-error`} message={searchProblem} />
        <SearchBox
          id={searchId}
          value={text(values.search)}
          onSearch={onSearch}
          describedBy={searchProblem ? `${searchId}-error` : undefined}
        />
      </div>
      {filters.map((filter) => (
        <FilterControl
          key={filter.kind === 'dates' ? 'dates' : filter.key}
          filter={filter}
          values={values}
          problems={problems}
          onChange={onChange}
        />
      ))}
    </form>
  );
}
