import type { HonorLevel } from '../../graphql';
import { textOrNull } from '../../shared/address-text';
import { calendarDateOrNull } from '../members/member-filters';

/** The levels in the order the console lists them, highest first. */
export const honorLevels: readonly HonorLevel[] = [
  'NATIONAL',
  'PROVINCIAL',
  'CITY',
  'DISTRICT',
  'ENTERPRISE',
];

/**
 * The 获奖名单 list's filters, kept in the URL so that a link reproduces the list (the annual
 * report's honor figures link here): `/admin/honors/awards?org=<global id>&level=CITY,PROVINCIAL
 * &title=PROVINCIAL_MODEL_WORKER&year=2024&from=2024-01-01&to=2024-12-31&revoked=no&q=王`.
 */
export interface AwardListFilters {
  /** Awards nominated within this organisation's subtree (a global id). */
  organizationId: string | null;
  levels: readonly HonorLevel[];
  /** A title code of the catalogue. */
  titleCode: string | null;
  /** The award's year (评选年度). */
  year: number | null;
  /** Published on or after / on or before, 'YYYY-MM-DD'. */
  publishedFrom: string | null;
  publishedTo: string | null;
  /** Only revoked awards ('yes'), only standing ones ('no'), or both (null). */
  revoked: 'yes' | 'no' | null;
  /** Part of the name or the employer. */
  search: string | null;
}

export const noAwardFilters: AwardListFilters = {
  organizationId: null,
  levels: [],
  titleCode: null,
  year: null,
  publishedFrom: null,
  publishedTo: null,
  revoked: null,
  search: null,
};

/** Reads the filters from a query string; anything unknown or malformed is left out. */
export function awardFiltersFromSearch(params: URLSearchParams): AwardListFilters {
  const levels: HonorLevel[] = [];
  for (const code of (params.get('level') ?? '').split(',')) {
    const level = honorLevels.find((known) => known === code.trim());
    if (level && !levels.includes(level)) levels.push(level);
  }
  const year = params.get('year') ?? '';
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : null;
  const revoked = params.get('revoked');
  const title = textOrNull(params.get('title'), 60);
  return {
    organizationId: textOrNull(params.get('org'), 200),
    levels,
    titleCode: title && /^[A-Z0-9_]+$/.test(title) ? title : null,
    year: yearNumber !== null && yearNumber >= 1950 && yearNumber <= 2100 ? yearNumber : null,
    publishedFrom: calendarDateOrNull(params.get('from')),
    publishedTo: calendarDateOrNull(params.get('to')),
    revoked: revoked === 'yes' || revoked === 'no' ? revoked : null,
    search: textOrNull(params.get('q'), 100),
  };
}

/** Writes the filters as a query string, leaving out the empty ones, in a stable order. */
export function searchOfAwardFilters(filters: AwardListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.organizationId) params.set('org', filters.organizationId);
  if (filters.levels.length > 0) params.set('level', filters.levels.join(','));
  if (filters.titleCode) params.set('title', filters.titleCode);
  if (filters.year !== null) params.set('year', String(filters.year));
  const from = calendarDateOrNull(filters.publishedFrom);
  if (from) params.set('from', from);
  const to = calendarDateOrNull(filters.publishedTo);
  if (to) params.set('to', to);
  if (filters.revoked) params.set('revoked', filters.revoked);
  const search = textOrNull(filters.search, 100);
  if (search) params.set('q', search);
  return params;
}

/** The `HonorAwardFilter` input for the API. */
export function awardFilterInput(filters: AwardListFilters) {
  return {
    organizationId: filters.organizationId,
    level: filters.levels.length > 0 ? [...filters.levels] : null,
    titleCode: filters.titleCode,
    year: filters.year,
    publishedFrom: calendarDateOrNull(filters.publishedFrom),
    publishedTo: calendarDateOrNull(filters.publishedTo),
    revoked: filters.revoked === null ? null : filters.revoked === 'yes',
    search: textOrNull(filters.search, 100),
  };
}

/** The console path of the award list with these filters. */
export function awardsPath(filters: AwardListFilters = noAwardFilters): string {
  const query = searchOfAwardFilters(filters).toString();
  return query === '' ? '/honors/awards' : `/honors/awards?${query}`;
}
