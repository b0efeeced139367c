// What a list screen asks for (search, filters, sort, a window of rows) and what it gets back.
// The same query drives the screen, its URL and its export.

import { z } from 'zod';
import { contractStatuses } from './contract';
import { exerciseStatuses, procurementCategories } from './exercise';
import { optionalCalendarDate } from './schema-parts';

export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

/** In scope of the Social Value Act, of the council's local policy, or of either. */
export const scopeFilters = ['act', 'local', 'either', 'neither'] as const;
export type ScopeFilter = (typeof scopeFilters)[number];

export const maxListWindow = 500;

const windowOf = {
  search: z.string().trim().max(200, { error: 'Keep the search under 200 characters' }).default(''),
  direction: z.enum(sortDirections).default('asc'),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(maxListWindow).default(100),
  /** False: the window's rows only, without the count and £ total (a later window of a list). */
  totals: z.boolean().default(true),
};
const flag = z.boolean().optional();
/**
 * An SME supplier (micro, small or medium: true), not one (large: false), or one whose size is
 * not recorded ('unknown'), which is neither.
 */
const smeFlag = z.union([z.boolean(), z.literal('unknown')]).optional();
export type SmeFilter = z.output<typeof smeFlag>;
const dateRange = { from: optionalCalendarDate, to: optionalCalendarDate };
const rangeInOrder = (query: { from: string | null; to: string | null }) =>
  !query.from || !query.to || query.from <= query.to;
const rangeMessage = { path: ['to'], message: 'The "to" date must be on or after the "from" date' };

export const supplierSortKeys = [
  'name',
  'postcode',
  'size',
  'contractCount',
  'contractValuePence',
  'updatedAt',
] as const;
export const supplierListQuerySchema = z.object({
  ...windowOf,
  sort: z.enum(supplierSortKeys).default('name'),
  local: flag,
  sme: smeFlag,
  vcse: flag,
  realLivingWage: flag,
});

export const exerciseSortKeys = [
  'reference',
  'title',
  'directorate',
  'category',
  'estimatedValuePence',
  'startDate',
  'status',
] as const;
/** Date range: exercises starting within it. */
export const exerciseListQuerySchema = z
  .object({
    ...windowOf,
    ...dateRange,
    sort: z.enum(exerciseSortKeys).default('startDate'),
    status: z.array(z.enum(exerciseStatuses)).default([]),
    directorate: z.string().trim().max(200).optional(),
    category: z.enum(procurementCategories).optional(),
    scope: z.enum(scopeFilters).optional(),
  })
  .refine(rangeInOrder, rangeMessage);

export const contractSortKeys = [
  'reference',
  'title',
  'supplierName',
  'directorate',
  'category',
  'valuePence',
  'startDate',
  'endDate',
  'status',
] as const;
/** Date range: contracts running at any time within it. */
export const contractListQuerySchema = z
  .object({
    ...windowOf,
    ...dateRange,
    sort: z.enum(contractSortKeys).default('reference'),
    status: z.array(z.enum(contractStatuses)).default([]),
    directorate: z.string().trim().max(200).optional(),
    category: z.enum(procurementCategories).optional(),
    scope: z.enum(scopeFilters).optional(),
    local: flag,
    sme: smeFlag,
    vcse: flag,
    supplierId: z.uuid().optional(),
  })
  .refine(rangeInOrder, rangeMessage);

export type SupplierListQuery = z.input<typeof supplierListQuerySchema>;
export type ExerciseListQuery = z.input<typeof exerciseListQuerySchema>;
export type ContractListQuery = z.input<typeof contractListQuerySchema>;
export type SupplierListParams = z.output<typeof supplierListQuerySchema>;
export type ExerciseListParams = z.output<typeof exerciseListQuerySchema>;
export type ContractListParams = z.output<typeof contractListQuerySchema>;

/** The count and £ total of every row a list query matches. */
export interface ListTotals {
  total: number;
  totalValuePence: number;
}

/**
 * A window of the matching rows, with the count and £ total of all of them; a request that said
 * `totals: false` gets the rows alone.
 */
export interface ListPage<Row> extends Partial<ListTotals> {
  rows: Row[];
  offset: number;
}
