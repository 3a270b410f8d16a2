import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { publicHonorReadsGeneration } from '../honor/public-read-cache.js';
import { logger } from '../logger.js';

/*
 * Server rendering of the public site's honor roll (issue 10, LCP; docs/architecture.md "How
 * the honor roll page is rendered"). The public app's build writes a server entry
 * (apps/public/src/entry-server.tsx → dist-ssr/entry-server.js) that draws the roll with the
 * same React components as the browser. For its addresses this module asks it for the page,
 * answering its GraphQL requests in-process as an ANONYMOUS visitor (no cookie is passed on, so
 * the markup holds only what the public API shows anyone), and writes the markup, the API's
 * answers and the page's title into the built index.html. Any other address, a missing build,
 * or a render that fails falls through to the static index.html (the browser draws the page).
 *
 * Rendered pages are kept in memory per language and address, like the public honor read
 * cache and dropped with it: a publication, revocation or consent change (which call
 * `invalidatePublicHonorReads()`) makes every kept page stale, and a page rendered across such a
 * change is not kept.
 */

/** What `renderPage` of dist-ssr/entry-server.js returns (apps/public/src/entry-server.tsx). */
export interface RenderedPage {
  html: string;
  stateScript: string;
  locale: string;
  title: string;
  description: string;
  modules: string[];
}

interface ServerEntry {
  isServerRendered(pathname: string): boolean;
  serverLocale(
    cookie: string | null | undefined,
    acceptLanguage: string | null | undefined,
  ): string;
  renderPage(request: {
    pathname: string;
    search: string;
    cookie?: string | null;
    acceptLanguage?: string | null;
    fetch: typeof fetch;
  }): Promise<RenderedPage | null>;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

interface Loaded {
  /** index.html, its stylesheets written inline (the page's first paint waits for no file). */
  template: string;
  manifest: Record<string, ManifestChunk>;
  entry: ServerEntry;
}

interface KeptPage {
  body: Buffer;
  gzipped: Buffer;
  generation: number;
  expiresAt: number;
}

export interface PublicPageRendererOptions {
  /** The public site's build (index.html, .vite/manifest.json). */
  publicDist: string;
  /** Defaults to dist-ssr/entry-server.js beside `publicDist`. */
  serverEntry?: string;
  /**
   * Answers a GraphQL request of the render in-process, on behalf of the visitor's request
   * (their address counts for the rate limit, as the request their browser would have sent).
   */
  graphql: (request: Request, visitor: IncomingMessage) => Promise<Response> | Response;
  /** Keep rendered pages (on where the public honor read cache is on). */
  keepPages: boolean;
  /** A kept page is drawn again after this long (other processes' invalidations are not seen). */
  ttlMs?: number;
  /**
   * Until this long past `ttlMs`, a kept page of the current generation is still sent while it
   * is drawn again in the background (the next visitor gets the new one).
   */
  maxStaleMs?: number;
  maxPages?: number;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** The files a page's modules load at once (their chunk, its static imports, their CSS). */
export function preloadsOf(
  manifest: Record<string, ManifestChunk>,
  modules: readonly string[],
): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || key === 'index.html') return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    scripts.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) styles.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * index.html with the rendered page in it: the language, title and description (the site's own
 * description kept in `data-site-content`, which the honor pages restore on leaving), the
 * page's chunks preloaded, the markup in #root and the API's answers after it. Throws when the
 * template has changed shape, so the caller serves it unchanged instead.
 */
