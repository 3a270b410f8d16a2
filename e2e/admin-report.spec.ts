import { chooseOption, expect, loginAs, organizationIdByName, postGraphQL, test } from './fixtures';

/*
 * Issue 9, items 2–3: the 数据看板 and the printable report, as Langfang's admin, for 2024 —
 * the year of the seed's sentence "全国五一劳动奖章3名、全国工人先锋号2家、省劳动模范49名、
 * 省先进工作者17名、省先进集体12家".
 */

interface Figure {
  key: string;
  display: string;
  value: number;
  change: number | null;
}

test('数据看板: figures as the API gives them, linked lists, charts, the workbook and the A4 page', async ({
  page,
  baseURL,
}) => {
  const langfang = await organizationIdByName(baseURL ?? '', '廊坊市总工会');
  const { body } = await postGraphQL<{
    annualReport: { sections: { figures: Figure[] }[] };
  }>(
    baseURL ?? '',
    `query ($id: ID!) { annualReport(organizationId: $id, from: "2024-01-01", to: "2024-12-31") {
      ... on AnnualReport { sections { figures { key display value change } } } } }`,
    { id: langfang },
  );
  const figures = new Map(
    (body.data?.annualReport.sections ?? []).flatMap((s) => s.figures).map((f) => [f.key, f]),
  );
  expect(figures.get('honor.title.PROVINCIAL_MODEL_WORKER')?.value).toBe(49);

  await loginAs(page, 'langfang.admin', '/admin/report?from=2024-01-01&to=2024-12-31');
  await expect(page).toHaveURL(/\/admin\/report\?from=2024-01-01&to=2024-12-31/);
  const dashboard = page.getByTestId('report-dashboard');
  await expect(dashboard).toContainText('廊坊市总工会及其下属各级工会');
  await expect(page.getByTestId('report-section-honor')).toBeVisible();
  for (const key of [
    'honor.title.NATIONAL_MAY_DAY_MEDAL',
    'honor.title.PROVINCIAL_MODEL_WORKER',
    'honor.title.PROVINCIAL_ADVANCED_COLLECTIVE',
    'member.members',
    'organization.grassrootsUnions',
  ]) {
    const figure = figures.get(key);
    if (!figure) throw new Error(`the API has no ${key}`);
    await expect(page.getByTestId(`report-figure-${key}`)).toContainText(figure.display);
  }
  await expect(page.getByTestId('report-change-honor.title.PROVINCIAL_MODEL_WORKER')).toHaveText(
    '较上期 +49',
  );
  await expect(page.getByTestId('report-figure-member.members')).toContainText('截至今日');

  // Both charts are drawn (ECharts renders into a canvas).
  await expect(page.getByTestId('report-chart-months').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('report-chart-children').locator('canvas')).toBeVisible();

  // The workbook download carries the period.
  await expect(page.getByRole('link', { name: /导出 Excel/ })).toHaveAttribute(
    'href',
    `/api/reports/${encodeURIComponent(langfang)}/annual-report.xlsx?from=2024-01-01&to=2024-12-31`,
  );
  const download = await page.request.get(
    `/api/reports/${encodeURIComponent(langfang)}/annual-report.xlsx?from=2024-01-01&to=2024-12-31`,
  );
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toContain('spreadsheetml');

  // The printable page: the same figures in tables.
  await page.getByRole('button', { name: '打印报告' }).click();
  await expect(page).toHaveURL(/\/admin\/report\/print\?/);
  await expect(page.getByRole('heading', { name: '廊坊市总工会工作报告数据' })).toBeVisible();
  await expect(page.getByTestId('report-print-honor.title.PROVINCIAL_MODEL_WORKER')).toContainText(
    '49人',
  );
  await page.goBack();

  // Another year from the selector; the address follows.
  await chooseOption(page.getByLabel('年度'), '2025年');
  await expect(page).toHaveURL(/from=2025-01-01&to=2025-12-31/);
  await expect(page.getByTestId('report-change-honor.title.PROVINCIAL_MODEL_WORKER')).toHaveText(
    '较上期 -49 (-100.0%)',
  );

  // A figure opens the list behind it: the members of the subtree.
  await page.getByTestId('report-figure-member.members').click();
  await expect(page).toHaveURL(/\/admin\/members\?org=/);

  // 女会员 opens the member list filtered to the women on the roll: as many as the figure says.
  const count = (value: number) => new Intl.NumberFormat('zh-CN').format(value);
  const women = figures.get('member.femaleMembers');
  if (!women) throw new Error('the API has no member.femaleMembers');
  expect(women.value).toBeGreaterThan(0);
  await page.goto('/admin/report?from=2024-01-01&to=2024-12-31');
  await page.getByTestId('report-figure-member.femaleMembers').click();
  await expect(page).toHaveURL(/\/admin\/members\?.*sex=FEMALE/);
  await expect(page.getByTestId('member-filters').getByRole('radio', { name: '女' })).toBeChecked();
  await expect(page.getByTestId('member-list-summary')).toContainText(
    `共 ${count(women.value)} 人`,
  );

  // 省劳动模范 opens the award list of the period: the 49 awards.
  await page.goBack();
  await page.getByTestId('report-figure-honor.title.PROVINCIAL_MODEL_WORKER').click();
  await expect(page).toHaveURL(/\/admin\/honors\/awards\?.*title=PROVINCIAL_MODEL_WORKER/);
  await expect(page.getByTestId('award-list-summary')).toContainText('共 49 项');
  await expect(page.getByTestId('award-list')).toContainText('省劳动模范');
});

