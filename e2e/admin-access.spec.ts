import type { Locator, Page } from '@playwright/test';
import {
  demoPassword,
  expect,
  loginAs,
  logout,
  organizationIdByName,
  postGraphQL,
  submitLogin,
  test,
} from './fixtures';

function treeItems(page: Page): Locator {
  return page.getByRole('treeitem');
}

function detailHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 2 }).filter({ hasNotText: '组织机构' });
}

function apiBase(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('baseURL is not configured');
  return baseURL;
}

test.describe('admin console: sign-in and scope', () => {
  test('a district admin signs in and sees only their district', async ({ page, baseURL }) => {
    const laoshanId = await organizationIdByName(apiBase(baseURL), '崂山区总工会');

    // Any console page without a session leads to the login page.
    await page.goto('/admin/');
    await expect(page).toHaveURL(/\/admin\/login$/);
    await expect(page).toHaveTitle('登录 · 工会平台管理端');
    await submitLogin(page, 'shinan.admin');
    await expect(page).toHaveURL(/\/admin\/organizations$/);

    // The header says who is signed in, where, and as what.
    await expect(page.getByTestId('viewer-name')).toHaveText('李秀梅');
    await expect(page.getByTestId('viewer-organization')).toHaveText('市南区总工会');
    await expect(page.getByTestId('viewer-roles')).toHaveText('工会管理员');
    const menu = page.getByRole('navigation', { name: '工会平台管理端' });
    for (const module of ['组织机构', '人员管理', '接口密钥', '审计日志']) {
      await expect(menu.getByRole('menuitem', { name: new RegExp(module) })).toBeVisible();
    }

    // The tree starts at the top of the scope: 市南区总工会, not the ACFTU.
    await expect(treeItems(page)).toHaveCount(1);
    await expect(treeItems(page).first()).toContainText('市南区总工会');
    await expect(page.getByText('中华全国总工会')).toHaveCount(0);

    // Another district by its URL answers like an organisation that does not exist.
    await page.goto(`/admin/organizations/${laoshanId}`);
    const result = page.locator('.ant-result');
    await expect(result).toContainText('找不到该组织');
    await expect(result).toContainText('不在您的管辖范围内');
    await expect(page.getByText('崂山区总工会')).toHaveCount(0);

    // Search finds nothing outside the scope, and what is inside it.
    const search = page.getByRole('combobox', { name: /按名称搜索/ });
    await search.click();
    await search.fill('崂山');
    const popup = page
      .locator('.ant-select-dropdown')
      .filter({ hasText: /没有找到匹配的组织|海信/ });
    await expect(popup).toContainText('没有找到匹配的组织');
    await expect(page.locator('.ant-select-item-option')).toHaveCount(0);
    await search.fill('海信');
    const hisense = page.locator('.ant-select-item-option', {
      hasText: '海信集团控股股份有限公司工会委员会',
    });
    await expect(hisense).toContainText('市南区总工会');
    await hisense.click();
    await expect(detailHeading(page)).toHaveText('海信集团控股股份有限公司工会委员会');
    // The breadcrumb starts at the top of the scope too.
    await expect(page.locator('.ant-breadcrumb li').first()).toHaveText('市南区总工会');
  });

  // langfang.judge5 is locked here: no other journey signs in as that demo judge.
  test('a wrong password, then a locked account, in Chinese', async ({ page, baseURL }) => {
    await page.goto('/admin/login');
    await submitLogin(page, 'langfang.judge5', 'Wrong-Password-1');
    await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误');
    await expect(page).toHaveURL(/\/admin\/login$/);
    await expect(page.getByLabel('密码', { exact: true })).toHaveValue('');

    // Four more wrong passwords (the fifth within 15 minutes locks the account) …
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const { body } = await postGraphQL<{ login: { __typename: string } }>(
        apiBase(baseURL),
        'mutation { login(username: "langfang.judge5", password: "Wrong-Password-1") { __typename } }',
      );
      expect(body.data?.login.__typename).toBe('LoginFailedError');
    }
    // … and even the right password is refused until the time shown.
    await submitLogin(page, 'langfang.judge5', demoPassword);
    await expect(page.getByTestId('login-error')).toHaveText(
      /^密码错误次数过多，账号已被临时锁定，请于 \d{2}:\d{2} 后再试$/,
    );
    await expect(page).toHaveURL(/\/admin\/login$/);
  });

  test('after signing in, the page asked for; after signing out, nothing', async ({
    page,
    baseURL,
  }) => {
    const shinanId = await organizationIdByName(apiBase(baseURL), '市南区总工会');
    await page.goto(`/admin/organizations/${shinanId}`);
    await expect(page).toHaveURL(/\/admin\/login\?redirect=%2Forganizations%2F/);
    await submitLogin(page, 'qingdao.admin');
    await expect(page).toHaveURL(new RegExp(`/admin/organizations/${shinanId}$`));
    await expect(detailHeading(page)).toHaveText('市南区总工会');
    // On to a sub-organisation, so that Back has a page of this session to go to.
    const child = page.locator('.ant-card .ant-table-tbody a').first();
    const childName = ((await child.textContent()) ?? '').trim();
    await child.click();
    await expect(detailHeading(page)).toHaveText(childName);
    const members = page.getByTestId('member-table').locator('tr.ant-table-row');
    await expect(members.first()).toBeVisible();
    const firstMember = (await members.first().locator('td').first().textContent()) ?? '';
    expect(firstMember).not.toBe('');

    await logout(page);
    await expect(page.getByText('您已退出登录')).toBeVisible();

    // Back: the page that was open asks for a session again and shows none of its data.
    await page.goBack();
    await expect(page).toHaveURL(/\/admin\/login/);
    await expect(page.getByRole('button', { name: /登\s*录/ })).toBeVisible();
    await expect(page.getByText('市南区总工会')).toHaveCount(0);
    await expect(page.getByText(childName)).toHaveCount(0);
    await expect(page.getByText(firstMember, { exact: true })).toHaveCount(0);
    await page.goForward();
    await expect(page).toHaveURL(/\/admin\/login/);

    // The session is over on the server too, not only in this tab.
    const answer = await page.request.post('/graphql', {
      data: { query: '{ viewer { username } }' },
    });
    expect(await answer.json()).toEqual({ data: { viewer: null } });
  });

  test('a read-only user sees no administration modules', async ({ page }) => {
    await loginAs(page, 'qingdao.viewer');
    await expect(page.getByTestId('viewer-roles')).toHaveText('只读用户');
    const menu = page.getByRole('navigation', { name: '工会平台管理端' });
    await expect(menu.getByRole('menuitem', { name: /组织机构/ })).toBeVisible();
    for (const module of ['人员管理', '接口密钥', '审计日志']) {
      await expect(menu.getByRole('menuitem', { name: new RegExp(module) })).toHaveCount(0);
    }
    await page.goto('/admin/staff');
    await expect(page.locator('.ant-result')).toContainText('无权访问');
  });

  test('changing the password shows the gateway’s messages under their fields', async ({
    page,
  }) => {
    await loginAs(page, 'laoshan.admin');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = page.getByRole('dialog', { name: '修改密码' });
    const field = (label: string) =>
      dialog
        .locator('.ant-form-item')
        .filter({ has: page.getByLabel(label, { exact: true }) })
        .locator('.ant-form-item-explain-error');

    await dialog.getByLabel('当前密码', { exact: true }).fill('Not-My-Password-1');
    await dialog.getByLabel('新密码', { exact: true }).fill('Laoshan#Union2027');
    await dialog.getByLabel('确认新密码', { exact: true }).fill('Laoshan#Union2027');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(field('当前密码')).toHaveText('当前密码不正确');

    await dialog.getByLabel('当前密码', { exact: true }).fill(demoPassword);
    await dialog.getByLabel('新密码', { exact: true }).fill('short1A');
    await dialog.getByLabel('确认新密码', { exact: true }).fill('short1A');
    await dialog.getByLabel('确认新密码', { exact: true }).press('Enter');
    await expect(field('新密码')).toHaveText('密码至少 10 位');
    await expect(field('当前密码')).toHaveCount(0);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await expect(dialog).toBeHidden();
  });
});
