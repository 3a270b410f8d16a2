import { describe, expect, it } from 'vitest';
import {
  type ResultListFilters,
  resultFilterInput,
  resultFilters,
  type StudioListFilters,
  studioFilterInput,
  studioFilters,
} from './innovation-filters';

describe('studio list filters in the URL', () => {
  const full: StudioListFilters = {
    organizationId: 'T3JnYW5pemF0aW9uOjE',
    level: 'CITY',
    stars: 4,
    status: 'ACTIVE',
    foundedFrom: '2025-01-01',
    foundedTo: '2025-12-31',
    search: '海尔',
  };

  it('round-trip through a query string', () => {
    const params = studioFilters.toSearch(full);
    expect(params.toString()).toBe(
      'org=T3JnYW5pemF0aW9uOjE&status=ACTIVE&level=CITY&stars=4&foundedFrom=2025-01-01' +
        '&foundedTo=2025-12-31&q=%E6%B5%B7%E5%B0%94',
    );
    expect(studioFilters.fromSearch(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('list de-listed studios too for status=ALL (the founding figure’s link)', () => {
    const filters = studioFilters.fromSearch(
      new URLSearchParams('org=abc&status=ALL&foundedFrom=2024-01-01&foundedTo=2024-12-31'),
    );
    expect(studioFilterInput(filters)).toEqual({
      organizationId: 'abc',
      level: null,
      stars: null,
      status: null,
      includeDelisted: true,
      foundedFrom: '2024-01-01',
      foundedTo: '2024-12-31',
      search: null,
    });
    expect(studioFilterInput({ ...filters, status: 'SUSPENDED' })).toMatchObject({
      status: 'SUSPENDED',
      includeDelisted: null,
    });
  });

  it('leave out unknown levels and statuses, stars outside 1–5 and bad dates', () => {
    expect(
      studioFilters.fromSearch(
        new URLSearchParams('level=GALACTIC&status=GONE&stars=6&foundedFrom=2024-02-30'),
      ),
    ).toEqual(studioFilters.none);
    expect(studioFilters.fromSearch(new URLSearchParams('stars=0')).stars).toBeNull();
  });
});

describe('result board filters in the URL', () => {
  const full: ResultListFilters = {
    organizationId: 'abc',
    type: 'INVENTION_PATENT',
    yearFrom: 2020,
    yearTo: 2025,
  };

  it('round-trip through a query string and go to the API as they are', () => {
    const params = resultFilters.toSearch(full);
    expect(params.toString()).toBe('org=abc&type=INVENTION_PATENT&yearFrom=2020&yearTo=2025');
    expect(resultFilters.fromSearch(new URLSearchParams(params.toString()))).toEqual(full);
    expect(resultFilterInput(full)).toEqual(full);
  });

  it('leave out unknown types and years outside 1950–2100', () => {
    expect(
      resultFilters.fromSearch(new URLSearchParams('type=SPACESHIP&yearFrom=1800&yearTo=20x5')),
    ).toEqual(resultFilters.none);
  });
});
