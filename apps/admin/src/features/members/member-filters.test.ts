import { describe, expect, it } from 'vitest';
import {
  isUnfiltered,
  type MemberListFilters,
  memberFilterInput,
  memberFilters,
} from './member-filters';

const full: MemberListFilters = {
  search: '王',
  statuses: ['ACTIVE', 'LAPSED'],
  groups: ['COURIER', 'TRUCK_DRIVER'],
  migrant: 'yes',
  sex: 'FEMALE',
  employer: '顺丰 速运',
  joinedFrom: '2020-01-01',
  joinedTo: '2024-12-31',
  organizationId: 'T3JnYW5pemF0aW9uOjE',
};

describe('member list filters in the URL', () => {
  it('round-trip through a query string', () => {
    const params = memberFilters.toSearch(full);
    expect(params.toString()).toBe(
      'q=%E7%8E%8B&status=ACTIVE%2CLAPSED&group=COURIER%2CTRUCK_DRIVER&migrant=yes&sex=FEMALE' +
        '&employer=%E9%A1%BA%E4%B8%B0+%E9%80%9F%E8%BF%90&from=2020-01-01&to=2024-12-31' +
        '&org=T3JnYW5pemF0aW9uOjE',
    );
    expect(memberFilters.fromSearch(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('leave out empty filters', () => {
    expect(memberFilters.toSearch(memberFilters.none).toString()).toBe('');
    expect(isUnfiltered(memberFilters.none)).toBe(true);
    expect(isUnfiltered({ ...memberFilters.none, search: '   ' })).toBe(true);
    expect(isUnfiltered({ ...memberFilters.none, migrant: 'no' })).toBe(false);
    expect(isUnfiltered({ ...memberFilters.none, sex: 'MALE' })).toBe(false);
    expect(memberFilters.fromSearch(new URLSearchParams(''))).toEqual(memberFilters.none);
  });

  it('drop unknown codes, repeats, malformed dates and a bad migrant or sex value', () => {
    const filters = memberFilters.fromSearch(
      new URLSearchParams(
        'status=ACTIVE,BOGUS,,ACTIVE,EXPELLED&group=courier,COURIER&migrant=maybe&sex=female' +
          '&from=2024-02-30&to=2024-13-01&q=%20%20',
      ),
    );
    expect(filters.statuses).toEqual(['ACTIVE', 'EXPELLED']);
    expect(filters.groups).toEqual(['COURIER']);
    expect(filters.migrant).toBeNull();
    expect(filters.sex).toBeNull();
    expect(filters.joinedFrom).toBeNull();
    expect(filters.joinedTo).toBeNull();
    expect(filters.search).toBeNull();
  });

  it('trim free text, replace control characters and cut it at 100 characters', () => {
    const long = '𠀀'.repeat(150);
    const filters = memberFilters.fromSearch(
      new URLSearchParams({ q: ` 张\u0000三 `, employer: long }),
    );
    expect(filters.search).toBe('张 三');
    expect(Array.from(filters.employer ?? '')).toHaveLength(100);
  });

  it('never carry an ID number', () => {
    const params = memberFilters.toSearch(full);
    expect([...params.keys()]).not.toContain('idNumber');
    expect(memberFilters.fromSearch(new URLSearchParams('idNumber=370202198001011234'))).toEqual(
      memberFilters.none,
    );
  });
});

describe('memberFilterInput', () => {
  it('maps the filters onto the API input, with the ID number from the page state', () => {
    expect(memberFilterInput(full, ' 37020219800101123x ')).toEqual({
      search: '王',
      idNumber: '37020219800101123X',
      status: ['ACTIVE', 'LAPSED'],
      employmentGroup: ['COURIER', 'TRUCK_DRIVER'],
      isMigrant: true,
      sex: 'FEMALE',
      employerName: '顺丰 速运',
      joinedFrom: '2020-01-01',
      joinedTo: '2024-12-31',
      organizationId: 'T3JnYW5pemF0aW9uOjE',
    });
  });

  it('sends null for every filter left empty', () => {
    expect(memberFilterInput({ ...memberFilters.none, migrant: 'no' }, '  ')).toEqual({
      search: null,
      idNumber: null,
      status: null,
      employmentGroup: null,
      isMigrant: false,
      sex: null,
      employerName: null,
      joinedFrom: null,
      joinedTo: null,
      organizationId: null,
    });
  });
});
