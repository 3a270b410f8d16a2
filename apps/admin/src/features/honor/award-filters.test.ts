import { describe, expect, it } from 'vitest';
import { type AwardListFilters, awardFilterInput, awardFilters, awardsPath } from './award-filters';

const full: AwardListFilters = {
  organizationId: 'T3JnYW5pemF0aW9uOjE',
  levels: ['PROVINCIAL', 'CITY'],
  titleCode: 'PROVINCIAL_MODEL_WORKER',
  year: 2024,
  publishedFrom: '2024-01-01',
  publishedTo: '2024-12-31',
  revoked: 'no',
  search: '王',
};

describe('award list filters in the URL', () => {
  it('round-trip through a query string', () => {
    const params = awardFilters.toSearch(full);
    expect(params.toString()).toBe(
      'org=T3JnYW5pemF0aW9uOjE&level=PROVINCIAL%2CCITY&title=PROVINCIAL_MODEL_WORKER&year=2024' +
        '&from=2024-01-01&to=2024-12-31&revoked=no&q=%E7%8E%8B',
    );
    expect(awardFilters.fromSearch(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('read the links the annual report gives', () => {
    const filters = awardFilters.fromSearch(
      new URLSearchParams('org=abc&from=2025-01-01&to=2025-12-31&revoked=no&level=NATIONAL'),
    );
    expect(filters).toEqual({
      ...awardFilters.none,
      organizationId: 'abc',
      levels: ['NATIONAL'],
      publishedFrom: '2025-01-01',
      publishedTo: '2025-12-31',
      revoked: 'no',
    });
  });

  it('drop unknown levels, repeats, bad years, dates, titles and revoked values', () => {
    const filters = awardFilters.fromSearch(
      new URLSearchParams(
        'level=CITY,city,MOON,CITY&year=1800&from=2024-02-30&to=x&revoked=maybe&title=a b&q=%20',
      ),
    );
    expect(filters).toEqual({ ...awardFilters.none, levels: ['CITY'] });
    expect(awardsPath(awardFilters.none)).toBe('/honors/awards');
    expect(awardsPath({ ...awardFilters.none, year: 2024 })).toBe('/honors/awards?year=2024');
  });

  it('map onto the API input, null for every filter left empty', () => {
    expect(awardFilterInput(full)).toEqual({
      organizationId: 'T3JnYW5pemF0aW9uOjE',
      level: ['PROVINCIAL', 'CITY'],
      titleCode: 'PROVINCIAL_MODEL_WORKER',
      year: 2024,
      publishedFrom: '2024-01-01',
      publishedTo: '2024-12-31',
      revoked: false,
      search: '王',
    });
    expect(awardFilterInput(awardFilters.none)).toEqual({
      organizationId: null,
      level: null,
      titleCode: null,
      year: null,
      publishedFrom: null,
      publishedTo: null,
      revoked: null,
      search: null,
    });
  });
});