export function pageHtml(
  template: string,
  page: RenderedPage,
  manifest: Record<string, ManifestChunk>,
): string {
  const replace = (
    html: string,
    pattern: RegExp,
    replacement: (match: RegExpExecArray) => string,
  ) => {
    const match = pattern.exec(html);
    if (!match) throw new Error(`index.html has no ${pattern.source}`);
    return (
      html.slice(0, match.index) + replacement(match) + html.slice(match.index + match[0].length)
    );
  };
  const { scripts, styles } = preloadsOf(manifest, page.modules);
  const links = [
    ...styles
      .filter((href) => !template.includes(`"${href}"`))
      .map((href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`),
    ...scripts
      .filter((href) => !template.includes(`"${href}"`))
      .map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`),
  ].join('');
  let html = replace(
    template,
    /<html lang="[^"]*">/,
    () => `<html lang="${escapeHtml(page.locale)}">`,
  );
  html = replace(html, /<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`);
  html = replace(
    html,
    /<meta name="description" content="([^"]*)"\s*\/?>/,
    (match) =>
      `<meta name="description" content="${escapeHtml(page.description)}" data-site-content="${match[1] ?? ''}" />`,
  );
  html = replace(html, /<\/head>/, () => `${links}</head>`);
  html = replace(
    html,
    /<div id="root"><\/div>/,
    () => `<div id="root">${page.html}</div>${page.stateScript}`,
  );
  return html;
}

/**
 * The template's own stylesheets (/assets/index-….css, a few kB compressed) written into a
 * `<style>` element: a server-rendered page then paints as soon as its HTML has arrived, with
 * no second round trip before it. A sheet that cannot be read, or could close the element,
 * stays a link.
 */
export function inlineStylesheets(template: string, publicDist: string): string {
  return template.replace(
    /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/g,
    (link, file: string) => {
      const path = join(publicDist, file);
      if (file.includes('..') || !existsSync(path)) return link;
      const css = readFileSync(path, 'utf8');
      return /<\/style/i.test(css) ? link : `<style>${css}</style>`;
    },
  );
}

export function createPublicPageRenderer(options: PublicPageRendererOptions) {
  const serverEntry =
    options.serverEntry ?? join(dirname(options.publicDist), 'dist-ssr', 'entry-server.js');
  const ttlMs = options.ttlMs ?? 30_000;
  const maxStaleMs = options.maxStaleMs ?? 5 * 60_000;
  const refreshing = new Set<string>();
  const maxPages = options.maxPages ?? 500;
  const kept = new Map<string, KeptPage>();
  let loading: Promise<Loaded | null> | null = null;

  const load = () => {
    loading ??= (async () => {
      const templateFile = join(options.publicDist, 'index.html');
      const manifestFile = join(options.publicDist, '.vite', 'manifest.json');
      if (!existsSync(templateFile) || !existsSync(serverEntry)) return null;
      try {
        const entry = (await import(pathToFileURL(serverEntry).href)) as ServerEntry;
        return {
          template: inlineStylesheets(readFileSync(templateFile, 'utf8'), options.publicDist),
          manifest: existsSync(manifestFile)
            ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>)
            : {},
          entry,
        };
      } catch (error) {
        logger.error({ err: error, serverEntry }, 'the public site server render could not load');
        return null;
      }
    })();
    return loading;
  };

  const send = (request: IncomingMessage, response: ServerResponse, page: KeptPage) => {
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzipped : page.body;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'Accept-Language, Cookie, Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const render = async (
    loaded: Loaded,
    request: IncomingMessage,
    pathname: string,
    search: string,
  ): Promise<KeptPage | null> => {
    const generation = publicHonorReadsGeneration();
    const page = await loaded.entry.renderPage({
      pathname,
      search,
      cookie: request.headers.cookie ?? null,
      acceptLanguage: request.headers['accept-language'] ?? null,
      fetch: async (input, init) => {
        // Anonymous on purpose: only the visitor's address goes along, never their cookies.
        const headers = new Headers(init?.headers);
        headers.delete('cookie');
        headers.delete('authorization');
        headers.delete('x-api-key');
        const forwarded = request.headers['x-forwarded-for'];
        if (forwarded) headers.set('x-forwarded-for', String(forwarded));
        const url = new URL('/graphql', 'http://localhost');
        const target = input instanceof Request ? input.url : String(input);
        url.search = new URL(target, 'http://localhost').search;
        return options.graphql(new Request(url, { ...init, headers }), request);
      },
    });
    if (!page) return null;
    const body = Buffer.from(pageHtml(loaded.template, page, loaded.manifest));
    return {
      body,
      gzipped: gzipSync(body),
      generation,
      expiresAt: Date.now() + ttlMs,
    };
  };

  return {
    /**
     * Answers a GET or HEAD for a server-rendered address; anything else (and any failure) goes
     * to `fallback`, the static site.
     */
    async serve(
      request: IncomingMessage,
      response: ServerResponse,
      fallback: () => void,
    ): Promise<void> {
      try {
        await serveOrFallBack(request, response, fallback);
      } catch (error) {
        logger.error({ err: error }, 'server-rendered page failed');
        if (!response.headersSent) fallback();
        else response.destroy();
      }
    },
  };

  async function serveOrFallBack(
    request: IncomingMessage,
    response: ServerResponse,
    fallback: () => void,
  ): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return fallback();
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt);
    // Files (/assets/…) never are pages: no need to wait for the server entry.
    if (pathname.includes('.')) return fallback();
    const loaded = await load();
    if (!loaded?.entry.isServerRendered(pathname)) return fallback();
    const key =
      options.keepPages && url.length <= 512
        ? `${loaded.entry.serverLocale(request.headers.cookie, request.headers['accept-language'])}\u0000${url}`
        : null;
    const hit = key ? kept.get(key) : undefined;
    const now = Date.now();
    if (key && hit && hit.generation === publicHonorReadsGeneration()) {
      if (hit.expiresAt > now) {
        send(request, response, hit);
        return;
      }
      if (hit.expiresAt + maxStaleMs > now) {
        send(request, response, hit);
        if (!refreshing.has(key)) {
          refreshing.add(key);
          render(loaded, request, pathname, search)
            .then((page) => {
              if (page && page.generation === publicHonorReadsGeneration()) kept.set(key, page);
            })
            .catch((error: unknown) =>
              logger.warn({ err: error, path: pathname }, 'server render refresh failed'),
            )
            .finally(() => refreshing.delete(key));
        }
        return;
      }
    }
    if (key && hit) kept.delete(key);
    let page: KeptPage | null;
    try {
      page = await render(loaded, request, pathname, search);
    } catch (error) {
      logger.warn({ err: error, path: pathname }, 'server render failed; serving index.html');
      page = null;
    }
    if (!page) return fallback();
    if (key && page.generation === publicHonorReadsGeneration()) {
      if (kept.size >= maxPages) {
        const oldest = kept.keys().next().value;
        if (oldest !== undefined) kept.delete(oldest);
      }
      kept.set(key, page);
    }
    send(request, response, page);
  }
}
