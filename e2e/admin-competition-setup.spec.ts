import type { Page } from '@playwright/test';
import { expect, loginAs, logout, test } from './fixtures';

/*
 * Issue 7, the organiser's side: the set-up wizard creates a two-stage competition (a finding of
 * the domain shown under its field on the stages step first), judges are assigned with their
 * employer and the recusal shows, a judge's locked mark is appealed by qingdao.admin and decided
 * by a second person (super.admin) — the raiser cannot approve their own appeal.
 *
 * Registrations, the judge's marks and the close of the preliminary are arranged through the
 * API with the signed-in page's session; their screens have their own journey.
 */

/** An option of the antd select dropdown that is open. */
function option(page: Page, text: string | RegExp) {
  return page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text });
}

async function api<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: Record<string, T> };
  const value = body.data ? Object.values(body.data)[0] : undefined;
  expect(value, JSON.stringify(body)).toBeDefined();
  return value as T;
}

test('the wizard sets up a two-stage competition, and an appeal is decided by a second person', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const name = `2026年焊工技能竞赛${Date.now().toString(36)}`;
  await loginAs(page, 'qingdao.admin', '/admin/competitions');
  await page.getByRole('button', { name: '新建竞赛' }).click();
  const wizard = page.getByTestId('competition-wizard');

  // 基本信息
  await wizard.getByLabel('竞赛名称').fill(name);
  await wizard.getByLabel('工种 / 项目').fill('焊工');
  await wizard.getByLabel('开始日期').fill('2026-06-10');
  await wizard.getByLabel('结束日期').fill('2026-06-12');
  await page.getByRole('button', { name: '下一步' }).click();

  // 赛段与评分: the default preliminary and final; the final's weights made to add up to 110 %.
  const final = page.getByTestId('wizard-stage-1');
  await expect(final).toBeVisible();
  await expect(page.getByTestId('wizard-stage-0').getByLabel('赛段名称')).toHaveValue('初赛');
  await final.getByLabel('理论权重（%）').fill('40');
  await page.getByRole('button', { name: '下一步' }).click();

  // 参赛条件
  await page.getByLabel('最低年龄').fill('18');
  await page.getByLabel('最高年龄').fill('60');
  await page.getByLabel('工作单位须在主办单位所辖区域内').check();
  await page.getByRole('button', { name: '下一步' }).click();

  // 奖项设置: gold, silver, bronze + excellence to the top half.
  await page.getByLabel('金、银、铜奖 + 优胜奖').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByTestId('wizard-review')).toContainText('金、银、铜奖，优胜奖至前 50%');
  await page.getByRole('button', { name: '创建竞赛' }).click();

  // The domain refuses the weights: the wizard goes back to the stages, the message under the field.
  await expect(final).toBeVisible();
  await expect(final.getByText('理论与实操权重之和应为 100%')).toBeVisible();
  await final.getByLabel('理论权重（%）').fill('30');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '创建竞赛' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/competitions\/[^/]+$/);
  const competitionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

  // Arrange: two contestants, one of them from the organiser (the judge's employer below).
  const competition = await api<{
    organizationId: string;
    stages: { id: string; name: string }[];
  }>(
    page,
    `query ($id: ID!) { competition(id: $id) { ... on Competition { organizationId stages { id name } } } }`,
    { id: competitionId },
  );
  expect(competition.stages.map((s) => s.name)).toEqual(['初赛', '决赛']);
  const preliminary = competition.stages[0]?.id ?? '';
  const other = await api<{ data: { edges: { node: { id: string } }[] } }>(
    page,
    `query { organizations(filter: { search: "海信" }, first: 1) { ... on QueryOrganizationsSuccess { data { edges { node { id } } } } } }`,
    {},
  );
  const hisense = other.data.edges[0]?.node.id ?? '';
  const register = `mutation ($input: RegisterEntryInput!) { registerCompetitionEntry(input: $input) {
    __typename ... on CompetitionEntry { id } ... on Error { message } } }`;
  const entries: string[] = [];
  for (const [publicName, employerId] of [
    ['赵焊工', competition.organizationId],
    ['钱焊工', hisense],
  ] as const) {
    const entry = await api<{ __typename: string; id: string }>(page, register, {
      input: {
        competitionId,
        publicName,
        employerId,
        birthDate: '1990-04-01',
        skillLevel: 'SENIOR',
      },
    });
    expect(entry.__typename).toBe('CompetitionEntry');
    entries.push(entry.id);
  }
  await page.reload();
  await page.getByRole('tab', { name: '裁判' }).click();
  // 聘请裁判: the judge's employer is chosen in the organisation tree (here the organiser itself).
  await page.getByPlaceholder('工作人员账号').fill('qingdao.judge');
  const employer = page.getByRole('combobox', { name: '裁判工作单位（用于回避）' });
  await employer.click();
  await employer.fill('青岛市总工会');
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .locator('.ant-select-tree-node-content-wrapper', { hasText: '青岛市总工会' })
    .first()
    .click();
  await page.getByLabel('初赛 · 理论知识').check();
  await page.getByRole('button', { name: '聘请裁判' }).click();
  const judgeRow = page.getByRole('row').filter({ hasText: 'qingdao.judge' });
  await expect(judgeRow).toContainText('1 赵焊工');
  await logout(page);

  // The judge scores the contestant not from their employer; the organiser closes the preliminary.
  await loginAs(page, 'qingdao.judge', '/admin/competitions');
  const marked = await api<{ __typename: string }>(
    page,
    `mutation ($stageId: ID!, $marks: [JudgeMarkInput!]!) { submitJudgeMarks(stageId: $stageId, marks: $marks) {
      __typename ... on Error { message } } }`,
    { stageId: preliminary, marks: [{ entryId: entries[1], aspectCode: 'T1', marks: 72 }] },
  );
  expect(marked.__typename).toBe('JudgeSheet');
  await logout(page);
  await loginAs(page, 'qingdao.admin', `/admin/competitions/${encodeURIComponent(competitionId)}`);
  const closed = await api<{ __typename: string }>(
    page,
    `mutation ($stageId: ID!) { closeCompetitionStage(stageId: $stageId) { __typename ... on Error { message } } }`,
    { stageId: preliminary },
  );
  expect(closed.__typename).toBe('CompetitionStage');
  await page.reload();

  // 提出申诉 on the locked mark, with a reason.
  await page.getByRole('tab', { name: '申诉' }).click();
  const form = page.getByTestId('raise-appeal');
  await form.getByLabel('赛段（已闭赛）').click();
  await option(page, '初赛').click();
  await form.getByLabel('选手').click();
  await option(page, '2 钱焊工').click();
  await form.getByLabel('裁判评分').click();
  await option(page, /T1 · .* · 72/).click();
  await form.getByLabel('更正为').fill('78');
  await form.getByLabel('理由').fill('第三题漏记 6 分，经复查答题卡确认');
  await form.getByRole('button', { name: '提出申诉' }).click();
  await expect(page.getByText('申诉已提出，须由另一名工作人员复核')).toBeVisible();
  const appeals = page.getByTestId('appeals');
  const appealRow = appeals.getByRole('row').filter({ hasText: '钱焊工' });
  await expect(appealRow).toContainText('72 → 78');
  await expect(appealRow).toContainText('待复核');

  // The one who raised it cannot approve it.
  await appealRow.getByRole('button', { name: '复核通过' }).click();
  await page.getByPlaceholder('复核意见（至少 5 个字）').fill('自己复核自己的申诉');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByText('申诉须由提出人以外的另一名工作人员复核')).toBeVisible();
  await expect(appealRow).toContainText('待复核');
  await logout(page);

  // A second person approves it; the trail shows who raised and who decided.
  await loginAs(page, 'super.admin', `/admin/competitions/${encodeURIComponent(competitionId)}`);
  await page.getByRole('tab', { name: '申诉' }).click();
  const row = page.getByTestId('appeals').getByRole('row').filter({ hasText: '钱焊工' });
  await row.getByRole('button', { name: '复核通过' }).click();
  await page.getByPlaceholder('复核意见（至少 5 个字）').fill('核对答题卡属实，同意更正');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(row.getByText('复核通过', { exact: true })).toBeVisible();
  await expect(row).toContainText('核对答题卡属实，同意更正');
  await expect(row).toContainText('第三题漏记 6 分');
  // The ranking of the preliminary now counts the corrected mark.
  await page.getByRole('tab', { name: '实时排名' }).click();
  await page.locator('.ant-segmented-item', { hasText: '初赛' }).click();
  await expect(page.getByTestId('ranking').getByRole('row').nth(1)).toContainText('78');

  // The final is still open: the organiser records a contestant's time used (the tie-break).
  await page.locator('.ant-segmented-item', { hasText: '决赛' }).click();
  const time = page.getByLabel('2 用时（秒）');
  await time.fill('1500');
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      (response.request().postData() ?? '').includes('AdminRecordCompetitionTime'),
  );
  await time.press('Enter');
  expect(await (await saved).text()).toContain('"CompetitionStage"');
  await page.reload();
  await page.getByRole('tab', { name: '实时排名' }).click();
  await expect(page.getByLabel('2 用时（秒）')).toHaveValue('1500');
});
