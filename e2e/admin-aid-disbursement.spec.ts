import type { Page } from '@playwright/test';
import { expect, loginAs, logout, test } from './fixtures';

/*
 * Issue 8, from a household to the ledger in 廊坊: the 中石油管道局 caseworker registers a file
 * (category and reasons as the form is filled, under the national rules: 低保 800 元), submits a
 * 冬送温暖 application on it — the amount is computed (深度困难 → 2,000 元) and its breakdown shown;
 * 广阳区's caseworker makes both reviews, the city admin approves (separation of duties: three
 * accounts), pays it with a confirmation; the payment is on the ledger and the budget left is
 * 2,000 元 less.
 */

const worker = '戴晓东';
const spouse = '林春燕';
const spouseIdNumber = '131003198906120021';
const program = '2026 年廊坊市冬送温暖';

/** Chooses an option of the antd Select labelled `label`, retrying while the list opens. */
async function choose(page: Page, label: string, option: string, search?: string) {
  const select = page.getByLabel(label, { exact: true });
  await expect(async () => {
    await select.click();
    if (search) await select.fill(search);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: option,
      })
      .first()
      .click({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
}

/** The remaining budget of the program on 预算与台账, in yuan. */
async function budgetLeft(page: Page): Promise<number> {
  await page.goto('/admin/aid/budgets');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('radio') })
    .filter({ hasText: program });
  await expect(row).toBeVisible();
  const cells = await row.getByRole('cell').allTextContents();
  // (radio), 项目, 类型, 年度, 预算总额, 已发放, 预算余额, 台账
  return Number((cells[6] ?? '').replaceAll(',', ''));
}

test('a household file, a computed application, two reviewers and an approver, a payment on the ledger', async ({
  page,
}) => {
  test.setTimeout(240_000);

  // 1. The caseworker registers the household: 18,000 元 a year for two is 750 元 a head.
  await loginAs(page, 'langfang.caseworker', '/admin/aid/hardship/new');
  await expect(page.getByRole('heading', { name: '新建困难职工档案' })).toBeVisible();
  await page.getByLabel('按姓名查找会员').fill(worker);
  await page.locator('.ant-select-item-option', { hasText: worker }).click();
  await page.getByLabel('金额（元/年）').first().fill('18000');
  await page.getByTestId('add-household-member').click();
  await page.getByPlaceholder('姓名').nth(1).fill(spouse);
  await page.getByPlaceholder('身份证号（选填）').nth(1).fill(spouseIdNumber);
  await expect(page.getByTestId('hardship-category')).toHaveText('深度困难');
  await expect(page.getByTestId('hardship-reasons')).toContainText(
    '家庭人均纯收入 750 元，低于当地低保标准 800 元',
  );
  const causes = page
    .locator('.ant-form-item', { has: page.getByLabel('致困原因', { exact: true }) })
    .last();
  await expect(async () => {
    if ((await causes.textContent())?.includes('因病')) return;
    await page.getByLabel('致困原因', { exact: true }).click();
    await page
      .locator(
        '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="因病"]',
      )
      .click({ timeout: 2000 });
    await expect(causes).toContainText('因病', { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /建\s*档/ }).click();
  await expect(page.getByTestId('file-category')).toHaveText('深度困难');

  // 2. The application: no amount typed — the gateway computes it from the file's category.
  await page.goto('/admin/aid/applications');
  await page.getByRole('button', { name: '新建救助申请' }).click();
  const modal = page.getByRole('dialog', { name: '新建救助申请' });
  await expect(modal).toBeVisible();
  await choose(page, '帮扶项目', program);
  await choose(page, '困难职工档案（在档）', worker, worker);
  // The applicant's union comes from the file.
  await expect(
    modal.getByTitle('中国石油管道局工程有限公司工会委员会', { exact: true }),
  ).toBeVisible();
  await modal.getByLabel('申请人', { exact: true }).fill(spouse);
  await modal.getByLabel('身份证号', { exact: true }).fill(spouseIdNumber);
  await modal.getByLabel('家庭人口').fill('2');
  await modal.getByLabel('困难情况说明').fill('丈夫收入低，家庭人均收入低于低保标准');
  await modal.getByLabel('同意人（申请人或其监护人）').fill(spouse);
  await modal.getByRole('button', { name: /提\s*交/ }).click();
  await expect(page.getByTestId('aid-application-state')).toHaveText('已申请');
  await expect(page.getByTestId('aid-entitlement-amount')).toHaveText('2,000.00');
  await expect(page.getByTestId('aid-entitlement-breakdown')).toContainText('深度困难家庭标准');
  await expect(page.getByTestId('aid-entitlement')).toContainText('000000 v1');
  const url = page.url();
  // Whoever keyed it in may not review it.
  await expect(page.getByTestId('aid-move-GRASSROOTS_REVIEW')).toHaveCount(0);
  await logout(page);

  // 3. 广阳区's caseworker reviews it twice (基层, 区县).
  await loginAs(page, 'guangyang.caseworker', new URL(url).pathname);
  await expect(page.getByTestId('aid-entitlement-amount')).toHaveText('2,000.00');
  await page.getByTestId('aid-move-GRASSROOTS_REVIEW').click();
  await expect(page.getByTestId('aid-application-state')).toHaveText('基层工会已审核');
  await page.getByTestId('aid-move-DISTRICT_REVIEW').click();
  await expect(page.getByTestId('aid-application-state')).toHaveText('区县工会已复核');
  await logout(page);

  // 4. The city admin approves and pays, after a confirmation.
  await loginAs(page, 'langfang.admin', '/admin/aid/budgets');
  const before = await budgetLeft(page);
  await page.goto(url);
  await page.getByTestId('aid-move-APPROVE').click();
  await expect(page.getByTestId('aid-application-state')).toHaveText('已审批');
  await page.getByTestId('aid-disburse').click();
  await expect(page.getByRole('dialog', { name: '确认发放' })).toContainText('2,000.00');
  await page.getByTestId('aid-disburse-confirm').click();
  await expect(page.getByTestId('aid-application-state')).toHaveText('已发放');

  // 5. The ledger has the payment; the budget left is 2,000 元 less.
  expect(await budgetLeft(page)).toBe(before - 2000);
  await expect(page.getByTestId('aid-ledger')).toContainText(`${program} 发放 2,000.00 元`);
});
