import type { HonorLevel } from '../../graphql';
import {
  addressFilters,
  calendarDateOrNull,
  codeListParam,
  dateParam,
  idParam,
  integerParam,
  textParam,
  yesNoParam,
} from '../../shared/address-filters';
import { textOrNull } from '../../shared/address-text';

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

const isHonorLevel = (code: string): code is HonorLevel =>
  (honorLevels as readonly string[]).includes(code);

/** The award list's filters in the address, in this order. */
export const awardFilters = addressFilters<AwardListFilters>({
  organizationId: idParam('org'),
  levels: codeListParam('level', isHonorLevel),
  titleCode: textParam('title', 60, /^[A-Z0-9_]+$/),
  year: integerParam('year', 1950, 2100),
  publishedFrom: dateParam('from'),
  publishedTo: dateParam('to'),
  revoked: yesNoParam('revoked'),
  search: textParam('q', 100),
});

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
export function awardsPath(filters: AwardListFilters = awardFilters.none): string {
  const query = awardFilters.toSearch(filters).toString();
  return query === '' ? '/honors/awards' : `/honors/awards?${query}`;
}
