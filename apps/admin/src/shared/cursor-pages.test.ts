import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  currentAfter,
  firstPage,
  nextPage,
  pageNumber,
  previousPage,
  shownRange,
} from './cursor-pages';

describe('cursor pages', () => {
  it('starts on page 1 with no cursor', () => {
    expect(currentAfter(firstPage)).toBeNull();
    expect(pageNumber(firstPage)).toBe(1);
    expect(canGoBack(firstPage)).toBe(false);
  });

  it('goes forward with the end cursor and back to the cursor it came from', () => {
    const second = nextPage(firstPage, { hasNextPage: true, endCursor: 'c10' });
    const third = nextPage(second, { hasNextPage: true, endCursor: 'c20' });
    expect(currentAfter(third)).toBe('c20');
    expect(pageNumber(third)).toBe(3);
    const backToSecond = previousPage(third);
    expect(currentAfter(backToSecond)).toBe('c10');
    expect(currentAfter(previousPage(backToSecond))).toBeNull();
  });

  it('stays put when there is no next page or no cursor', () => {
    expect(nextPage(firstPage, { hasNextPage: false, endCursor: 'c10' })).toBe(firstPage);
    expect(nextPage(firstPage, { hasNextPage: true, endCursor: null })).toBe(firstPage);
    expect(nextPage(firstPage, undefined)).toBe(firstPage);
    expect(previousPage(firstPage)).toBe(firstPage);
  });

  it('numbers the rows shown', () => {
    expect(shownRange(firstPage, 10, 10)).toEqual({ from: 1, to: 10 });
    const second = nextPage(firstPage, { hasNextPage: true, endCursor: 'c10' });
    expect(shownRange(second, 10, 4)).toEqual({ from: 11, to: 14 });
    expect(shownRange(second, 10, 0)).toEqual({ from: 0, to: 0 });
  });
});
