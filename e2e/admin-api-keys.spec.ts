import { expect, loginAs, postGraphQL, test } from './fixtures';

const publicQuery = `{
  organizations(filter: { rootsOnly: true }, first: 5) {
    ... on QueryOrganizationsSuccess { data { edges { node { name } } } }
  }
}`;

test.describe('admin console: 接口密钥', () => {
  test('issue a key, see it once, use it, revoke it', async ({ page, context, baseURL }) => {
    if (!baseURL) throw new Error('baseURL is not configured');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await loginAs(page, 'qingdao.admin');
    await page.getByRole('menuitem', { name: /接口密钥/ }).click();
    await expect(page).toHaveURL(/\/admin\/api-keys$/);

    await page.getByRole('button', { name: /签发密钥/ }).click();
    const form = page.getByRole('dialog', { name: '签发接口密钥' });
    await form.getByLabel('使用方名称', { exact: true }).fill('青岛日报社融媒体中心');
    await expect(form.locator('.ant-select-content')).toContainText('青岛市总工会');
    const limit = form.getByLabel('每分钟请求上限', { exact: true });
    await limit.fill('7000');
    await limit.blur();
    // The field keeps to 1–6000.
    await expect(limit).toHaveValue('6000');
    await limit.fill('120');
    await form.getByRole('button', { name: /签发密钥/ }).click();

    // The secret, once, with the warning.
    const secretDialog = page.getByRole('dialog', { name: '密钥已签发：青岛日报社融媒体中心' });
    await expect(secretDialog).toContainText('密钥只显示一次');
    const secret = (
      (await secretDialog.getByTestId('api-key-secret-value').textContent()) ?? ''
    ).trim();
    expect(secret).toMatch(/^ghk_[A-Za-z0-9_-]{43}$/);
    await secretDialog.getByRole('button', { name: '复制密钥' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // A third party reads the public API with it.
    const withKey = await postGraphQL<{
      organizations: { data: { edges: { node: { name: string } }[] } };
    }>(baseURL, publicQuery, {}, { 'x-api-key': secret });
    expect(withKey.status).toBe(200);
    expect(withKey.body.data?.organizations.data.edges.map((edge) => edge.node.name)).toContain(
      '中华全国总工会',
    );

    // Closed, it is gone for good: the list shows only its prefix.
    await secretDialog.getByRole('button', { name: '我已复制并妥善保存' }).click();
    await expect(secretDialog).toBeHidden();
    await expect(page.locator('body')).not.toContainText(secret);
    const row = page
      .getByTestId('api-key-table')
      .locator('tr.ant-table-row', { hasText: '青岛日报社融媒体中心' });
    await expect(row).toContainText(`${secret.slice(0, 10)}…`);
    await expect(row).toContainText('120 次/分钟');
    await expect(row).toContainText('有效');

    // Revoked after a confirmation: the same request is now refused.
    await row.getByRole('button', { name: /吊\s*销/ }).click();
    const confirm = page.locator('.ant-popconfirm').filter({ hasText: '吊销接口密钥' });
    await expect(confirm).toContainText('使用「青岛日报社融媒体中心」密钥的请求将立即被拒绝');
    await confirm.getByRole('button', { name: /吊\s*销/ }).click();
    await expect(page.getByText('已吊销密钥')).toBeVisible();
    await expect(row).toHaveCount(0);

    const revoked = await postGraphQL(baseURL, publicQuery, {}, { 'x-api-key': secret });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await page.getByRole('switch', { name: '显示已吊销' }).click();
    await expect(row).toContainText('已吊销');
    await expect(row.getByRole('button', { name: /吊\s*销/ })).toHaveCount(0);
  });
});
