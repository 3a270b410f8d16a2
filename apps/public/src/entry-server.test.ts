import { describe, expect, it } from 'vitest';
import persistedDocuments from '../persisted-documents.json';
import { isServerRendered, renderPage, serverLocale } from './entry-server';

/** An honoree card as the public API answers it. */
function honoree(index: number, name: string) {
  return {
    __typename: 'Honoree',
    id: `SG9ub3JlZTo${index}`,
    name,
    photoUrl: index === 1 ? '/photos/1.jpg' : null,
    employerName: `青岛第${index}机械厂`,
    titleName: '市劳动模范',
    level: 'CITY',
    year: 2025,
    regionCode: '370202',
  };
}

const names = ['周振华', '张雪梅', '李</script><b>春雷'];

function rollAnswer() {
  return {
    data: {
      honorRoll: {
        __typename: 'QueryHonorRollSuccess',
        data: {
          __typename: 'QueryHonorRollConnection',
          totalCount: 23,
          pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'Y3Vyc29y' },
          edges: names.map((name, index) => ({
            __typename: 'QueryHonorRollConnectionEdge',
            node: honoree(index + 1, name),
          })),
        },
      },
      honorTitles: [
        { __typename: 'HonorTitle', code: 'CITY_MODEL_WORKER', name: '市劳动模范', level: 'CITY' },
      ],
      honorStats: {
        __typename: 'HonorStats',
        byYear: [{ __typename: 'HonorStatsRow', key: '2025', count: 23 }],
        byRegion: [{ __typename: 'HonorStatsRow', key: '370202', count: 23 }],
      },
    },
  };
}

interface Asked {
  method: string;
  operationName: string;
  variables: unknown;
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
  headers: Headers;
}

/**
 * A GraphQL endpoint that records what it was asked (a GET's parameters from the address, a
 * POST's from the body) and answers the roll's first page.
 */
function recordingFetch(answer: () => Response = () => Response.json(rollAnswer())) {
  const asked: Asked[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    if (method === 'GET') {
      const search = new URL(String(input), 'http://site.test').searchParams;
      const json = (name: string) => {
        const value = search.get(name);
        return value === null ? undefined : JSON.parse(value);
      };
      asked.push({
        method,
        operationName: search.get('operationName') ?? '',
        variables: json('variables'),
        query: search.get('query') ?? undefined,
        extensions: json('extensions'),
        headers,
      });
    } else {
      asked.push({ method, ...JSON.parse(String(init?.body)), headers });
    }
    return answer();
  }) as typeof globalThis.fetch;
  return { asked, fetch };
}

describe('the server render of the public site', () => {
  it('draws only the honor roll', async () => {
    expect(isServerRendered('/honors')).toBe(true);
    expect(isServerRendered('/honors/')).toBe(true);
    expect(isServerRendered('/')).toBe(false);
    expect(isServerRendered('/honors/SG9ub3JlZTox')).toBe(false);
    const { asked, fetch } = recordingFetch();
    expect(await renderPage({ pathname: '/honor-stats', search: '', fetch })).toBeNull();
    expect(asked).toEqual([]);
  });

  it('puts the heading, the count and the first honorees in the markup, asked with the URL filters', async () => {
    const { asked, fetch } = recordingFetch();
    const page = await renderPage({
      pathname: '/honors',
      search: '?level=CITY&year=2025&bogus=1',
      acceptLanguage: 'zh-CN,zh;q=0.9',
      fetch,
    });
    if (!page) throw new Error('no page');
    expect(asked.map((request) => request.operationName)).toEqual(['PublicHonorRollFirstPage']);
    expect(asked[0]?.variables).toEqual({ filter: { level: 'CITY', year: 2025 }, first: 10 });
    // By hash: a GET with the sha256 of the document's text and no text (persisted documents).
    expect(asked[0]?.method).toBe('GET');
    expect(asked[0]?.query).toBeUndefined();
    expect(asked[0]?.extensions?.persistedQuery).toEqual({
      version: 1,
      sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(asked[0]?.headers.get('x-graphql-yoga-csrf')).toBeTruthy();
    // The hash the client computed is the manifest's for that document (what the gateway knows).
    const hash = asked[0]?.extensions?.persistedQuery?.sha256Hash ?? '';
    expect((persistedDocuments as Record<string, string>)[hash]).toMatch(
      /^query PublicHonorRollFirstPage\(/,
    );
    expect(page.locale).toBe('zh-CN');
    expect(page.title).toBe('劳模工匠风采 · 工会平台');
    expect(page.html).toContain('<h1 class="page-title">劳模工匠风采</h1>');
    expect(page.html).toContain('共 23 位');
    expect(page.html).toContain('<span class="honor-card-name">周振华</span>');
    expect(page.html).toContain('<span class="honor-card-name">张雪梅</span>');
    // Text from the API is escaped in the markup and in the state.
    expect(page.html).toContain('李&lt;/script&gt;&lt;b&gt;春雷');
    expect(page.html).not.toContain('</script><b>');
    expect(page.html).toContain('src="/photos/1.jpg"');
    expect(page.html).toContain('<option value="CITY" selected="">');
    expect(page.html).not.toContain('role="status"'); // no loading skeleton: the real roll
    const state = /^<script type="application\/json" id="gonghui-ssr">(.*)<\/script>$/s.exec(
      page.stateScript,
    )?.[1];
    if (!state) throw new Error('no state element');
    expect(state).not.toContain('</script>');
    const parsed = JSON.parse(state) as { locale: string; data: Record<string, { data: string }> };
    expect(parsed.locale).toBe('zh-CN');
    const answers = Object.values(parsed.data).map((entry) => JSON.parse(entry.data));
    expect(answers).toHaveLength(1);
    expect(
      answers[0].honorRoll.data.edges.map((edge: { node: { name: string } }) => edge.node.name),
    ).toEqual(names);
  });

  it('speaks the language of the cookie, else of the browser', async () => {
    expect(serverLocale('a=1; gonghui.public.locale=en', 'zh-CN')).toBe('en');
    expect(serverLocale(null, 'en-US,en;q=0.9,zh;q=0.8')).toBe('en');
    expect(serverLocale(null, 'zh-CN,zh;q=0.9')).toBe('zh-CN');
    expect(serverLocale(null, null)).toBe('zh-CN');
    const { fetch } = recordingFetch();
    const page = await renderPage({
      pathname: '/honors',
      search: '',
      cookie: 'gonghui.public.locale=en',
      fetch,
    });
    expect(page?.locale).toBe('en');
    expect(page?.html).toContain('<h1 class="page-title">Honor roll</h1>');
    expect(page?.html).toContain('23 honorees');
  });

  it('leaves the page to the browser when the API cannot be asked', async () => {
    const { fetch } = recordingFetch(() => new Response('busy', { status: 503 }));
    expect(await renderPage({ pathname: '/honors', search: '', fetch })).toBeNull();
  });
});
