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

/** What a Relay connection of a list page carries. */
export interface ListConnection<Row> {
  readonly edges: readonly { readonly node: Row }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
  readonly totalCount: number;
}

/** The rows on screen: the last page the API answered, with the pages it answered for. */
export interface ShownList<Row> {
  readonly connection: ListConnection<Row>;
  readonly pages: CursorPages;
}

/**
 * The list to show after an answer: a new connection replaces the shown one; while the next
 * page loads (or when the API refused, or the transport failed) the rows shown so far stay.
 */
export function shownListAfter<Row>(
  shown: ShownList<Row> | null,
  answered: ListConnection<Row> | null | undefined,
  pages: CursorPages,
): ShownList<Row> | null {
  return answered ? { connection: answered, pages } : shown;
}

/** The rows, page and total of what is shown, or an empty page 1 before the first answer. */
export function shownRows<Row>(shown: ShownList<Row> | null, pages: CursorPages) {
  const shownPages = shown?.pages ?? pages;
  return {
    rows: shown?.connection.edges.map((edge) => edge.node) ?? [],
    shownPages,
    total: shown?.connection.totalCount ?? 0,
    hasNextPage: Boolean(shown?.connection.pageInfo.hasNextPage),
    pageInfo: shown?.connection.pageInfo ?? null,
  };
}
