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
import {
  addressFilters,
  calendarDateOrNull,
  codeParam,
  dateParam,
  idParam,
  integerParam,
  textParam,
} from '../../shared/address-filters';
import { textOrNull } from '../../shared/address-text';

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

const isStudioStatusChoice = (code: string): code is StudioStatusChoice =>
  code === 'ALL' || isStudioStatus(code);

/** The studio list's filters in the address, in this order. */
export const studioFilters = addressFilters<StudioListFilters>({
  organizationId: idParam('org'),
  status: codeParam('status', isStudioStatusChoice),
  level: codeParam('level', isStudioLevel),
  stars: integerParam('stars', 1, 5),
  foundedFrom: dateParam('foundedFrom'),
  foundedTo: dateParam('foundedTo'),
  search: textParam('q', 100),
});

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

/** The conversion board's filters in the address, in this order. */
export const resultFilters = addressFilters<ResultListFilters>({
  organizationId: idParam('org'),
  type: codeParam('type', isResultType),
  yearFrom: integerParam('yearFrom', 1950, 2100),
  yearTo: integerParam('yearTo', 1950, 2100),
});

/** The `InnovationResultFilter` input for the API. */
export function resultFilterInput(filters: ResultListFilters) {
  return {
    organizationId: filters.organizationId,
    type: filters.type,
    yearFrom: filters.yearFrom,
    yearTo: filters.yearTo,
  };
}
