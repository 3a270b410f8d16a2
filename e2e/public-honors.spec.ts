import type { APIRequestContext, Page, Request } from '@playwright/test';
import {
  demoPassword,
  expect,
  expectNoHorizontalScroll,
  organizationIdByName,
  postGraphQL,
  test,
  uniqueSuffix,
} from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

interface RollAnswer {
  honorRoll: { data: { totalCount: number; edges: { node: { id: string; name: string } }[] } };
}

/** What the public API says the roll holds for a filter (the page must show the same). */
async function rollFromApi(baseURL: string, filter: Record<string, unknown> | null) {
  const { body } = await postGraphQL<RollAnswer>(
    baseURL,
    `query ($filter: HonorRollFilter) {
      honorRoll(filter: $filter, first: 50) {
        ... on QueryHonorRollSuccess { data { totalCount edges { node { id name } } } }
      }
    }`,
    { filter },
  );
  if (!body.data) throw new Error(`honorRoll failed: ${JSON.stringify(body.errors)}`);
  return body.data.honorRoll.data;
}

/** A staff session of its own (a cookie jar), signed in through the `login` mutation. */
async function staffSession(
  playwright: {
    request: { newContext: (options: { baseURL: string }) => Promise<APIRequestContext> };
  },
  baseURL: string,
  username: string,
) {
  const request = await playwright.request.newContext({ baseURL });
  const call = async <Data>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await request.post('/graphql', { data: { query, variables } });
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { data?: Data; errors?: unknown };
    if (!body.data) throw new Error(`${username}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const login = await call<{ login: { __typename: string } }>(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
    { u: username, p: demoPassword },
  );
  expect(login.login.__typename).toBe('Viewer');
  return { call, dispose: () => request.dispose() };
}

interface PublishedNomination {
  id: string;
  name: string;
  certificateCode: string | null;
  campaign: { organizerName: string };
}

async function publishedNominations(
  staff: Awaited<ReturnType<typeof staffSession>>,
): Promise<PublishedNomination[]> {
  const data = await staff.call<{
    nominations: { data: { edges: { node: PublishedNomination }[] } };
  }>(`query {
    nominations(filter: { state: [PUBLISHED] }, first: 50) {
      ... on QueryNominationsSuccess { data { edges { node { id name certificateCode campaign { organizerName } } } } }
    }
  }`);
  return data.nominations.data.edges.map((edge) => edge.node);
}

/** The operation a request names: a GET's (a query, by hash) in the address, a POST's in the body. */
function operationName(request: Request): string | undefined {
  if (request.method() === 'GET')
    return new URL(request.url()).searchParams.get('operationName') ?? undefined;
  return request.postDataJSON()?.operationName;
}

function graphqlRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') seen.push(request);
  });
  return seen;
}

/** Today in China, as the page writes it (2026年12月2日). */
function todayInChinese(): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(new Date())
    .split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

test.describe('public site: 劳模工匠风采', () => {
  test('the roll: server-rendered first page taken over without a request, filters by level and year kept in the URL, 加载更多, a profile', async ({
    page,
    baseURL,
  }) => {
    const base = baseURL ?? '';
    // From the home page's navigation.
    await page.goto('/');
    await page
      .getByRole('navigation', { name: '网站导航' })
      .getByRole('link', { name: '劳模工匠风采' })
      .tap();
    await expect(page).toHaveURL(/\/honors$/);
    await expect(page.getByRole('heading', { level: 1, name: '劳模工匠风采' })).toBeVisible();
    await expect(page).toHaveTitle('劳模工匠风采 · 工会平台');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^劳模工匠风采：按级别、称号、年份/,
    );

    // A filtered roll is server-rendered: the served HTML already holds its heading, count and
    // first names, and the browser takes it over without asking the API again.
    const cityIn2025 = await rollFromApi(base, { level: 'CITY', year: 2025 });
    expect(cityIn2025.totalCount).toBeGreaterThan(0);
    const served = await (await fetch(new URL('/honors?level=CITY&year=2025', base))).text();
    expect(served).toContain('<h1 class="page-title">劳模工匠风采</h1>');
    expect(served).toContain(`共 ${cityIn2025.totalCount} 位`);
    expect(served).toContain('<title>劳模工匠风采 · 工会平台</title>');
    for (const edge of cityIn2025.edges.slice(0, 10)) {
      expect(served).toContain(`<span class="honor-card-name">${edge.node.name}</span>`);
    }
    const requests = graphqlRequests(page);
    await page.goto('/honors?level=CITY&year=2025');
    const cards = page.getByTestId('honor-card');
    await expect(
      page.getByRole('heading', { name: `共 ${cityIn2025.totalCount} 位` }),
    ).toBeVisible();
    await expect(cards).toHaveCount(Math.min(10, cityIn2025.totalCount));
    await page.waitForLoadState('networkidle');
    expect(requests.map(operationName)).toEqual([]);
    await expect(page.getByLabel('级别', { exact: true })).toHaveValue('CITY');
    await expect(page.getByLabel('年份', { exact: true })).toHaveValue('2025');
    for (const card of await cards.all()) {
      await expect(card).toContainText('市级');
      await expect(card).toContainText('2025年');
    }
    await expectNoHorizontalScroll(page);

    // Filtering by hand: all levels → the whole roll, 10 at a time with 加载更多.
    const all = await rollFromApi(base, null);
    expect(all.totalCount, 'the demo seed publishes more than one page').toBeGreaterThan(10);
    await page.getByRole('button', { name: '清除筛选' }).tap();
    await expect(page).toHaveURL(/\/honors$/);
    await expect(page.getByRole('heading', { name: `共 ${all.totalCount} 位` })).toBeVisible();
    await expect(cards).toHaveCount(10);
    await expect(page.getByText(`已显示 10 / ${all.totalCount} 位`)).toBeVisible();
    await page.getByRole('button', { name: '加载更多' }).tap();
    await expect(cards).toHaveCount(Math.min(20, all.totalCount));
    await expect(
      page.getByText(`已显示 ${Math.min(20, all.totalCount)} / ${all.totalCount} 位`),
    ).toBeVisible();

    // Level, then year: each choice goes into the URL and the list follows the API.
    const national = await rollFromApi(base, { level: 'NATIONAL' });
    await page.getByLabel('级别', { exact: true }).selectOption('NATIONAL');
    await expect(page).toHaveURL(/\/honors\?level=NATIONAL$/);
    await expect(page.getByRole('heading', { name: `共 ${national.totalCount} 位` })).toBeVisible();
    await expect(cards).toHaveCount(Math.min(10, national.totalCount));
    const nationalIn2025 = await rollFromApi(base, { level: 'NATIONAL', year: 2025 });
    await page.getByLabel('年份', { exact: true }).selectOption('2025');
    await expect(page).toHaveURL(/\/honors\?level=NATIONAL&year=2025$/);
    await expect(
      page.getByRole('heading', { name: `共 ${nationalIn2025.totalCount} 位` }),
    ).toBeVisible();
    await expect(cards.locator('.honor-card-name')).toHaveText(
      nationalIn2025.edges.slice(0, 10).map((edge) => edge.node.name),
    );
    for (const card of await cards.all()) await expect(card).toContainText('全国级');

    // A shared link reloads to the same list.
    await page.reload();
    await expect(page.getByLabel('级别', { exact: true })).toHaveValue('NATIONAL');
    await expect(cards).toHaveCount(Math.min(10, nationalIn2025.totalCount));

    // Free text with no match: the empty state, not an empty card.
    await page.getByRole('searchbox', { name: '搜索' }).fill('查无此人之名');
    await page.getByRole('button', { name: '搜索', exact: true }).tap();
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByTestId('honor-roll-empty')).toContainText('没有符合条件的荣誉获得者');
    await page.goBack();
    await expect(cards).toHaveCount(Math.min(10, nationalIn2025.totalCount));

    // A profile: public fields and the story, with its own title and description.
    const first = nationalIn2025.edges[0]?.node;
    if (!first) throw new Error('no national honoree in 2025');
    await cards.first().tap();
    await expect(page).toHaveURL(new RegExp(`/honors/${first.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name);
    await expect(page).toHaveTitle(`${first.name} · 劳模工匠风采 · 工会平台`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      new RegExp(`^${first.name}，全国五一劳动奖章（2025年）`),
    );
    await expect(page.locator('dl.facts')).toContainText('全国级');
    await expect(page.getByRole('heading', { name: '主要事迹' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(
      /(?<![\w-])(\d{17}[\dX]|1[3-9]\d{9})(?![\w-])/,
    );
    // The certificate section: the code printed on it, its certificate page and its /verify link.
    const code = page.getByTestId('certificate-code');
    await expect(code).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const printed = (await code.textContent()) ?? '';
    await expect(page.getByRole('link', { name: '验证证书' })).toHaveAttribute(
      'href',
      `/verify/${printed}`,
    );
    await expect(page.getByRole('link', { name: '查看证书' })).toHaveAttribute(
      'href',
      `/certificates/${printed}`,
    );
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: '返回劳模工匠风采' }).tap();
    await expect(page).toHaveURL(/\/honors$/);

    // A wrong id says so.
    await page.goto('/honors/not-an-honoree');
    await expect(page.getByRole('alert')).toContainText('找不到该荣誉获得者');
  });

  test('the server-rendered roll follows the chosen language, and the browser takes it over', async ({
    page,
    baseURL,
    context,
  }) => {
    const base = baseURL ?? '';
    const all = await rollFromApi(base, null);
    expect(all.totalCount, 'the demo seed publishes more than one page').toBeGreaterThan(10);
    // The language switch keeps the choice in a cookie too: the server draws the page in it.
    const served = await (
      await fetch(new URL('/honors', base), {
        headers: { cookie: 'gonghui.public.locale=en', 'accept-language': 'zh-CN' },
      })
    ).text();
    expect(served).toContain('<html lang="en">');
    expect(served).toContain('<h1 class="page-title">Honor roll</h1>');
    expect(served).toContain(`${all.totalCount} honorees`);
    await context.addCookies([{ name: 'gonghui.public.locale', value: 'en', url: base }]);
    const requests = graphqlRequests(page);
    await page.goto('/honors');
    await expect(page.getByRole('heading', { level: 1, name: 'Honor roll' })).toBeVisible();
    const cards = page.getByTestId('honor-card');
    await expect(cards).toHaveCount(10);
    // Load more works only once the page's script has taken the markup over.
    await page.getByRole('button', { name: 'Load more' }).tap();
    await expect(cards).toHaveCount(Math.min(20, all.totalCount));
    expect(requests.map(operationName)).toEqual(['PublicHonorRollMore']);
    // Sent by hash: a GET naming the document's sha256, without its text (persisted documents).
    expect(requests.map((request) => request.method())).toEqual(['GET']);
    const more = new URL(requests[0]?.url() ?? 'http://x/');
    expect(more.searchParams.get('query')).toBeNull();
    expect(more.searchParams.get('extensions')).toMatch(/"sha256Hash":"[0-9a-f]{64}"/);
    // Back to Chinese: the choice is the cookie's too.
    await page.getByRole('button', { name: '中文' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: '劳模工匠风采' })).toBeVisible();
    const cookies = await context.cookies(base);
    expect(cookies.find((cookie) => cookie.name === 'gonghui.public.locale')?.value).toBe('zh-CN');
  });

  test('statistics: the same counts as the API, drawn as bars', async ({ page, baseURL }) => {
    const { body } = await postGraphQL<{
      honorStats: { total: number; byLevel: { key: string; count: number }[] };
    }>(baseURL ?? '', '{ honorStats { ... on HonorStats { total byLevel { key count } } } }');
    const stats = body.data?.honorStats;
    if (!stats) throw new Error('no stats');
    await page.goto('/honor-stats');
    await expect(page).toHaveTitle('荣誉统计 · 工会平台');
    await expect(page.getByTestId('honor-stats-total')).toHaveText(`共 ${stats.total} 项荣誉`);
    const levels = page.getByTestId('chart-level');
    await expect(levels.getByRole('row')).toHaveCount(stats.byLevel.length + 1);
    const national = stats.byLevel.find((row) => row.key === 'NATIONAL')?.count ?? 0;
    await expect(levels.getByRole('row', { name: /全国级/ })).toContainText(`${national} 项`);
    await expectNoHorizontalScroll(page);
    await levels.getByRole('link', { name: '全国级' }).tap();
    await expect(page).toHaveURL(/\/honors\?level=NATIONAL$/);
    await expect(page.getByRole('heading', { name: `共 ${national} 位` })).toBeVisible();

    // Back to the organisations: their title and index.html's description again.
    await page
      .getByRole('navigation', { name: '网站导航' })
      .getByRole('link', { name: '工会组织' })
      .tap();
    await expect(page).toHaveTitle('工会组织 · 工会平台');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^工会组织：从中华全国总工会到基层工会/,
    );
  });

  test('a certificate: valid by its code, unknown, and revoked through the staff API', async ({
    page,
    baseURL,
    playwright,
  }) => {
    const base = baseURL ?? '';
    const qingdao = await staffSession(playwright, base, 'qingdao.admin');
    try {
      const published = await publishedNominations(qingdao);
      // The city may revoke only the titles of its own campaigns (not the national medal).
      const withCode = published.filter((nomination) => nomination.certificateCode);
      const toRevoke = withCode.find(
        (nomination) => nomination.campaign.organizerName === '青岛市总工会',
      );
      const valid = withCode.find((nomination) => nomination !== toRevoke);
      if (!valid?.certificateCode || !toRevoke?.certificateCode) {
        throw new Error('the demo seed should publish awards with certificates, some by the city');
      }

      // Typed the way people type it (lower case, spaces): the page's link carries it cleaned.
      await page.goto('/');
      await page
        .getByRole('navigation', { name: '网站导航' })
        .getByRole('link', { name: '证书验证' })
        .tap();
      await expect(page).toHaveTitle('证书验证 · 工会平台');
      await page.getByRole('button', { name: '验证' }).tap();
      await expect(page.getByRole('alert')).toHaveText('请输入验证码');
      await page.getByLabel('证书验证码').fill(` ${valid.certificateCode.toLowerCase()} `);
      await page.getByRole('button', { name: '验证' }).tap();
      await expect(page).toHaveURL(new RegExp(`/verify/${valid.certificateCode}$`));
      const result = page.getByTestId('verify-result');
      await expect(result).toContainText('有效');
      await expect(result).toContainText(valid.name);
      await expect(page).toHaveTitle(`证书 ${valid.certificateCode} · 证书验证 · 工会平台`);
      await expectNoHorizontalScroll(page);
      await result.getByRole('link', { name: '查看事迹' }).tap();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(valid.name);

      // A code nobody issued.
      await page.goto('/verify/ZZZZ-ZZZZ-ZZZZ');
      await expect(result).toContainText('查无此证书');
      await expect(result).toContainText('没有验证码为“ZZZZ-ZZZZ-ZZZZ”的证书');

      // Revoked by the city (with a reason): the QR link says 已撤销 with today's date, and
      // the roll drops the honoree at once.
      const honoree = (await rollFromApi(base, { search: toRevoke.name })).edges.find(
        (edge) => edge.node.name === toRevoke.name,
      );
      if (!honoree) throw new Error(`${toRevoke.name} is not on the roll`);
      const revoked = await qingdao.call<{
        moveNomination: { __typename: string; state?: string };
      }>(
        `mutation ($id: ID!, $reason: String) {
          moveNomination(id: $id, move: REVOKE, reason: $reason) {
            __typename ... on Nomination { state } ... on Error { message }
          }
        }`,
        { id: toRevoke.id, reason: `经查实申报材料与事实不符（e2e ${uniqueSuffix()}）` },
      );
      expect(revoked.moveNomination).toEqual({ __typename: 'Nomination', state: 'REVOKED' });

      await page.goto(`/verify/${encodeURIComponent(toRevoke.certificateCode)}`);
      await expect(result).toContainText('已撤销');
      await expect(result).toContainText(`该荣誉称号已于 ${todayInChinese()} 撤销`);
      await expect(result).not.toContainText(toRevoke.name);

      await page.goto(`/honors/${honoree.node.id}`);
      await expect(page.getByRole('alert')).toContainText('找不到该荣誉获得者');
      await page.goto(`/honors?q=${encodeURIComponent(toRevoke.name)}`);
      await expect(page.getByTestId('honor-roll-empty')).toBeVisible();
    } finally {
      await qingdao.dispose();
    }
  });

  test('荣誉证书: from a profile to its A4 certificate with a QR code of /verify, printed alone, and revoked', async ({
    page,
    baseURL,
    playwright,
  }) => {
    const base = baseURL ?? '';
    const qingdao = await staffSession(playwright, base, 'qingdao.admin');
    try {
      // A city award (the city may revoke it) whose honoree is on the roll.
      const cityAwards = (await publishedNominations(qingdao)).filter(
        (nomination) =>
          nomination.certificateCode && nomination.campaign.organizerName === '青岛市总工会',
      );
      let target: { nomination: PublishedNomination; honoreeId: string } | null = null;
      for (const nomination of cityAwards) {
        const edge = (await rollFromApi(base, { search: nomination.name })).edges.find(
          (candidate) => candidate.node.name === nomination.name,
        );
        if (edge) {
          target = { nomination, honoreeId: edge.node.id };
          break;
        }
      }
      if (!target?.nomination.certificateCode) {
        throw new Error('the demo seed should publish a city award with a consented name');
      }
      const { name } = target.nomination;
      const code = target.nomination.certificateCode;

      // The profile shows the code the staff API issued and links to the certificate.
      await page.goto(`/honors/${target.honoreeId}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.getByTestId('certificate-code')).toHaveText(code);
      await page.getByRole('link', { name: '查看证书' }).tap();
      await expect(page).toHaveURL(new RegExp(`/certificates/${code}$`));
      await expect(page).toHaveTitle(`${name} · 荣誉证书 · 工会平台`);

      // The certificate: 荣誉证书, the name, the code, an SVG QR code of this site's /verify/<code>.
      const sheet = page.locator('article.certificate-sheet');
      await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('荣誉证书');
      await expect(page.getByTestId('certificate-name')).toContainText(name);
      await expect(page.getByTestId('certificate-code')).toHaveText(code);
      const verifyUrl = `${base}/verify/${code}`;
      const qr = page.getByTestId('certificate-qr');
      await expect(qr).toHaveAttribute('data-verify-url', verifyUrl);
      expect(await qr.evaluate((node) => node.tagName.toLowerCase())).toBe('svg');
      // A real symbol: many dark runs, drawn in the browser (the page requested no image).
      const path = (await qr.locator('path').getAttribute('d')) ?? '';
      expect(path.match(/M\d+ \d+h\d+v1h-\d+z/g)?.length ?? 0).toBeGreaterThan(100);
      const link = page.getByTestId('certificate-verify-url');
      await expect(link).toHaveText(verifyUrl);
      await expect(link).toHaveAttribute('href', verifyUrl);
      await expect(sheet).toContainText('二〇');
      await expectNoHorizontalScroll(page);

      // 打印 / 保存为 PDF opens the browser's print dialog (stubbed: headless has none).
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.getByRole('button', { name: '打印 / 保存为 PDF' }).tap();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

      // Printed: the sheet alone at A4 width, the site's header, sections and buttons hidden.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.getByRole('navigation', { name: '网站导航' })).toBeHidden();
      await expect(page.getByRole('button', { name: '打印 / 保存为 PDF' })).toBeHidden();
      await expect(sheet).toBeVisible();
      const width = await sheet.evaluate((node) => node.getBoundingClientRect().width);
      expect(Math.abs(width - (210 * 96) / 25.4)).toBeLessThan(1);
      // And as the browser's PDF export lays it out: exactly one page.
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
        'latin1',
      );
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.site-header')).toBeVisible();

      // The QR code's target says 有效.
      await link.click();
      await expect(page).toHaveURL(verifyUrl);
      await expect(page.getByTestId('verify-result')).toContainText('有效');
      await expect(page.getByTestId('verify-result')).toContainText(name);

      // A code nobody issued: no certificate.
      await page.goto('/certificates/ZZZZ-ZZZZ-ZZZZ');
      await expect(page.getByTestId('certificate-status')).toContainText('查无此证书');
      await expect(sheet).toHaveCount(0);

      // Revoked by the city: the same address says 已撤销 with the date and draws nothing.
      const revoked = await qingdao.call<{
        moveNomination: { __typename: string; state?: string };
      }>(
        `mutation ($id: ID!, $reason: String) {
          moveNomination(id: $id, move: REVOKE, reason: $reason) {
            __typename ... on Nomination { state } ... on Error { message }
          }
        }`,
        { id: target.nomination.id, reason: `证书核查撤销（e2e ${uniqueSuffix()}）` },
      );
      expect(revoked.moveNomination).toEqual({ __typename: 'Nomination', state: 'REVOKED' });
      await page.goto(`/certificates/${code}`);
      const status = page.getByTestId('certificate-status');
      await expect(status).toContainText('已撤销');
      await expect(status).toContainText(`已于 ${todayInChinese()} 撤销`);
      await expect(sheet).toHaveCount(0);
      await expect(page.getByTestId('certificate-qr')).toHaveCount(0);
      await expect(page.locator('body')).not.toContainText(name);
    } finally {
      await qingdao.dispose();
    }
  });

  test('公示: a nominee under notice, an objection with its count and errors, the rate limit said politely', async ({
    page,
    baseURL,
    playwright,
  }) => {
    const base = baseURL ?? '';
    const qingdaoId = await organizationIdByName(base, '青岛市总工会');
    const shinanId = await organizationIdByName(base, '市南区总工会');
    const qingdao = await staffSession(playwright, base, 'qingdao.admin');
    const shinan = await staffSession(playwright, base, 'shinan.admin');
    const name = `公示测试${uniqueSuffix()}`;
    try {
      // The city runs a campaign; 市南 nominates and submits; the city qualifies and starts
      // the notice (the gateway plans its working days from today).
      const campaign = await qingdao.call<{ createCampaign: { __typename: string; id: string } }>(
        `mutation ($input: CreateCampaignInput!) {
          createCampaign(input: $input) { __typename ... on HonorCampaign { id } ... on Error { message } }
        }`,
        {
          input: {
            organizationId: qingdaoId,
            name: `青岛市五一劳动奖章推荐评选（${name}）`,
            titleCode: 'CITY_MAY_DAY_MEDAL',
            year: new Date().getFullYear() + 1,
            quotaRules: [],
            nominationDeadline: `${new Date().getFullYear() + 1}-06-30`,
          },
        },
      );
      expect(campaign.createCampaign.__typename).toBe('HonorCampaign');
      const nominated = await shinan.call<{ nominate: { __typename: string; id: string } }>(
        `mutation ($input: NominateInput!) {
          nominate(input: $input) { __typename ... on Nomination { id } ... on Error { message } }
        }`,
        {
          input: {
            campaignId: campaign.createCampaign.id,
            organizationId: shinanId,
            categories: ['FRONT_LINE'],
            citation: '扎根生产一线二十年，带领班组完成多项技术革新。',
            person: { name, employerName: '青岛海晏机械有限公司', regionCode: '370202' },
          },
        },
      );
      expect(nominated.nominate.__typename).toBe('Nomination');
      const id = nominated.nominate.id;
      const move = `mutation ($id: ID!, $move: NominationMove!) {
        moveNomination(id: $id, move: $move) {
          __typename ... on Nomination { state noticeStartsOn noticeEndsOn } ... on Error { message }
        }
      }`;
      type Moved = {
        moveNomination: {
          __typename: string;
          state: string;
          noticeStartsOn: string;
          noticeEndsOn: string;
        };
      };
      await shinan.call<Moved>(move, { id, move: 'SUBMIT' });
      await qingdao.call<Moved>(move, { id, move: 'QUALIFY' });
      const started = (await qingdao.call<Moved>(move, { id, move: 'START_NOTICE' }))
        .moveNomination;
      expect(started.state).toBe('PUBLIC_NOTICE');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(),
      );
      test.skip(
        started.noticeStartsOn > today,
        `today is not a working day: the notice starts on ${started.noticeStartsOn}`,
      );

      await page.goto('/');
      await page
        .getByRole('navigation', { name: '网站导航' })
        .getByRole('link', { name: '评选公示' })
        .tap();
      await expect(page).toHaveTitle('评选公示 · 工会平台');
      const notice = page.getByTestId('notice').filter({ hasText: name });
      await expect(notice).toContainText('市五一劳动奖章');
      await expect(notice).toContainText('市南区总工会');
      const [, endMonth, endDay] = started.noticeEndsOn.split('-');
      await expect(notice).toContainText(`${Number(endMonth)}月${Number(endDay)}日截止`);
      await expectNoHorizontalScroll(page);

      // Too short: said under the field before anything is sent; the count follows the text.
      await notice.getByRole('button', { name: '提出异议' }).tap();
      const text = notice.getByLabel('异议内容');
      await text.fill('  材料不实 ');
      await expect(notice.getByTestId('objection-count')).toHaveText('4 / 1000 字');
      await notice.getByRole('button', { name: '提交异议' }).tap();
      await expect(notice.getByRole('alert')).toHaveText('异议内容至少 5 个字');
      await text.fill('该同志申报的技术革新成果系他人完成。');
      await expect(notice.getByTestId('objection-count')).toHaveText('18 / 1000 字');
      await notice.getByRole('button', { name: '提交异议' }).tap();
      await expect(notice.getByTestId('objection-received')).toContainText('异议已收到');

      // The API allows a few objections a minute from one address: use them up, then the
      // page says so politely, with the gateway's wait time.
      let limited = false;
      for (let attempt = 0; attempt < 10 && !limited; attempt += 1) {
        const { body } = await postGraphQL<{
          submitObjection: { __typename: string; rule?: string };
        }>(
          base,
          `mutation ($id: ID!, $text: String!) {
            submitObjection(nominationId: $id, text: $text) {
              __typename ... on RuleViolationError { rule }
            }
          }`,
          { id, text: '同一线索的补充说明。' },
        );
        limited = body.data?.submitObjection.rule === 'OBJECTION_RATE_LIMITED';
      }
      expect(limited, 'the objection rate limit answered').toBe(true);
      await page.reload();
      await notice.getByRole('button', { name: '提出异议' }).tap();
      await notice.getByLabel('异议内容').fill('再补充一条具体线索和证明材料。');
      await notice.getByRole('button', { name: '提交异议' }).tap();
      const refusal = notice.getByTestId('objection-error');
      await expect(refusal).toContainText('请稍后再试');
      await expect(refusal).toContainText(/提交过于频繁，请 \d+ 秒后再试/);
    } finally {
      await qingdao.dispose();
      await shinan.dispose();
    }
  });
});
