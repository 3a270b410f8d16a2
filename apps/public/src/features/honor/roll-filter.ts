/**
 * The honor roll's filters as they live in the URL (`/honors?level=CITY&year=2025&q=海尔`), so a
 * filtered roll is a link that can be shared and reloaded. Unknown or malformed values are
 * dropped rather than sent to the API.
 */
export const honorLevels = ['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT', 'ENTERPRISE'] as const;
export type HonorLevelCode = (typeof honorLevels)[number];

export interface RollFilter {
  level: HonorLevelCode | null;
  titleCode: string | null;
  year: number | null;
  regionCode: string | null;
  industry: string | null;
  search: string | null;
}

export const emptyRollFilter: RollFilter = {
  level: null,
  titleCode: null,
  year: null,
  regionCode: null,
  industry: null,
  search: null,
};

/** Longest free-text search the page sends (the API matches part of a name). */
export const maxRollSearchLength = 40;

const titleCodePattern = /^[A-Z][A-Z0-9_]{0,63}$/;
const regionCodePattern = /^\d{6}$/;
const yearPattern = /^\d{4}$/;

function text(value: string | null, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed.slice(0, max);
}

export function isHonorLevel(value: string | null | undefined): value is HonorLevelCode {
  return (honorLevels as readonly string[]).includes(value ?? '');
}

/** Reads the filters from a query string ('?level=CITY&year=2025' or without the '?'). */
export function parseRollFilter(search: string): RollFilter {
  const params = new URLSearchParams(search);
  const level = params.get('level');
  const titleCode = params.get('title');
  const year = params.get('year');
  const regionCode = params.get('region');
  return {
    level: isHonorLevel(level) ? level : null,
    titleCode: titleCode && titleCodePattern.test(titleCode) ? titleCode : null,
    year: year && yearPattern.test(year) && Number(year) >= 1950 ? Number(year) : null,
    regionCode: regionCode && regionCodePattern.test(regionCode) ? regionCode : null,
    industry: text(params.get('industry'), 40),
    search: text(params.get('q'), maxRollSearchLength),
  };
}

/** The query string for the filters, '' when there are none; always in the same order. */
export function rollFilterSearch(filter: RollFilter): string {
  const params = new URLSearchParams();
  if (filter.level) params.set('level', filter.level);
  if (filter.titleCode) params.set('title', filter.titleCode);
  if (filter.year !== null) params.set('year', String(filter.year));
  if (filter.regionCode) params.set('region', filter.regionCode);
  const industry = text(filter.industry, 40);
  if (industry) params.set('industry', industry);
  const search = text(filter.search, maxRollSearchLength);
  if (search) params.set('q', search);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The API's `HonorRollFilter`: only the filters that are set, null when none is. */
export function rollFilterVariables(filter: RollFilter): Partial<RollFilter> | null {
  const variables: Partial<RollFilter> = {};
  for (const [key, value] of Object.entries(filter) as [keyof RollFilter, unknown][]) {
    if (value !== null && value !== '') Object.assign(variables, { [key]: value });
  }
  return Object.keys(variables).length > 0 ? variables : null;
}

export function activeFilterCount(filter: RollFilter): number {
  return Object.values(filter).filter((value) => value !== null && value !== '').length;
}
