import { describe, expect, it } from 'vitest';
import { competitionPath, parseCompetitionRoute } from './routes';

describe('competition routes', () => {
  it('parses the list and a results page, and nothing else', () => {
    expect(parseCompetitionRoute('/competitions')).toEqual({ kind: 'list' });
    expect(parseCompetitionRoute('/competitions/')).toEqual({ kind: 'list' });
    expect(parseCompetitionRoute(competitionPath('Q29tcGV0aXRpb24=:x'))).toEqual({
      kind: 'detail',
      id: 'Q29tcGV0aXRpb24=:x',
    });
    expect(parseCompetitionRoute('/competitions/a/b')).toBeNull();
    expect(parseCompetitionRoute('/honors')).toBeNull();
    expect(parseCompetitionRoute('/competitions/%E0%A4%A')).toBeNull();
  });
});