test('数据看板: a competition-kind figure and a result-type figure open lists of the same count', async ({
  page,
  baseURL,
}) => {
  // Qingdao's 2025: the figures as the API gives them now (other specs may add rows).
  const qingdao = await organizationIdByName(baseURL ?? '', '青岛市总工会');
  const { body } = await postGraphQL<{
    annualReport: { sections: { figures: (Figure & { label: string })[] }[] };
  }>(
    baseURL ?? '',
    `query ($id: ID!) { annualReport(organizationId: $id, from: "2025-01-01", to: "2025-12-31") {
      ... on AnnualReport { sections { figures { key label display value change } } } } }`,
    { id: qingdao },
  );
  const figures = (body.data?.annualReport.sections ?? []).flatMap((s) => s.figures);
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const kind = figures.find((f) => f.key.startsWith('competition.held.') && f.value > 0);
  const type = figures.find((f) => f.key.startsWith('innovation.results.') && f.value > 0);
  const allResults = byKey.get('innovation.results');
  if (!kind || !type || !allResults) throw new Error('Qingdao 2025 has no competition or result');
  const count = (value: number) => new Intl.NumberFormat('zh-CN').format(value);

  await loginAs(page, 'qingdao.admin', '/admin/report?from=2025-01-01&to=2025-12-31');
  await expect(page.getByTestId(`report-figure-${kind.key}`)).toContainText(kind.display);

  // 职业技能竞赛 (or whichever kind was held): the competitions of that kind started in 2025.
  await page.getByTestId(`report-figure-${kind.key}`).click();
  const kindCode = kind.key.slice('competition.held.'.length);
  await expect(page).toHaveURL(
    new RegExp(`/admin/competitions\\?org=.*kind=${kindCode}&from=2025-01-01&to=2025-12-31`),
  );
  // The kind is a visible, changeable filter of the list.
  await expect(
    page.getByTestId('competition-kind-filter').locator('.ant-select-content'),
  ).toHaveText(kind.label);
  await expect(page.getByTestId('competition-list-summary')).toContainText(
    `共 ${count(kind.value)} 项`,
  );
  await expect(page.getByTestId('competition-list').locator('tbody tr.ant-table-row')).toHaveCount(
    kind.value,
  );

  // A result type: the results of the period's year; clearing the type gives all the year's.
  await page.goBack();
  await page.getByTestId(`report-figure-${type.key}`).click();
  const typeCode = type.key.slice('innovation.results.'.length);
  await expect(page).toHaveURL(
    new RegExp(`/admin/innovation/results\\?org=.*type=${typeCode}&yearFrom=2025&yearTo=2025`),
  );
  await expect(page.getByTestId('result-board-summary')).toHaveText(
    `共 ${count(type.value)} 项成果`,
  );
  await expect(page.getByTestId('board-card')).toHaveCount(type.value);
  const typeFilter = page.getByTestId('result-type-filter');
  await expect(typeFilter.locator('.ant-select-content')).toHaveText(type.label);
  await typeFilter.hover();
  await typeFilter.locator('.ant-select-clear').click();
  await expect(typeFilter.locator('.ant-select-content')).not.toHaveText(type.label);
  await page
    .getByTestId('result-filters')
    .getByRole('button', { name: /查\s*询/ })
    .click();
  await expect(page).not.toHaveURL(/type=/);
  await expect(page.getByTestId('result-board-summary')).toHaveText(
    `共 ${count(allResults.value)} 项成果`,
  );
});
