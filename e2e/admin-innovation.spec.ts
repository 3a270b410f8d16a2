import { chooseOption, expect, loginAs, test } from './fixtures';

/*
 * Issue 6: the city's admin records a year's evaluation of a demo studio in the console — the
 * stars and their breakdown appear as the form is filled in (the gateway's dry run of the
 * domain's rubric) — and the public studio page then shows the stars and the year in its rating
 * history; then a demo result is moved through the conversion board, column by column, to
 * 收益保障.
 */

const studioName = '邢志强工匠创新工作室';
const resultTitle = '显示模组背光贴合治具';

test('an evaluation shows its stars on the public studio page', async ({ page }) => {
  await loginAs(page, 'qingdao.admin', '/admin/innovation');
  await expect(page.getByRole('heading', { name: '创新工作室' })).toBeVisible();
  await page.getByTestId('studio-table').getByRole('link', { name: studioName }).click();
  await expect(page.getByTestId('studio-name')).toHaveText(studioName);
  // Founded in 2021 and never evaluated: the overdue years are flagged.
  await expect(page.getByTestId('missed-years')).toContainText('2022');
  await expect(page.getByTestId('studio-stars')).toHaveAttribute('data-stars', '0');
  const studioPath = new URL(page.url()).pathname;
  const studioId = decodeURIComponent(studioPath.split('/').at(-1) ?? '');

  const form = page.getByTestId('evaluation-form');
  await form.getByTestId('evaluation-year').fill('2025');
  await form.getByTestId('evaluation-resultsAndPatents').fill('6');
  await form.getByTestId('evaluation-peopleTrained').fill('5');
  await form.getByTestId('evaluation-economicBenefitYuan').fill('1000000');
  await form.getByTestId('evaluation-facilitiesAndRules').fill('8');
  // Not everything filled in yet: no stars.
  await expect(page.getByTestId('preview-stars')).toHaveCount(0);
  await form.getByTestId('evaluation-activity').fill('4');
  // 30×85% + 20×80% + 25×80% + 10×80% + 15×60% = 78.5 → 4 stars
  await expect(page.getByTestId('preview-stars')).toHaveAttribute('data-stars', '4');
  await expect(page.getByTestId('evaluation-preview')).toContainText(
    '总分 78.5 分，达到 4 星（≥75 分）',
  );
  await expect(page.getByTestId('evaluation-preview')).toContainText(
    '创新成果和专利 6 项，达到 ≥5 项 档（85%）',
  );
  // More activities: the preview follows the form.
  await form.getByTestId('evaluation-activity').fill('12');
  await expect(page.getByTestId('evaluation-preview')).toContainText('总分 84.5 分');
  await form.getByTestId('evaluation-submit').click();
  await expect(page.getByText('已记录评定结果')).toBeVisible();
  await expect(page.getByTestId('studio-stars')).toHaveAttribute('data-stars', '4');
  await expect(page.getByTestId('rating-table')).toContainText('2025');
  await expect(page.getByTestId('rating-table')).toContainText('首次评定');

  // The same year again is refused by the gateway (a rating is never overwritten).
  await form.getByTestId('evaluation-year').fill('2025');
  for (const [field, value] of [
    ['resultsAndPatents', '1'],
    ['peopleTrained', '1'],
    ['economicBenefitYuan', '0'],
    ['facilitiesAndRules', '1'],
    ['activity', '1'],
  ] as const) {
    await form.getByTestId(`evaluation-${field}`).fill(value);
  }
  await expect(page.getByTestId('preview-stars')).toHaveAttribute('data-stars', '1');
  await form.getByTestId('evaluation-submit').click();
  await expect(form.getByText('2025 年度已评定，评定结果不能覆盖')).toBeVisible();

  // The public studio page.
  await page.goto(`/studios/${encodeURIComponent(studioId)}`);
  await expect(page.getByTestId('studio-name')).toHaveText(studioName);
  await expect(page.locator('.card').first().getByTestId('stars')).toHaveAttribute(
    'data-stars',
    '4',
  );
  const history = page.getByTestId('rating-history');
  await expect(history).toContainText('2025');
  await expect(history).toContainText('★★★★☆');
  await expect(history).toContainText('84.5');
  // The directory finds it by its new stars.
  await page.goto('/studios');
  await page.getByLabel('星级').selectOption({ label: '★★★★☆' });
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByTestId('studio-list')).toContainText(studioName);
});

