import { describe, expect, it } from 'vitest';
import { firstPageOnly, remaining, withNextPage } from './load-more';
import { pathLabel, searchTerm } from './search-term';

describe('load more', () => {
  it('adds the end cursor of the last page', () => {
    const two = withNextPage(firstPageOnly, { hasNextPage: true, endCursor: 'c10' });
    expect(two).toEqual([null, 'c10']);
    expect(withNextPage(two, { hasNextPage: true, endCursor: 'c20' })).toEqual([
      null,
      'c10',
      'c20',
    ]);
  });

  it('ignores a tap when there is nothing more, or the same page twice', () => {
    expect(withNextPage(firstPageOnly, { hasNextPage: false, endCursor: 'c10' })).toBe(
      firstPageOnly,
    );
    expect(withNextPage(firstPageOnly, { hasNextPage: true, endCursor: null })).toBe(firstPageOnly);
    const two = withNextPage(firstPageOnly, { hasNextPage: true, endCursor: 'c10' });
    expect(withNextPage(two, { hasNextPage: true, endCursor: 'c10' })).toBe(two);
  });

  it('counts what is left', () => {
    expect(remaining(14, 10)).toBe(4);
    expect(remaining(14, 20)).toBe(0);
  });
});

describe('search', () => {
  it('sends trimmed text only', () => {
    expect(searchTerm(' 青岛 ')).toBe('青岛');
    expect(searchTerm('')).toBeNull();
    expect(searchTerm('x'.repeat(101))).toHaveLength(100);
  });

  it('labels a result with its path', () => {
    expect(pathLabel([{ name: '山东省总工会' }, { name: '青岛市总工会' }])).toBe(
      '山东省总工会 › 青岛市总工会',
    );
  });
});
