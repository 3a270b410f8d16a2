import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  useContext,
  useSyncExternalStore,
} from 'react';

/*
 * A tiny path router instead of react-router: the public site has a handful of URL shapes
 * (/, /organizations/:id, and the honor pages under /honors, /notices, /verify), is mobile first and should stay light. It keeps the path in the
 * real URL (history.pushState), so links can be shared, opened in a new tab and reloaded
 * (the gateway answers every unknown path with index.html).
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * The address a server render draws (entry-server.tsx): on the server there is no `window`. In
 * the browser it is absent, and the server snapshot React asks for while hydrating is the
 * browser's own address, which is the one the server rendered.
 */
export interface ServerLocation {
  pathname: string;
  search: string;
}

export const ServerLocationContext = createContext<ServerLocation | null>(null);

export function usePathname(): string {
  const server = useContext(ServerLocationContext);
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => server?.pathname ?? window.location.pathname,
  );
}

/** The query string ('?level=CITY&year=2025', or ''): the honor roll keeps its filters there. */
export function useSearchString(): string {
  const server = useContext(ServerLocationContext);
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => server?.search ?? window.location.search,
  );
}

/**
 * Goes to a path (with an optional query string). `replace` rewrites the current history entry
 * (a filter change); `keepScroll` stays where the reader is instead of going back to the top.
 */
export function navigate(
  path: string,
  options: { replace?: boolean; keepScroll?: boolean } = {},
): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
  if (!options.keepScroll) window.scrollTo({ top: 0 });
}

/** A plain click on a link navigates in place; a modified click keeps the browser's meaning. */
function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      href={href}
      {...rest}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event)) return;
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}
