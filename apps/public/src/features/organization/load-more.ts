/**
 * 加载更多 with Relay cursors: the list is the pages fetched so far, each identified by its
 * `after` cursor (null for the first). Loading more adds the last page's end cursor.
 */
export type PageCursors = readonly (string | null)[];

export const firstPageOnly: PageCursors = [null];

export function withNextPage(
  pages: PageCursors,
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | null | undefined,
): PageCursors {
  if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return pages;
  if (pages.includes(pageInfo.endCursor)) return pages;
  return [...pages, pageInfo.endCursor];
}

/** How many are still to load, never negative. */
export function remaining(total: number, shown: number): number {
  return Math.max(0, total - shown);
}
