import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  currentAfter,
  firstPage,
  nextPage,
  pageNumber,
  previousPage,
  shownListAfter,
  shownRange,
  shownRows,
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

describe('the rows shown', () => {
  const page1 = {
    edges: [{ node: { id: 'a' } }, { node: { id: 'b' } }],
    pageInfo: { hasNextPage: true, endCursor: 'b' },
    totalCount: 3,
  };
  const page2 = {
    edges: [{ node: { id: 'c' } }],
    pageInfo: { hasNextPage: false, endCursor: 'c' },
    totalCount: 3,
  };

  it('are an empty page 1 before the first answer', () => {
    expect(shownListAfter(null, undefined, firstPage)).toBeNull();
    expect(shownRows(null, firstPage)).toEqual({
      rows: [],
      shownPages: firstPage,
      total: 0,
      hasNextPage: false,
      pageInfo: null,
    });
  });

  it('stay on the answered page while the next one loads, then move to it', () => {
    const shown = shownListAfter(null, page1, firstPage);
    const second = nextPage(firstPage, page1.pageInfo);
    const loading = shownListAfter(shown, null, second);
    expect(loading).toBe(shown);
    expect(shownRows(loading, second)).toMatchObject({
      rows: [{ id: 'a' }, { id: 'b' }],
      shownPages: firstPage,
      total: 3,
      hasNextPage: true,
    });
    const answered = shownListAfter(loading, page2, second);
    expect(shownRows(answered, second)).toMatchObject({
      rows: [{ id: 'c' }],
      shownPages: second,
      total: 3,
      hasNextPage: false,
    });
  });
});
