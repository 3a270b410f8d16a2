import { describe, expect, it } from 'vitest';
import {
  type CompetitionListFilters,
  competitionFilterInput,
  competitionFilters,
} from './competition-filters';

const full: CompetitionListFilters = {
  organizationId: 'T3JnYW5pemF0aW9uOjE',
  kind: 'SKILLS',
  startsFrom: '2025-01-01',
  startsTo: '2025-12-31',
};

describe('competition list filters in the URL', () => {
  it('round-trip through a query string', () => {
    const params = competitionFilters.toSearch(full);
    expect(params.toString()).toBe(
      'org=T3JnYW5pemF0aW9uOjE&kind=SKILLS&from=2025-01-01&to=2025-12-31',
    );
    expect(competitionFilters.fromSearch(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('read the link a report figure gives, and send it to the API', () => {
    const filters = competitionFilters.fromSearch(
      new URLSearchParams('org=abc&kind=LABOUR_PROJECT&from=2024-01-01&to=2024-12-31'),
    );
    expect(competitionFilterInput(filters)).toEqual({
      organizationId: 'abc',
      kind: 'LABOUR_PROJECT',
      startsFrom: '2024-01-01',
      startsTo: '2024-12-31',
    });
  });

  it('leave out unknown kinds and malformed dates', () => {
    expect(
      competitionFilters.fromSearch(
        new URLSearchParams('kind=POKER&from=2024-02-30&to=2024-13-01&org='),
      ),
    ).toEqual(competitionFilters.none);
    expect(competitionFilters.toSearch(competitionFilters.none).toString()).toBe('');
  });
});
