import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidatePublicHonorReads } from '../src/honor/public-read-cache.js';
import {
  createPublicPageRenderer,
  inlineStylesheets,
  pageHtml,
  preloadsOf,
} from '../src/public-site/server-render.js';

/*
 * The gateway's side of the server-rendered honor roll (src/public-site/server-render.ts), with
 * a small server entry of the same shape as the public app's (which apps/public tests, and the
 * e2e journey runs built): what goes into index.html, what the render may ask the API, and that
 * kept pages go when the public honor reads are invalidated.
 */

const template = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta name="description" content="工会组织：逐级浏览。" />
    <title>工会组织 · 工会平台</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc123.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const manifest = {
  'index.html': { file: 'assets/index-abc123.js' },
  'src/features/honor/honor-pages.tsx': {
    file: 'assets/honor-pages-def456.js',
    imports: ['index.html', '_regions-x.js'],
    css: ['assets/honor-pages-def456.css'],
  },
  '_regions-x.js': { file: 'assets/regions-x.js' },
};

// Draws the names the API answers; `null` (the browser draws the page) for a `?fail` address.
const entrySource = `
export const isServerRendered = (pathname) => pathname === '/honors';
export const serverLocale = (cookie) => (cookie ?? '').includes('locale=en') ? 'en' : 'zh-CN';
export async function renderPage({ pathname, search, cookie, fetch }) {
  if (search.includes('fail')) return null;
  const response = await fetch('http://gateway.internal/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookie ?? '' },
    body: JSON.stringify({ query: '{ honorRoll { names } }' }),
  });
  const { names } = await response.json();
  return {
    html: '<h1>劳模工匠风采</h1><ul>' + names.map((name) => '<li>' + name + '</li>').join('') + '</ul>',
    stateScript: '<script type="application/json" id="gonghui-ssr">{}</script>',
    locale: serverLocale(cookie),
    title: '劳模工匠风采 · 工会平台',
    description: '劳模 & 工匠',
    modules: ['src/features/honor/honor-pages.tsx'],
  };
}
`;

let folder: string;
let server: Server;
let base: string;
let names = ['周振华', '张雪梅'];
const asked: { cookie: string | null; address: string | undefined }[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'public-render-'));
  const dist = join(folder, 'dist');
  mkdirSync(join(dist, '.vite'), { recursive: true });
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(folder, 'dist-ssr'));
  writeFileSync(join(dist, 'index.html'), template);
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dist, 'assets', 'index-abc123.css'), 'body{color:#222}');
  writeFileSync(join(folder, 'dist-ssr', 'entry-server.js'), entrySource);
  const renderer = createPublicPageRenderer({
    publicDist: dist,
    graphql: (request: Request, visitor: IncomingMessage) => {
      asked.push({ cookie: request.headers.get('cookie'), address: visitor.socket.remoteAddress });
      return Response.json({ names });
    },
    keepPages: true,
  });
  server = createServer((request, response) => {
    void renderer.serve(request, response, () => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('static index.html');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(folder, { recursive: true, force: true });
});

describe('the server-rendered honor roll page', () => {
  it('serves the roll drawn into index.html, asking the API as an anonymous visitor', async () => {
    const response = await fetch(`${base}/honors?level=CITY`, {
      headers: { cookie: 'gonghui.session=staff-secret' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(
      '<div id="root"><h1>劳模工匠风采</h1><ul><li>周振华</li><li>张雪梅</li></ul></div>',
    );
    expect(html).toContain('<script type="application/json" id="gonghui-ssr">{}</script>');
    expect(html).toContain('<title>劳模工匠风采 · 工会平台</title>');
    expect(html).toContain(
      '<meta name="description" content="劳模 &amp; 工匠" data-site-content="工会组织：逐级浏览。" />',
    );
    // The page's own chunks preloaded, the entry's stylesheet inline, its script left alone.
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/honor-pages-def456.js">',
    );
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/regions-x.js">');
    expect(html).toContain(
      '<link rel="stylesheet" crossorigin href="/assets/honor-pages-def456.css">',
    );
    expect(html).toContain('<style>body{color:#222}</style>');
    expect(html).not.toContain('href="/assets/index-abc123.css"');
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc123.js">');
    // The visitor's session never reaches the render's API request; their address does.
    expect(asked.at(-1)).toEqual({ cookie: null, address: '127.0.0.1' });
  });

  it('keeps a page until the public honor reads are invalidated (publish, revoke, consent)', async () => {
    const count = asked.length;
    names = ['李春雷'];
    const kept = await (await fetch(`${base}/honors?level=CITY`)).text();
    expect(kept).toContain('<li>周振华</li>');
    expect(asked.length).toBe(count);
    invalidatePublicHonorReads();
    const fresh = await (await fetch(`${base}/honors?level=CITY`)).text();
    expect(fresh).toContain('<li>李春雷</li>');
    expect(fresh).not.toContain('周振华');
    expect(asked.length).toBe(count + 1);
    // Per language: the English page is one of its own.
    const english = await fetch(`${base}/honors?level=CITY`, {
      headers: { cookie: 'gonghui.public.locale=en' },
    });
    expect(await english.text()).toContain('<html lang="en">');
    expect(asked.length).toBe(count + 2);
  });

  it('sends it compressed to a browser that accepts gzip, and nothing for HEAD', async () => {
    const response = await fetch(`${base}/honors`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('<li>李春雷</li>'); // fetch inflates it
    const head = await fetch(`${base}/honors`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('leaves other addresses, files, other methods and a declined render to the static site', async () => {
    for (const [path, method] of [
      ['/', 'GET'],
      ['/honor-stats', 'GET'],
      ['/assets/index-abc123.js', 'GET'],
      ['/honors?fail=1', 'GET'],
      ['/honors', 'POST'],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method });
      expect(await response.text(), `${method} ${path}`).toBe('static index.html');
    }
  });
});

describe('assembling the page', () => {
  it('follows the manifest from the page modules, and throws on a template of another shape', () => {
    expect(preloadsOf(manifest, ['src/features/honor/honor-pages.tsx'])).toEqual({
      scripts: ['/assets/honor-pages-def456.js', '/assets/regions-x.js'],
      styles: ['/assets/honor-pages-def456.css'],
    });
    const page = {
      html: '<p>x</p>',
      stateScript: '',
      locale: 'zh-CN',
      title: 't',
      description: 'd',
      modules: [],
    };
    expect(() => pageHtml('<html><body></body></html>', page, {})).toThrow(/index.html has no/);
  });

  it('inlines only stylesheets it can read and that cannot close the element', () => {
    const dist = join(folder, 'dist');
    writeFileSync(join(dist, 'assets', 'bad.css'), 'a::after{content:"</style>"}');
    const html = inlineStylesheets(
      '<link rel="stylesheet" crossorigin href="/assets/bad.css"><link rel="stylesheet" crossorigin href="/assets/missing.css">',
      dist,
    );
    expect(html).toBe(
      '<link rel="stylesheet" crossorigin href="/assets/bad.css"><link rel="stylesheet" crossorigin href="/assets/missing.css">',
    );
  });
});