test('a result moves through the conversion board', async ({ page }) => {
  await loginAs(page, 'qingdao.admin', '/admin/innovation/results');
  await expect(page.getByRole('heading', { name: '成果转化看板' })).toBeVisible();
  const card = (state: string) =>
    page
      .getByTestId(`board-column-${state}`)
      .locator(`[data-testid="board-card"][data-title="${resultTitle}"]`);
  await expect(card('REGISTERED')).toBeVisible();
  await card('REGISTERED').getByTestId('move-ASSESS').click();
  await expect(card('ASSESSED')).toBeVisible();
  await expect(card('REGISTERED')).toHaveCount(0);
  await card('ASSESSED').getByTestId('move-PROMOTE').click();
  await expect(card('PROMOTED')).toBeVisible();
  await card('PROMOTED').getByTestId('move-START_CONVERSION').click();
  await expect(card('IN_CONVERSION')).toBeVisible();
  await card('IN_CONVERSION').getByTestId('move-SECURE_RETURNS').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('returns-input').fill('52000.5');
  await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(card('RETURNS_SECURED')).toBeVisible();
  await expect(card('RETURNS_SECURED')).toContainText('52,000.50');
  // Final: no move is offered any more.
  await expect(card('RETURNS_SECURED').getByRole('button')).toHaveCount(0);
});

test('the city selects an all-staff innovation enterprise and runs an alliance', async ({
  page,
}) => {
  await loginAs(page, 'qingdao.admin', '/admin/innovation');
  await page.getByRole('link', { name: '联盟与全员创新企业' }).click();
  const enterprises = page.getByTestId('enterprises-card');
  await enterprises.getByRole('spinbutton').fill('2025');
  // The demo selected three for 2025.
  await expect(page.getByTestId('enterprise-quota')).toContainText(
    '2025 年度已评选 3 家，名额 10 家，尚余 7 家',
  );
  await enterprises.getByPlaceholder('企业名称').fill('青岛演示智能制造有限公司');
  await enterprises.getByRole('button', { name: '评选入选' }).click();
  await expect(page.getByTestId('enterprise-quota')).toContainText('已评选 4 家');
  await expect(enterprises).toContainText('青岛演示智能制造有限公司');
  // The same enterprise twice is refused with the domain's reason.
  await enterprises.getByPlaceholder('企业名称').fill('青岛演示智能制造有限公司');
  await enterprises.getByRole('button', { name: '评选入选' }).click();
  await expect(enterprises).toContainText('已入选 2025 年度全员创新企业');

  const alliances = page.getByTestId('alliances-card');
  await expect(alliances).toContainText('青岛市高端装备劳模和工匠人才创新工作室联盟');
  await expect(alliances).toContainText('林振华劳模创新工作室');
});

