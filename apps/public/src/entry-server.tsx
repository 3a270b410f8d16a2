import type { ReactElement } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { serializeServerState, serverStateElementId } from './app/ssr-state';
import { createUrqlClient } from './app/urql-client';
import { HonorRollFirstPageQuery } from './features/honor/queries';
import { rollFirstPageVariables, rollPageMeta } from './features/honor/roll-page';
import { parseHonorRoute } from './features/honor/routes';
import { catalogues, type Locale, resolveLocale, translate } from './i18n/catalogue';
import { localeCookieName } from './i18n/i18n-context';

/*
 * The server render of the public site (docs/architecture.md, "How the honor roll page is
 * rendered"): the gateway calls `renderPage` for an address; for the honor roll it asks the API
 * for the roll's first page (the same query, variables and components as the browser), draws the
 * page with React, and returns the markup with the answers, which the browser hydrates from
 * without asking again. Every other address is drawn in the browser (null).
 */

export interface PageRequest {
  pathname: string;
  /** The query string, '' or starting with '?' (the roll's filters). */
  search: string;
  cookie?: string | null;
  acceptLanguage?: string | null;
  /** Answers the site's GraphQL requests: the gateway runs them in-process, as an anonymous visitor. */
  fetch: typeof fetch;
  /** Gives up (null: the browser draws the page) after this long. */
  timeoutMs?: number;
}

export interface RenderedPage {
  /** The markup inside `<div id="root">`. */
  html: string;
  /** The `<script type="application/json">` element with the `ServerRenderedState`. */
  stateScript: string;
  locale: Locale;
  title: string;
  description: string;
  /** The source modules whose built chunks the page runs at once (the gateway preloads them). */
  modules: string[];
}

/** The language of a server render: the reader's choice (cookie), else the browser's languages. */
export function serverLocale(
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  const stored =
    (cookie ?? '')
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${localeCookieName}=`))
      ?.slice(localeCookieName.length + 1) ?? null;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter((tag) => tag !== '' && tag !== '*');
  return resolveLocale(stored, preferred);
}

/** True for the addresses `renderPage` draws (the gateway asks before rendering). */
export function isServerRendered(pathname: string): boolean {
  return parseHonorRoute(pathname)?.name === 'roll';
}

export async function renderPage(request: PageRequest): Promise<RenderedPage | null> {
  if (!isServerRendered(request.pathname)) return null;
  const locale = serverLocale(request.cookie, request.acceptLanguage);
  const { client, extractData } = createUrqlClient({
    url: 'http://gateway.internal/graphql',
    ssr: { mode: 'server' },
    fetch: request.fetch,
  });
  const first = await client
    .query(HonorRollFirstPageQuery, rollFirstPageVariables(request.search))
    .toPromise();
  // The API could not be asked (e.g. this visitor's rate limit): the browser will try itself.
  if (!first.data) return null;
  const html = await renderToHtml(
    <App
      client={client}
      serverLocale={locale}
      location={{ pathname: request.pathname, search: request.search }}
    />,
    request.timeoutMs ?? 5_000,
  );
  const meta = rollPageMeta((key, params) => translate(catalogues[locale], key, params));
  return {
    html,
    stateScript: `<script type="application/json" id="${serverStateElementId}">${serializeServerState({ locale, data: extractData() })}</script>`,
    locale,
    title: meta.title,
    description: meta.description,
    modules: ['src/features/honor/honor-pages.tsx'],
  };
}

/**
 * Renders once everything (the lazy honor pages included) is ready, as one string. An error in
 * any part gives the whole page to the browser (the caller falls back to index.html).
 */
async function renderToHtml(element: ReactElement, timeoutMs: number): Promise<string> {
  let failure: unknown = null;
  const { prelude } = await prerender(element, {
    signal: AbortSignal.timeout(timeoutMs),
    onError(error) {
      failure ??= error;
    },
  });
  const html = await new Response(prelude).text();
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return html;
}
