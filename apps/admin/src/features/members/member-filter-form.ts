import dayjs, { type Dayjs } from 'dayjs';
import type { MemberStatus, NewEmploymentGroup, Sex } from '../../graphql';
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
  joined?: [Dayjs | null, Dayjs | null] | null;
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
    joined:
      filters.joinedFrom || filters.joinedTo
        ? [
            filters.joinedFrom ? dayjs(filters.joinedFrom) : null,
            filters.joinedTo ? dayjs(filters.joinedTo) : null,
          ]
        : null,
    organizationId: filters.organizationId,
  };
}

export function filtersOf(values: FilterValues): MemberListFilters {
  return {
    search: values.search?.trim() || null,
    statuses: values.statuses ?? [],
    groups: values.groups ?? [],
    migrant: values.migrant === 'any' ? null : values.migrant,
    sex: values.sex === 'any' ? null : values.sex,
    employer: values.employer?.trim() || null,
    joinedFrom: values.joined?.[0]?.format('YYYY-MM-DD') ?? null,
    joinedTo: values.joined?.[1]?.format('YYYY-MM-DD') ?? null,
    organizationId: values.organizationId ?? null,
  };
}
