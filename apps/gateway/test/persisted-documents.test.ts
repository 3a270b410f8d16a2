import { readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import {
  apps,
  collectManifest,
  manifestDifference,
  manifestPath,
  serializeManifest,
} from '../../../scripts/persisted-documents.mjs';
import {
  invalidatePublicHonorReads,
  publicReadCacheStats,
} from '../src/honor/public-read-cache.js';
import {
  loadPersistedDocuments,
  persistedQueryHashMismatchCode,
  persistedQueryNotFoundCode,
  sha256,
} from '../src/persisted-documents.js';
import { documentLimits } from '../src/security.js';
import { createGatewayYoga } from '../src/yoga.js';
import { signIn } from './graphql.js';

/**
 * Persisted documents (issue 10): the apps' manifests, requests that carry only a hash (GET and
 * POST, `extensions.persistedQuery` and `documentId`), unknown hashes and tampered pairs, the
 * security rules and the public read cache on documents sent by hash, and the manifests kept in
 * step with the apps' sources.
 */

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const observed = { parses: 0, executions: 0 };
const observe: Plugin = {
  onParse() {
    observed.parses += 1;
  },
  onExecute() {
    observed.executions += 1;
  },
};

const appDocuments = loadPersistedDocuments();
function appDocument(operationName: string): { hash: string; text: string } {
  for (const [hash, text] of appDocuments) {
    if (new RegExp(`^(query|mutation) ${operationName}\\b`).test(text)) return { hash, text };
  }
  throw new Error(`no ${operationName} in the apps' manifests`);
}

/** A document outside the apps' manifests, known only to the test yoga below. */
function testDocument(text: string) {
  return { hash: sha256(text), text };
}
const introspection = testDocument('query Schema { __schema { types { name } } }');
const nestedChildren = (levels: number, pageArguments: string): string => {
  let inner = 'name';
  for (let level = 0; level < levels; level += 1)
    inner = `name children${pageArguments} { edges { node { ${inner} } } }`;
  return `{ organizations${pageArguments} { ... on QueryOrganizationsSuccess { data { edges { node { ${inner} } } } } } }`;
};
const costBomb = testDocument(
  nestedChildren(2, '(first: $n)').replace('{', 'query Pages($n: Int) {'),
);
const tooDeep = testDocument(nestedChildren(documentLimits.depth, ''));

const production = createGatewayYoga({
  production: true,
  plugins: [observe],
  persistedDocuments: new Map([
    ...appDocuments,
    ...[introspection, costBomb, tooDeep].map(({ hash, text }) => [hash, text] as const),
  ]),
});

interface Answer {
  status: number;
  body: Body;
  parsed: number;
  executed: number;
}

async function send(
  method: 'GET' | 'POST',
  payload: Record<string, unknown>,
  options: { session?: string; fetch?: typeof fetch } = {},
): Promise<Answer> {
  const before = { ...observed };
  const headers: Record<string, string> = { 'x-graphql-yoga-csrf': 'test' };
  if (options.session) headers.cookie = `gh_session=${options.session}`;
  let url = 'http://gateway.test/graphql';
  let init: RequestInit = { method, headers };
  if (method === 'GET') {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(payload)) {
      search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    url += `?${search}`;
  } else {
    headers['content-type'] = 'application/json';
    init = { ...init, body: JSON.stringify(payload) };
  }
  const fetch = options.fetch ?? (production.fetch as typeof globalThis.fetch);
  const response = await fetch(url, init);
  return {
    status: response.status,
    body: (await response.json()) as Body,
    parsed: observed.parses - before.parses,
    executed: observed.executions - before.executions,
  };
}

const byHash = (hash: string) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe('the apps’ manifests as the gateway loads them', () => {
  it('holds every app document under the sha256 of its text', () => {
    expect(appDocuments.size).toBeGreaterThan(100);
    for (const [hash, text] of appDocuments) expect(sha256(text)).toBe(hash);
    expect(appDocument('PublicHonorRollFirstPage').text).toContain('honorRoll(');
    expect(appDocument('AdminViewer').text).toContain('fragment ViewerFields on Viewer');
  });
});

describe('a request carrying only the hash', () => {
  const roll = appDocument('PublicHonorRollFirstPage');
  const variables = { filter: { level: 'CITY' }, first: 5 };

  it('answers an app’s document by hash, GET and POST, as the full document', async () => {
    const full = await send('POST', { query: roll.text, variables });
    expect(full.status).toBe(200);
    expect(full.body.errors).toBeUndefined();
    const honorRoll = full.body.data?.honorRoll as { data: { edges: unknown[] } } | undefined;
    expect(honorRoll?.data.edges.length).toBeGreaterThan(0);

    const forms = [
      byHash(roll.hash),
      { documentId: `sha256:${roll.hash}` },
      { ...byHash(roll.hash), operationName: 'PublicHonorRollFirstPage' },
    ];
    for (const method of ['GET', 'POST'] as const) {
      for (const form of forms) {
        const answer = await send(method, { ...form, variables });
        expect(answer.status, `${method} ${JSON.stringify(form)}`).toBe(200);
        expect(answer.body).toEqual(full.body);
        expect(answer.executed).toBe(1);
      }
    }
  });

  it('answers a staff document by hash for the signed-in viewer only', async () => {
    const viewer = appDocument('AdminViewer');
    const session = await signIn('qingdao.admin');
    const full = await send('POST', { query: viewer.text }, { session });
    const hashed = await send('GET', byHash(viewer.hash), { session });
    expect(hashed.body).toEqual(full.body);
    expect(hashed.body.data?.viewer).toMatchObject({ username: 'qingdao.admin' });
    const anonymous = await send('GET', byHash(viewer.hash));
    expect(anonymous.body.data).toEqual({ viewer: null });
  });

  it('refuses an unknown hash with PersistedQueryNotFound, parsing and running nothing', async () => {
    const unknown = sha256('query Unknown { viewer { username } }');
    for (const payload of [
      byHash(unknown),
      { documentId: `sha256:${unknown}` },
      { documentId: 'not-a-hash' },
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        const answer = await send(method, { ...payload, variables: {} });
        expect(answer.status).toBe(404);
        expect(answer.body.data).toBeUndefined();
        expect(answer.body.errors).toEqual([
          expect.objectContaining({
            message: 'PersistedQueryNotFound',
            extensions: expect.objectContaining({ code: persistedQueryNotFoundCode }),
          }),
        ]);
        expect(answer.parsed).toBe(0);
        expect(answer.executed).toBe(0);
      }
    }
  });

  it('refuses a hash sent with another text, and runs a text sent with its own hash', async () => {
    const viewer = appDocument('AdminViewer');
    const other = 'query Other { organizations(first: 1) { __typename } }';
    for (const payload of [
      { ...byHash(viewer.hash), query: other },
      { documentId: `sha256:${viewer.hash}`, query: other },
      { ...byHash(sha256(other)), query: viewer.text },
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        const answer = await send(method, payload);
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0]?.extensions?.code).toBe(persistedQueryHashMismatchCode);
        expect(answer.parsed).toBe(0);
        expect(answer.executed).toBe(0);
      }
    }
    // A client that got PersistedQueryNotFound sends the text with its hash: it runs, as a
    // full document does (third parties' arbitrary documents are allowed).
    for (const payload of [
      { ...byHash(sha256(other)), query: other },
      { documentId: `sha256:${sha256(other)}`, query: other },
    ]) {
      const answer = await send('POST', payload);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.executed).toBe(1);
    }
  });

  it('refuses a mutation named by hash over GET, as it refuses its text', async () => {
    const logout = appDocument('AdminLogout');
    const answer = await send('GET', byHash(logout.hash));
    expect(answer.status).toBe(405);
    expect(answer.executed).toBe(0);
  });
});

