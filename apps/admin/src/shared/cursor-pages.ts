/**
 * Relay cursor pagination for a table with 上一页/下一页: the `after` cursor of every page
 * visited so far. Going forward pushes the page's end cursor; going back pops it, so a previous
 * page is fetched with the same `first/after` it was fetched with the first time.
 */
export interface CursorPages {
  /** `afters[i]` is the `after` variable of page i + 1; the last one is the current page. */
  readonly afters: readonly (string | null)[];
}

export const firstPage: CursorPages = { afters: [null] };

export function currentAfter(pages: CursorPages): string | null {
  return pages.afters[pages.afters.length - 1] ?? null;
}

/** 1-based number of the current page. */
export function pageNumber(pages: CursorPages): number {
  return pages.afters.length;
}

export function canGoBack(pages: CursorPages): boolean {
  return pages.afters.length > 1;
}

/** The next page, or the same state when the connection says there is none. */
export function nextPage(
  pages: CursorPages,
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | null | undefined,
): CursorPages {
  if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return pages;
  return { afters: [...pages.afters, pageInfo.endCursor] };
}

export function previousPage(pages: CursorPages): CursorPages {
  return canGoBack(pages) ? { afters: pages.afters.slice(0, -1) } : pages;
}

/** The 1-based positions of the rows shown, e.g. 11–14; 0–0 for an empty page. */
export function shownRange(
  pages: CursorPages,
  pageSize: number,
  rowsOnPage: number,
): { from: number; to: number } {
  if (rowsOnPage <= 0) return { from: 0, to: 0 };
  const from = (pageNumber(pages) - 1) * pageSize + 1;
  return { from, to: from + rowsOnPage - 1 };
}
