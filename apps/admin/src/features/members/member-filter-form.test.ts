import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { filtersOf, formValuesOf } from './member-filter-form';
import { type MemberListFilters, memberFilters } from './member-filters';

describe('member filter form', () => {
  it('round-trips the list filters through the form values', () => {
    const filters: MemberListFilters = {
      search: '王',
      statuses: ['LAPSED'],
      groups: ['CARER'],
      migrant: 'no',
      sex: 'FEMALE',
      employer: '海信',
      joinedFrom: '2021-02-01',
      joinedTo: null,
      organizationId: 'T3JnOjE',
    };
    const values = formValuesOf(filters, '370202198001011234');
    expect(values.idNumber).toBe('370202198001011234');
    expect(values.joined?.[0]?.format('YYYY-MM-DD')).toBe('2021-02-01');
    expect(values.joined?.[1]).toBeNull();
    expect(filtersOf(values)).toEqual(filters);
  });

  it('shows no filter as empty fields and "any"', () => {
    const values = formValuesOf(memberFilters.none, '');
    expect(values).toMatchObject({
      migrant: 'any',
      sex: 'any',
      joined: null,
      statuses: [],
      groups: [],
    });
    expect(filtersOf(values)).toEqual(memberFilters.none);
  });

  it('reads a chosen date range as calendar days', () => {
    const filters = filtersOf({
      migrant: 'yes',
      sex: 'any',
      joined: [dayjs('2020-01-01T00:00:00'), dayjs('2020-12-31T23:59:00')],
    });
    expect(filters).toMatchObject({
      migrant: 'yes',
      sex: null,
      joinedFrom: '2020-01-01',
      joinedTo: '2020-12-31',
    });
  });
});
