import {
  isResultType,
  isStudioLevel,
  isStudioStatus,
  RESULT_TYPES,
  type ResultType,
  STUDIO_LEVELS,
  type StudioLevel,
  type StudioStatus,
} from '@gonghui/domain';
import { textOrNull } from '../../shared/address-text';
import { calendarDateOrNull } from '../members/member-filters';

export const studioLevels: readonly StudioLevel[] = STUDIO_LEVELS;
export const resultTypes: readonly ResultType[] = RESULT_TYPES;

/** A studio's status, or 'ALL' for every studio (de-listed ones too). */
export type StudioStatusChoice = StudioStatus | 'ALL';

/**
 * The 创新工作室 list's filters, kept in the URL so that a link reproduces the list (the annual
 * report's studio figures link here): `/admin/innovation?org=<global id>&status=ACTIVE&level=CITY
 * &stars=4&foundedFrom=2025-01-01&foundedTo=2025-12-31&q=…`. Without a status the list leaves
 * de-listed studios out; `status=ALL` lists them too (a founding count does).
 */
export interface StudioListFilters {
  organizationId: string | null;
  level: StudioLevel | null;
  stars: number | null;
  status: StudioStatusChoice | null;
  /** Founded on or after / on or before, 'YYYY-MM-DD'. */
  foundedFrom: string | null;
  foundedTo: string | null;
  /** Part of the studio's, the lead's or the host employer's name. */
  search: string | null;
}

export const noStudioFilters: StudioListFilters = {
  organizationId: null,
  level: null,
  stars: null,
  status: null,
  foundedFrom: null,
  foundedTo: null,
  search: null,
};

function integerIn(value: string | null, min: number, max: number): number | null {
  if (!/^\d{1,4}$/.test(value ?? '')) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** Reads the filters from a query string; anything unknown or malformed is left out. */
export function studioFiltersFromSearch(params: URLSearchParams): StudioListFilters {
  const level = params.get('level') ?? '';
  const status = params.get('status') ?? '';
  return {
    organizationId: textOrNull(params.get('org'), 200),
    level: isStudioLevel(level) ? level : null,
    stars: integerIn(params.get('stars'), 1, 5),
    status: status === 'ALL' || isStudioStatus(status) ? status : null,
    foundedFrom: calendarDateOrNull(params.get('foundedFrom')),
    foundedTo: calendarDateOrNull(params.get('foundedTo')),
    search: textOrNull(params.get('q'), 100),
  };
}

/** Writes the filters as a query string, leaving out the empty ones, in a stable order. */
export function searchOfStudioFilters(filters: StudioListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.organizationId) params.set('org', filters.organizationId);
  if (filters.status) params.set('status', filters.status);
  if (filters.level) params.set('level', filters.level);
  if (filters.stars !== null) params.set('stars', String(filters.stars));
  const from = calendarDateOrNull(filters.foundedFrom);
  if (from) params.set('foundedFrom', from);
  const to = calendarDateOrNull(filters.foundedTo);
  if (to) params.set('foundedTo', to);
  const search = textOrNull(filters.search, 100);
  if (search) params.set('q', search);
  return params;
}

/** The `StudioFilter` input for the API. */
export function studioFilterInput(filters: StudioListFilters) {
  return {
    organizationId: filters.organizationId,
    level: filters.level,
    stars: filters.stars,
    status: filters.status === 'ALL' ? null : filters.status,
    includeDelisted: filters.status === 'ALL' ? true : null,
    foundedFrom: calendarDateOrNull(filters.foundedFrom),
    foundedTo: calendarDateOrNull(filters.foundedTo),
    search: textOrNull(filters.search, 100),
  };
}

/**
 * The 成果转化看板's filters, in the URL (the report's 职工创新成果 figures link here):
 * `/admin/innovation/results?org=<global id>&type=INVENTION_PATENT&yearFrom=2025&yearTo=2025`.
 */
export interface ResultListFilters {
  organizationId: string | null;
  type: ResultType | null;
  /** The results' years, both included. */
  yearFrom: number | null;
  yearTo: number | null;
}

export const noResultFilters: ResultListFilters = {
  organizationId: null,
  type: null,
  yearFrom: null,
  yearTo: null,
};

/** Reads the filters from a query string; anything unknown or malformed is left out. */
export function resultFiltersFromSearch(params: URLSearchParams): ResultListFilters {
  const type = params.get('type') ?? '';
  return {
    organizationId: textOrNull(params.get('org'), 200),
    type: isResultType(type) ? type : null,
    yearFrom: integerIn(params.get('yearFrom'), 1950, 2100),
    yearTo: integerIn(params.get('yearTo'), 1950, 2100),
  };
}

/** Writes the filters as a query string, leaving out the empty ones, in a stable order. */
export function searchOfResultFilters(filters: ResultListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.organizationId) params.set('org', filters.organizationId);
  if (filters.type) params.set('type', filters.type);
  if (filters.yearFrom !== null) params.set('yearFrom', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('yearTo', String(filters.yearTo));
  return params;
}

/** The `InnovationResultFilter` input for the API. */
export function resultFilterInput(filters: ResultListFilters) {
  return {
    organizationId: filters.organizationId,
    type: filters.type,
    yearFrom: filters.yearFrom,
    yearTo: filters.yearTo,
  };
}
