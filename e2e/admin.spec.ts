import type { Locator, Page } from '@playwright/test';
import { expect, loginAs, missingOrganizationId, test } from './fixtures';

function treeItem(page: Page, name: string): Locator {
  return page
    .getByRole('treeitem')
    .filter({ has: page.locator('.ant-tree-title', { hasText: new RegExp(`^${name}`) }) });
}

async function expandInTree(page: Page, name: string): Promise<void> {
  const item = treeItem(page, name);
  await expect(item).toHaveAttribute('aria-expanded', 'false');
  await item.locator('.ant-tree-switcher').click();
  await expect(item).toHaveAttribute('aria-expanded', 'true');
}

function detailHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 2 }).filter({ hasNotText: '组织机构' });
}

/** The 下级组织 card (the 会员 card below it has its own table and pager). */
function childrenCard(page: Page): Locator {
  return page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: /^下级组织$/ }) });
}

function childrenTable(page: Page): Locator {
  return childrenCard(page).locator('.ant-table-tbody');
}

test.describe('admin console: 组织机构', () => {
  // The platform operator's scope is the whole hierarchy: the tree starts at the ACFTU.
  test.beforeEach(async ({ page }) => {
    await loginAs(page, 'super.admin');
  });

  test('browse the tree, page through children, search, and reload a shared link', async ({
    page,
  }) => {
    await page.goto('/admin/');
    await expect(page).toHaveURL(/\/admin\/organizations$/);
    await expect(page.getByRole('heading', { name: '工会平台管理端' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: /组织机构/ })).toBeVisible();
    await expect(page.getByText('请选择组织')).toBeVisible();

    // The hierarchy loads lazily, one level per expansion.
    await expandInTree(page, '中华全国总工会');
    await expandInTree(page, '山东省总工会');
    await expandInTree(page, '青岛市总工会');
    await treeItem(page, '市南区总工会').locator('.ant-tree-node-content-wrapper').click();

    await expect(page).toHaveURL(/\/admin\/organizations\/[A-Za-z0-9_-]+$/);
    await expect(detailHeading(page)).toHaveText('市南区总工会');
    await expect(treeItem(page, '市南区总工会')).toHaveAttribute('aria-selected', 'true');
    const breadcrumb = page.locator('.ant-breadcrumb');
    await expect(breadcrumb).toContainText('中华全国总工会');
    await expect(breadcrumb).toContainText('山东省总工会');
    await expect(breadcrumb).toContainText('青岛市总工会');
    await expect(breadcrumb.locator('li').last()).toHaveText('市南区总工会');
    const facts = page.locator('.ant-descriptions');
    await expect(facts).toContainText('县(市、区)总工会');
    await expect(facts).toContainText('370202');

    // Its children, and the next page when there is one.
    const rows = childrenTable(page).locator('tr.ant-table-row');
    await expect(rows.first()).toBeVisible();
    const summary = page.getByTestId('children-summary');
    await expect(summary).toContainText('第 1 页');
    const next = childrenCard(page).getByRole('button', { name: /下一页/ });
    if (await next.isEnabled()) {
      const firstOnPageOne = (await rows.first().textContent()) ?? '';
      await next.click();
      await expect(summary).toContainText('第 2 页');
      await expect(rows.first()).not.toHaveText(firstOnPageOne);
    } else {
      await expect(childrenCard(page).getByRole('button', { name: /上一页/ })).toBeDisabled();
    }

    // 青岛市总工会 (14 children) has two pages of 10: forward and back with Relay cursors.
    await breadcrumb.getByRole('link', { name: '青岛市总工会' }).click();
    await expect(detailHeading(page)).toHaveText('青岛市总工会');
    await expect(summary).toHaveText('共 14 个，当前第 1 页（第 1–10 个）');
    await expect(rows).toHaveCount(10);
    await next.click();
    await expect(summary).toHaveText('共 14 个，当前第 2 页（第 11–14 个）');
    await expect(rows).toHaveCount(4);
    await expect(next).toBeDisabled();
    await childrenCard(page)
      .getByRole('button', { name: /上一页/ })
      .click();
    await expect(summary).toContainText('第 1 页');
    await expect(rows).toHaveCount(10);

    // Search by name and open the result.
    const search = page.getByRole('combobox', { name: /按名称搜索/ });
    await search.click();
    await search.fill('海尔');
    const option = page.locator('.ant-select-item-option', { hasText: '海尔集团公司工会委员会' });
    await expect(option).toContainText('崂山区总工会');
    await option.click();
    await expect(detailHeading(page)).toHaveText('海尔集团公司工会委员会');
    await expect(facts).toContainText('基层工会');
    await expect(facts).toContainText('海尔集团公司');
    await expect(facts).toContainText('集体');
    await expect(facts).toContainText('18,000 人');
    await expect(treeItem(page, '海尔集团公司工会委员会')).toHaveAttribute('aria-selected', 'true');
    const sharedUrl = page.url();

    // A reload (or a shared link) opens the same organisation, with the tree opened to it.
    await page.reload();
    await expect(page).toHaveURL(sharedUrl);
    await expect(detailHeading(page)).toHaveText('海尔集团公司工会委员会');
    await expect(breadcrumb).toContainText('崂山区总工会');
    await expect(treeItem(page, '海尔集团公司工会委员会')).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveTitle('海尔集团公司工会委员会 · 组织机构 · 工会平台管理端');
  });

  test('shows the API error for a bad or unknown organisation id', async ({ page }) => {
    await page.goto('/admin/organizations/not-an-id');
    await expect(page.locator('.ant-result')).toContainText('链接无效');
    await expect(page.locator('.ant-result')).toContainText('不是有效的 ID');

    await page.goto(`/admin/organizations/${missingOrganizationId}`);
    await expect(page.locator('.ant-result')).toContainText('找不到该组织');
  });

  test('switches the console to English and back', async ({ page }) => {
    await page.goto('/admin/organizations');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Gonghui Admin Console' })).toBeVisible();
    await expandInTree(page, '中华全国总工会');
    await treeItem(page, '山东省总工会').locator('.ant-tree-node-content-wrapper').click();
    await expect(page.locator('.ant-descriptions')).toContainText('Provincial federation');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('.ant-descriptions')).toContainText('省总工会');
  });
});
