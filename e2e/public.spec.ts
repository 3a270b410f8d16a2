import type { Locator, Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, missingOrganizationId, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

function orgLink(list: Locator, name: string): Locator {
  return list.locator('a.org-item').filter({
    has: list.page().locator('.org-item-name', { hasText: new RegExp(`^${name}$`) }),
  });
}

function title(page: Page): Locator {
  return page.locator('h1.org-title');
}

test.describe('public site: 工会组织', () => {
  test('tap down the hierarchy, load more, search, and come back to a link', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '工会组织' })).toBeVisible();
    await expectNoHorizontalScroll(page);

    const roots = page.locator('ul.org-list');
    await orgLink(roots, '中华全国总工会').tap();
    await expect(title(page)).toHaveText('中华全国总工会');
    await expect(page).toHaveURL(/\/organizations\/[A-Za-z0-9_-]+$/);

    const children = page.getByTestId('children-list');
    await orgLink(children, '山东省总工会').tap();
    await expect(title(page)).toHaveText('山东省总工会');
    await orgLink(children, '青岛市总工会').tap();
    await expect(title(page)).toHaveText('青岛市总工会');
    await expect(page).toHaveTitle('青岛市总工会 · 工会组织 · 工会平台');

    // Breadcrumb and facts.
    const breadcrumb = page.getByRole('navigation', { name: '所在位置' });
    await expect(breadcrumb.locator('li')).toHaveText([
      '全部',
      '中华全国总工会',
      '山东省总工会',
      '青岛市总工会',
    ]);
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('市总工会');
    await expect(facts).toContainText('370200');
    await expect(facts).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expectNoHorizontalScroll(page);

    // Children: 10 first, then the rest with 加载更多 (cursor pagination).
    const items = children.locator('a.org-item');
    await expect(items).toHaveCount(10);
    await expect(children).toContainText('已显示 10 / 14 个');
    await page.getByRole('button', { name: '加载更多' }).tap();
    await expect(items).toHaveCount(14);
    await expect(children).toContainText('已显示 14 / 14 个');
    await expect(page.getByRole('button', { name: '加载更多' })).toHaveCount(0);
    await expect(orgLink(children, '市南区总工会')).toBeVisible();
    await expectNoHorizontalScroll(page);

    // The breadcrumb goes back up; the browser's back button too.
    await breadcrumb.getByRole('link', { name: '山东省总工会' }).tap();
    await expect(title(page)).toHaveText('山东省总工会');
    await page.goBack();
    await expect(title(page)).toHaveText('青岛市总工会');

    // Search.
    const search = page.getByRole('searchbox', { name: '搜索工会组织' });
    await search.fill('海尔');
    const results = page.getByTestId('search-results');
    await expect(page.getByRole('status').filter({ hasText: '找到 1 个组织' })).toBeVisible();
    await expect(results).toContainText('崂山区总工会');
    await expectNoHorizontalScroll(page);
    await orgLink(results, '海尔集团公司工会委员会').tap();
    await expect(title(page)).toHaveText('海尔集团公司工会委员会');
    await expect(search).toHaveValue('');
    await expect(facts).toContainText('基层工会');
    await expect(page.getByText('暂无下级组织')).toBeVisible();

    const sharedUrl = page.url();
    await page.reload();
    await expect(page).toHaveURL(sharedUrl);
    await expect(title(page)).toHaveText('海尔集团公司工会委员会');
    await expect(breadcrumb).toContainText('崂山区总工会');
    await expectNoHorizontalScroll(page);
  });

  test('says so when nothing matches, and when a link is wrong', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: '搜索工会组织' }).fill('不存在的工会名称');
    await expect(page.getByText('没有找到与“不存在的工会名称”相关的组织')).toBeVisible();

    await page.goto(`/organizations/${missingOrganizationId}`);
    await expect(page.getByRole('alert')).toContainText('找不到该组织');

    await page.goto('/no-such-page');
    await expect(page.getByRole('alert')).toContainText('页面不存在');
    await page.getByRole('link', { name: '返回工会组织' }).tap();
    await expect(page.getByRole('heading', { level: 2, name: '顶层组织' })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
