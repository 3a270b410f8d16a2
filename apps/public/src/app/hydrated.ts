import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the server draws a page and while the browser hydrates that markup, true once
 * the page's script runs it (and always on a page the browser drew itself). A button that only
 * works through the script (加载更多, 清除筛选) stays disabled until then instead of ignoring a tap.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
