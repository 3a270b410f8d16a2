import { describe, expect, it } from 'vitest';
import { parseInnovationRoute, studioPagePath } from './routes';

describe('innovation routes', () => {
  it.each([
    ['/studios', { name: 'studios' }],
    ['/studios/', { name: 'studios' }],
    ['/innovation-results', { name: 'results' }],
    ['/studios/abc%3D', { name: 'studio', id: 'abc=' }],
    ['/studios/%E0%A4%A', null],
    ['/honors', null],
    ['/studios/a/b', null],
  ])('%s', (path, route) => {
    expect(parseInnovationRoute(path)).toEqual(route);
  });

  it('round-trips a studio id', () => {
    expect(parseInnovationRoute(studioPagePath('U3R1ZGlvOjE='))).toEqual({
      name: 'studio',
      id: 'U3R1ZGlvOjE=',
    });
  });
});
