import { expect, organizationIdByName, postGraphQL, test } from './fixtures';

/*
 * Issue 9, item 4: the public site's 数据概览 — the platform's figures on the home page and a
 * city's on its page, as the API gives them.
 */

interface Headline {
  key: string;
  display: string;
}

async function headlineOf(baseURL: string, id: string): Promise<Map<string, string>> {
  const { body } = await postGraphQL<{ organization: { headlineFigures: Headline[] } }>(
    baseURL,
    `query ($id: ID!) { organization(id: $id) { ... on Organization {
      headlineFigures { key display } } } }`,
    { id },
  );
  return new Map((body.data?.organization.headlineFigures ?? []).map((f) => [f.key, f.display]));
}

test('数据概览 on the home page (the whole platform) and on a city’s page', async ({
  page,
  baseURL,
}) => {
  const platform = await headlineOf(
    baseURL ?? '',
    await organizationIdByName(baseURL ?? '', '中华全国总工会'),
  );
  await page.goto('/');
  const figures = page.getByTestId('headline-figures');
  await expect(page.getByRole('heading', { name: '中华全国总工会数据概览' })).toBeVisible();
  for (const [key, display] of platform) {
    await expect(figures.getByTestId(`headline-${key}`)).toContainText(display);
  }
  expect(platform.get('member.members')).toMatch(/人$/);

  const qingdaoId = await organizationIdByName(baseURL ?? '', '青岛市总工会');
  const qingdao = await headlineOf(baseURL ?? '', qingdaoId);
  await page.goto(`/organizations/${qingdaoId}`);
  await expect(page.getByRole('heading', { name: '青岛市总工会数据概览' })).toBeVisible();
  for (const [key, display] of qingdao) {
    await expect(page.getByTestId(`headline-${key}`)).toContainText(display);
  }
  await expect(page.getByTestId('headline-service.positions')).toContainText('服务阵地');
});
