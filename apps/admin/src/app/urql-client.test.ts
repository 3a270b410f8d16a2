import { afterEach, describe, expect, it, vi } from 'vitest';
import persistedDocuments from '../../persisted-documents.json';
import { nodeNamesRequests } from '../features/audit/node-names';
import { LogoutMutation, ViewerQuery } from '../session/session-queries';
import { createUrqlClient } from './urql-client';

/**
 * The console's client sends queries by hash (persisted documents): what it sends is recorded
 * by a stand-in `fetch`, which answers like the gateway.
 */
interface Sent {
  method: string;
  url: URL;
  body: Record<string, unknown> | null;
}

function recordFetch(answer: (sent: Sent) => Response) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request: Sent = {
      method: init?.method ?? 'GET',
      url: new URL(String(input), 'http://console.test'),
      body: init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : null,
    };
    sent.push(request);
    return answer(request);
  });
  return sent;
}

const manifest = persistedDocuments as Record<string, string>;
const ok = () => Response.json({ data: { viewer: null } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the console’s GraphQL client', () => {
  it('asks a query as a GET carrying only the hash the manifest holds', async () => {
    const sent = recordFetch(ok);
    const client = createUrqlClient({ url: 'http://console.test/graphql' });
    await client.query(ViewerQuery, {}).toPromise();
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request?.method).toBe('GET');
    expect(request?.url.searchParams.get('query')).toBeNull();
    const extensions = JSON.parse(request?.url.searchParams.get('extensions') ?? '{}');
    const hash = extensions.persistedQuery?.sha256Hash as string;
    expect(manifest[hash]).toMatch(/^query AdminViewer\b/);
  });

  it('asks the audit page’s node names by a hash the manifest holds too', async () => {
    const sent = recordFetch(() => Response.json({ data: {} }));
    const client = createUrqlClient({ url: 'http://console.test/graphql' });
    const [request] = nodeNamesRequests(['a', 'b', 'c']);
    await client.query(request?.query ?? '', request?.variables).toPromise();
    const extensions = JSON.parse(sent[0]?.url.searchParams.get('extensions') ?? '{}');
    expect(manifest[extensions.persistedQuery?.sha256Hash]).toMatch(/^query AdminAuditNodeNames/);
  });

  it('sends the full text again when the gateway does not know the hash', async () => {
    const sent = recordFetch((request) =>
      request.url.searchParams.has('extensions') && !request.url.searchParams.has('query')
        ? Response.json(
            { errors: [{ message: 'PersistedQueryNotFound' }] },
            { status: 404, headers: { 'content-type': 'application/json' } },
          )
        : ok(),
    );
    const client = createUrqlClient({ url: 'http://console.test/graphql' });
    const result = await client.query(ViewerQuery, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.url.searchParams.get('query') ?? sent[1]?.body?.query).toMatch(
      /^query AdminViewer\b/,
    );
  });

  it('posts a mutation with its text', async () => {
    const sent = recordFetch(() => Response.json({ data: { logout: true } }));
    const client = createUrqlClient({ url: 'http://console.test/graphql' });
    await client.mutation(LogoutMutation, {}).toPromise();
    expect(sent[0]?.method).toBe('POST');
    expect(String(sent[0]?.body?.query)).toMatch(/^mutation AdminLogout\b/);
  });
});