test('a studio is registered only when its lead qualifies', async ({ page }) => {
  await loginAs(page, 'qingdao.admin', '/admin/innovation');
  await page.getByRole('button', { name: '登记工作室' }).click();
  const form = page.getByTestId('create-studio-form');
  await form.getByLabel('工作室名称').fill('演示登记创新工作室');
  await form.getByLabel('依托单位').fill('演示依托单位');
  await form.getByLabel('产业链').fill('海洋装备');
  await form.getByLabel('行政区划').fill('370211');
  await form.getByLabel('成立日期').fill('2024-05-01');
  await form.getByLabel('成立日期').press('Enter');
  await form.getByLabel('领衔人', { exact: true }).fill('演示领衔人');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  // No honor and no skill level: the domain's qualification rule refuses it.
  await expect(page.getByRole('dialog')).toContainText(
    '领衔人须为劳动模范、工匠等荣誉获得者或技师及以上技能等级',
  );
  await chooseOption(form.getByLabel('领衔人技能等级'), '高级技师');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByTestId('studio-name')).toHaveText('演示登记创新工作室');
  await expect(page.getByTestId('studio-stars')).toHaveAttribute('data-stars', '0');
});

test('a result is registered on the board, its patent number checked', async ({ page }) => {
  await loginAs(page, 'qingdao.admin', '/admin/innovation/results');
  await page.getByRole('button', { name: '登记成果' }).click();
  const form = page.getByTestId('create-result-form');
  await form.getByLabel('成果名称').fill('演示岸桥吊具防摇装置');
  await chooseOption(form.getByLabel('成果类型'), '实用新型专利');
  // 202420123456 has the check character 6 (weights 2–9, 2–5, mod 11).
  await form.getByLabel('专利号（专利类成果）').fill('ZL202420123456.X');
  await form.getByLabel(/完成人/).fill('演示完成人甲\n演示完成人乙');
  await form.getByLabel('经济效益（元）').fill('120000');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(form).toContainText('专利号校验位错误，应为 6');
  await form.getByLabel('专利号（专利类成果）').fill('ZL202420123456.6');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  const card = page
    .getByTestId('board-column-REGISTERED')
    .locator('[data-testid="board-card"][data-title="演示岸桥吊具防摇装置"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('演示完成人甲');
  await expect(card).toContainText('120,000.00');
});

test('an honoree’s profile links to the studio they lead, and back', async ({ page }) => {
  // 陈立军, 2025 全国五一劳动奖章 (demo honors), leads a demo studio (demo innovation).
  await page.goto('/honors?level=NATIONAL&year=2025');
  await page.getByTestId('honor-card').filter({ hasText: '陈立军' }).click();
  await expect(page.getByRole('heading', { name: '陈立军', level: 1 })).toBeVisible();
  const studios = page.getByTestId('honoree-studios');
  await expect(studios).toContainText('陈立军劳模创新工作室');
  const profilePath = new URL(page.url()).pathname;
  await studios.getByRole('link', { name: '陈立军劳模创新工作室' }).click();
  await expect(page.getByTestId('studio-name')).toHaveText('陈立军劳模创新工作室');
  await expect(page.getByTestId('studio-lead')).toContainText('全国五一劳动奖章');
  await page.getByTestId('studio-lead-profile').click();
  await expect(page).toHaveURL(new RegExp(`${profilePath}$`));
  await expect(page.getByRole('heading', { name: '陈立军', level: 1 })).toBeVisible();
  // A lead who is not on the honor roll is not a link.
  await page.goto('/studios');
  await page.getByTestId('studio-list').getByRole('link', { name: '林振华劳模创新工作室' }).click();
  await expect(page.getByTestId('studio-lead')).toContainText('林振华');
  await expect(page.getByTestId('studio-lead-profile')).toHaveCount(0);
});

test('a studio’s members and status are edited as dated records', async ({ page }) => {
  const studioName = '马国强桥吊操作创新工作室';
  await loginAs(page, 'qingdao.admin', '/admin/innovation');
  await page.getByTestId('studio-table').getByRole('link', { name: studioName }).click();
  await expect(page.getByTestId('studio-name')).toHaveText(studioName);
  await expect(page.getByTestId('lead-honoree-linked')).toBeVisible();
  const studioId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');

  // Members: one added today, then removed with today's date; the list follows.
  const members = page.getByTestId('members-card');
  const addForm = page.getByTestId('add-member-form');
  await addForm.getByPlaceholder('姓名').fill('演示新成员');
  await addForm.getByPlaceholder('角色').fill('徒弟');
  await addForm.getByRole('button', { name: '添加成员' }).click();
  await expect(
    members.getByTestId('studio-member').filter({ hasText: '演示新成员' }),
  ).toBeVisible();
  await members
    .getByTestId('studio-member')
    .filter({ hasText: '演示新成员' })
    .getByRole('button', { name: '移出' })
    .click();
  const leave = page.getByRole('dialog');
  await expect(leave).toContainText('移出成员「演示新成员」');
  await leave.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(members.getByTestId('studio-member').filter({ hasText: '演示新成员' })).toHaveCount(
    0,
  );
  await expect(members).toContainText('邵明川');

  // Status: a change needs a reason; suspending adds a dated row to the history.
  const statusForm = page.getByTestId('status-form');
  await statusForm.getByRole('button', { name: '变更状态' }).click();
  await expect(statusForm).toContainText('请填写状态变更的理由');
  await statusForm.getByLabel('理由').fill('依托单位搬迁，暂停活动');
  await statusForm.getByRole('button', { name: '变更状态' }).click();
  const history = page.getByTestId('status-history');
  await expect(history).toContainText('正常 → 暂停');
  await expect(history).toContainText('依托单位搬迁，暂停活动');
  // A suspended studio is not evaluated.
  await expect(page.getByTestId('evaluation-form')).toHaveCount(0);

  // The public page says so.
  await page.goto(`/studios/${encodeURIComponent(studioId)}`);
  await expect(page.getByTestId('studio-name')).toHaveText(studioName);
  await expect(page.locator('.card').first()).toContainText('暂停');

  // Reinstated: a second dated row; the first stays.
  await page.goto(`/admin/innovation/studios/${encodeURIComponent(studioId)}`);
  await expect(page.getByTestId('studio-name')).toHaveText(studioName);
  await chooseOption(page.getByTestId('status-form').getByLabel('变更为'), '正常');
  await page.getByTestId('status-form').getByLabel('理由').fill('搬迁完成，恢复活动');
  await page.getByTestId('status-form').getByRole('button', { name: '变更状态' }).click();
  await expect(history).toContainText('暂停 → 正常');
  await expect(history).toContainText('正常 → 暂停');
  await expect(page.getByTestId('evaluation-form')).toBeVisible();
});

test('the innovation configuration gets a new version for a region', async ({ page }) => {
  await loginAs(page, 'super.admin', '/admin/innovation/network');
  const card = page.getByTestId('innovation-config-card');
  await card.getByLabel('行政区划代码').fill('370200');
  await card.getByRole('button', { name: /查\s*看/ }).click();
  await expect(page.getByTestId('innovation-config-version')).toHaveText('现行版本：000000 v0');
  await card.getByLabel('地区名称').fill('青岛市');
  await card.getByLabel('修订说明').fill('演示：名额不变，另立版本');
  await card.getByLabel('配置内容（JSON）').fill('{ "enterpriseQuotas": ');
  await card.getByRole('button', { name: '保存为新版本' }).click();
  await expect(card).toContainText('配置内容不是有效的 JSON');
  await card
    .getByLabel('配置内容（JSON）')
    .fill('{ "enterpriseQuotas": { "CITY_FEDERATION": 10, "COUNTY_FEDERATION": -1 } }');
  await card.getByRole('button', { name: '保存为新版本' }).click();
  await expect(card).toContainText('名额须为 0–1000 的整数');
  await card
    .getByLabel('配置内容（JSON）')
    .fill('{ "enterpriseQuotas": { "CITY_FEDERATION": 10, "COUNTY_FEDERATION": 10 } }');
  await card.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByTestId('innovation-config-version')).toHaveText(
    '现行版本：000000 v0 / 370200 v1',
  );
  await expect(card).toContainText('青岛市（370200）v1');
});
