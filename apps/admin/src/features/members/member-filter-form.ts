import type { MemberStatus, NewEmploymentGroup, Sex } from '../../graphql';
import { type DateRangeValue, dateRangeValue, datesOfRange } from '../../shared/date-range';
import type { MemberListFilters } from './member-filters';

/**
 * The 会员管理 filter bar's form values and the list filters (URL) they stand for. The ID number
 * is a form value but not a list filter: it never goes into the URL.
 */
export interface FilterValues {
  search?: string;
  idNumber?: string;
  statuses?: MemberStatus[];
  groups?: NewEmploymentGroup[];
  migrant: 'any' | 'yes' | 'no';
  sex: 'any' | Sex;
  employer?: string;
  joined?: DateRangeValue;
  organizationId?: string | null;
}

export function formValuesOf(filters: MemberListFilters, idNumber: string): FilterValues {
  return {
    search: filters.search ?? '',
    idNumber,
    statuses: [...filters.statuses],
    groups: [...filters.groups],
    migrant: filters.migrant ?? 'any',
    sex: filters.sex ?? 'any',
    employer: filters.employer ?? '',
    joined: dateRangeValue(filters.joinedFrom, filters.joinedTo),
    organizationId: filters.organizationId,
  };
}

export function filtersOf(values: FilterValues): MemberListFilters {
  const joined = datesOfRange(values.joined);
  return {
    search: values.search?.trim() || null,
    statuses: values.statuses ?? [],
    groups: values.groups ?? [],
    migrant: values.migrant === 'any' ? null : values.migrant,
    sex: values.sex === 'any' ? null : values.sex,
    employer: values.employer?.trim() || null,
    joinedFrom: joined.from,
    joinedTo: joined.to,
    organizationId: values.organizationId ?? null,
  };
}
