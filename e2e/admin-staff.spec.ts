import type { Locator, Page } from '@playwright/test';
import { chooseOption, expect, loginAs, submitLogin, test, uniqueSuffix } from './fixtures';

/** The error antd shows under the form field with this label. */
function fieldError(scope: Locator, label: string): Locator {
  return scope
    .locator('.ant-form-item')
    .filter({ has: scope.page().getByLabel(label, { exact: true }) })
    .last()
    .locator('.ant-form-item-explain-error');
}

/** The open select or tree-select popup. */
function openPopup(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

async function pickOrganization(page: Page, picker: Locator, name: string): Promise<void> {
  await picker.click();
  await picker.fill(name);
  await openPopup(page)
    .locator('.ant-select-tree-node-content-wrapper', { hasText: name })
    .first()
    .click();
}

test.describe('admin console: 人员管理', () => {
  test('a city admin creates an account, gives it roles, and finds it in the audit log', async ({
    page,
    browser,
  }) => {
    const username = `e2e.${uniqueSuffix()}`;
    await loginAs(page, 'qingdao.admin');
    await page.getByRole('menuitem', { name: /人员管理/ }).click();
    await expect(page).toHaveURL(/\/admin\/staff$/);
    const table = page.getByTestId('staff-table');
    await expect(table).toContainText('shinan.admin');
    await expect(table).toContainText('hisense.caseworker');
    // Only accounts within 青岛: the platform operator is not listed.
    await expect(table).not.toContainText('super.admin');

    // 新建账号 with a weak password: the policy message appears under the password field.
    await page.getByRole('button', { name: /新建账号/ }).click();
    const dialog = page.getByRole('dialog', { name: '新建工作人员账号' });
    await dialog.getByLabel('用户名', { exact: true }).fill(username);
    await dialog.getByLabel('姓名', { exact: true }).fill('林晓');
    await pickOrganization(page, dialog.getByLabel('所属组织', { exact: true }), '市南区总工会');
    await expect(dialog.locator('.ant-select-content')).toContainText(['市南区总工会']);
    await chooseOption(
      dialog.getByTestId('role-row-0').getByLabel('角色', { exact: true }),
      '只读用户',
    );
    await dialog.getByLabel('初始密码', { exact: true }).fill('abc12345');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(fieldError(dialog, '初始密码')).toHaveText('密码至少 10 位');
    await expect(fieldError(dialog, '用户名')).toHaveCount(0);

    // A password that contains the username is refused too, then a good one is accepted.
    await dialog.getByLabel('初始密码', { exact: true }).fill(`X1-${username}`);
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(fieldError(dialog, '初始密码')).toHaveText('密码不能包含用户名');
    await dialog.getByLabel('初始密码', { exact: true }).fill('Shinan#Union2026');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`已创建账号 ${username}`)).toBeVisible();

    const search = page.getByRole('textbox', { name: '按用户名或姓名搜索' });
    await search.fill(username);
    const row = table.locator('tr.ant-table-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('林晓');
    await expect(row).toContainText('市南区总工会');
    await expect(row.getByTestId('role-tag')).toHaveText(['只读用户']);

    // 分配角色: 帮扶专员 at the account's own union (the default).
    await row.getByRole('button', { name: /分配角色/ }).click();
    const assign = page.getByRole('dialog', { name: '为 林晓 分配角色' });
    await chooseOption(assign.getByLabel('角色', { exact: true }), '帮扶专员');
    await expect(assign.locator('.ant-select-content')).toContainText(['帮扶专员', '市南区总工会']);
    await assign.getByRole('button', { name: /提\s*交/ }).click();
    await expect(assign).toBeHidden();
    await expect(row.getByTestId('role-tag')).toHaveText(['只读用户', '帮扶专员']);

    // 撤销角色 through the tag's ×, after a confirmation.
    await row
      .getByTestId('role-tag')
      .filter({ hasText: '只读用户' })
      .locator('.ant-tag-close-icon')
      .click();
    const confirm = page.getByRole('dialog').filter({ hasText: '撤销角色' });
    await expect(confirm).toContainText('确定撤销 林晓 在「市南区总工会」的「只读用户」角色吗？');
    await confirm.getByRole('button', { name: /撤\s*销/ }).click();
    await expect(row.getByTestId('role-tag')).toHaveText(['帮扶专员']);

    // The new account signs in elsewhere with its initial password.
    const elsewhere = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const theirs = await elsewhere.newPage();
    await loginAs(theirs, username, '/admin/', 'Shinan#Union2026');
    await expect(theirs.getByTestId('viewer-roles')).toHaveText('帮扶专员');

    // 重置密码: the policy applies here too.
    await row.getByRole('button', { name: /重置密码/ }).click();
    const reset = page.getByRole('dialog', { name: '重置 林晓 的密码' });
    await reset.getByLabel('新密码', { exact: true }).fill('password123');
    await reset.getByLabel('确认新密码', { exact: true }).fill('password123');
    await reset.getByRole('button', { name: /提\s*交/ }).click();
    await expect(fieldError(reset, '新密码')).toContainText(
      '密码须包含小写字母、大写字母、数字、符号中的至少 3 类',
    );
    await reset.getByLabel('新密码', { exact: true }).fill('Reset#Union2026');
    await reset.getByLabel('确认新密码', { exact: true }).fill('Reset#Union2026');
    await reset.getByRole('button', { name: /提\s*交/ }).click();
    await expect(reset).toBeHidden();
    await expect(page.getByText(`已重置 ${username} 的密码`)).toBeVisible();

    // The reset ended their session: their console notices at the next request, sends them to
    // sign in, and back to where they were.
    await theirs.getByRole('treeitem').first().locator('.ant-tree-node-content-wrapper').click();
    await expect(theirs).toHaveURL(/\/admin\/login\?redirect=%2Forganizations%2F/);
    await expect(theirs.locator('.ant-alert')).toHaveText('登录已失效，请重新登录');
    await submitLogin(theirs, username, 'Reset#Union2026');
    await expect(theirs.getByRole('heading', { level: 2, name: '市南区总工会' })).toBeVisible();
    await elsewhere.close();

    // 审计日志: newest first, in Chinese; the creation with its snapshot.
    await page.getByRole('menuitem', { name: /审计日志/ }).click();
    await expect(page).toHaveURL(/\/admin\/audit-log$/);
    const entries = page.getByTestId('audit-table').locator('tr.ant-table-row');
    await expect(entries.first()).toContainText('重置密码');
    await expect(entries.nth(1)).toContainText('撤销角色');
    await expect(entries.nth(2)).toContainText('分配角色');

    await chooseOption(page.getByLabel('操作类型', { exact: true }), '创建账号');
    await expect(entries).toHaveCount(1);
    const created = entries.first();
    await expect(created).toContainText('qingdao.admin');
    await expect(created).toContainText('创建账号');
    await expect(created).toContainText(`林晓（${username}）`);
    await expect(created).toContainText('市南区总工会');
    await created.locator('.ant-table-row-expand-icon').click();
    const diff = page.getByTestId('audit-diff');
    await expect(diff).toContainText('用户名');
    await expect(diff).toContainText(username);
    await expect(diff).toContainText('只读用户 @ 市南区总工会');
    await expect(diff).toContainText('新增');
  });
});