describe('the security rules on documents sent by hash', () => {
  it('refuses introspection by hash to anonymous callers of the production yoga', async () => {
    const answer = await send('POST', byHash(introspection.hash));
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(answer.executed).toBe(0);
  });

  it('refuses a too-deep document by hash before any resolver runs', async () => {
    const byText = await send('POST', { query: tooDeep.text });
    const answer = await send('GET', byHash(tooDeep.hash));
    expect(answer.status).toBe(byText.status);
    expect(answer.body).toEqual(byText.body);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    expect(answer.executed).toBe(0);
  });

  it('costs the page sizes a hashed document takes from its variables', async () => {
    const byText = await send('POST', { query: costBomb.text, variables: { n: 100 } });
    const refused = await send('GET', { ...byHash(costBomb.hash), variables: { n: 100 } });
    expect(refused.body.errors?.length).toBeGreaterThan(0);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body).toEqual(byText.body);
    expect(refused.executed).toBe(0); // stopped before the resolvers (and this plugin's hook)
    const small = await send('GET', { ...byHash(costBomb.hash), variables: { n: 2 } });
    expect(small.body.errors).toBeUndefined();
  });
});

describe('the public read cache on documents sent by hash', () => {
  const cached = createGatewayYoga({ production: false, publicReadCache: true });
  const viaCache = { fetch: cached.fetch as typeof fetch };
  const roll = appDocument('PublicHonorRollFirstPage');
  const variables = { filter: { year: 2025 }, first: 3 };

  it('shares one entry between the full text and its hash, and drops it on a change', async () => {
    invalidatePublicHonorReads();
    const full = await send('POST', { query: roll.text, variables }, viaCache);
    const hits = publicReadCacheStats.hits;
    const hashed = await send('GET', { ...byHash(roll.hash), variables }, viaCache);
    expect(publicReadCacheStats.hits).toBe(hits + 1);
    expect(hashed.body).toEqual(full.body);
    invalidatePublicHonorReads();
    const misses = publicReadCacheStats.misses;
    await send('GET', { ...byHash(roll.hash), variables }, viaCache);
    expect(publicReadCacheStats.misses).toBe(misses + 1);
  });
});

describe('the manifests and the apps’ sources', () => {
  it.each(apps)('%s: the committed manifest is what its current sources give', async (app) => {
    const current = await collectManifest(app);
    const committed = JSON.parse(readFileSync(manifestPath(app), 'utf8')) as Record<string, string>;
    expect(manifestDifference(committed, current)).toEqual({ missing: [], stale: [] });
    expect(readFileSync(manifestPath(app), 'utf8')).toBe(serializeManifest(current));
  });

  it('goes stale when an app document changes', async () => {
    const changed = await collectManifest('public', {
      plugins: [
        {
          name: 'change-a-document',
          enforce: 'pre',
          transform: (code, id) =>
            id.endsWith('/features/honor/queries.ts')
              ? // The first \`totalCount\` is the roll's first page's.
                code.replace('totalCount', 'totalCount\n            __typename')
              : null,
        },
      ],
    });
    const committed = JSON.parse(readFileSync(manifestPath('public'), 'utf8')) as Record<
      string,
      string
    >;
    const difference = manifestDifference(committed, changed);
    expect(difference.missing).toHaveLength(1);
    expect(difference.stale).toEqual([appDocument('PublicHonorRollFirstPage').hash]);
  });
});
