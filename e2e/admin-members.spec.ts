import type { Response } from '@playwright/test';
import { expect, loginAs, logout, test } from './fixtures';

test.describe('admin console: 会员 identities', () => {
  test('a caseworker sees masked members and reveals one for a logged reason', async ({ page }) => {
    // Every API answer this page receives, to prove the full number arrives only when asked.
    const answers: { operation: string; method: string; text: boolean; body: Promise<string> }[] =
      [];
    page.on('response', (response: Response) => {
      // Queries are GETs by hash (/graphql?operationName=…), mutations POSTs with their text.
      const address = new URL(response.url());
      if (address.pathname !== '/graphql') return;
      const operation =
        address.searchParams.get('operationName') ??
        /(?:query|mutation)\s+(\w+)/.exec(response.request().postData() ?? '')?.[1];
      answers.push({
        operation: operation ?? '?',
        method: response.request().method(),
        text:
          address.searchParams.has('query') || /"query"/.test(response.request().postData() ?? ''),
        body: response.text(),
      });
    });

    await loginAs(page, 'hisense.caseworker');
    await expect(page.getByTestId('viewer-roles')).toHaveText('帮扶专员');
    await expect(page.getByRole('menuitem', { name: /人员管理|接口密钥|审计日志/ })).toHaveCount(0);

    // The caseworker's scope is the 海信 union: its tree root, opened, lists its members.
    const root = page.getByRole('treeitem').first();
    await expect(root).toContainText('海信集团控股股份有限公司工会委员会');
    await root.locator('.ant-tree-node-content-wrapper').click();
    const section = page.getByTestId('member-section');
    const rows = section.locator('tr.ant-table-row');
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId('member-summary')).toContainText('当前第 1 页');
    const first = rows.first();
    const cells = first.locator('td');
    const name = ((await cells.nth(0).textContent()) ?? '').trim();
    const maskedId = ((await cells.nth(2).textContent()) ?? '').trim();
    const maskedPhone = ((await cells.nth(3).textContent()) ?? '').trim();
    expect(maskedId).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    expect(maskedPhone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const tableText = (await section.textContent()) ?? '';

    // 查看完整信息 asks for a reason first (5–200 characters), and says it is logged.
    await first.getByRole('button', { name: /查看完整信息/ }).click();
    const dialog = page.getByRole('dialog', { name: `查看 ${name} 的完整身份信息` });
    await expect(dialog).toContainText('本次查看将记入审计日志');
    const reason = dialog.getByLabel('查看原因', { exact: true });
    await reason.fill('核实');
    await dialog.getByRole('button', { name: /确认查看/ }).click();
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('查看原因至少 5 个字');
    await reason.fill('核实帮扶申请人身份（困难职工建档）');
    await dialog.getByRole('button', { name: /确认查看/ }).click();

    const revealed = page.getByRole('dialog', { name: `${name} 的完整身份信息` });
    await expect(revealed).toContainText('本次查看已记入审计日志');
    const idNumber = (
      (await revealed.getByTestId('revealed-id-number').textContent()) ?? ''
    ).trim();
    const phone = ((await revealed.getByTestId('revealed-phone').textContent()) ?? '').trim();
    expect(idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(idNumber.slice(0, 4)).toBe(maskedId.slice(0, 4));
    expect(idNumber.slice(-4)).toBe(maskedId.slice(-4));
    expect(phone).toMatch(/^1\d{10}$/);
    expect(phone.slice(-4)).toBe(maskedPhone.slice(-4));
    await revealed
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s*闭/ })
      .click();
    await expect(revealed).toBeHidden();

    // The list never showed the full values, before or after, and no answer but the reveal
    // carried them.
    expect(tableText).not.toContain(idNumber);
    expect(tableText).not.toContain(phone);
    await expect(section).not.toContainText(idNumber);
    await expect(page.locator('body')).not.toContainText(idNumber);
    const carriers: string[] = [];
    for (const answer of answers) {
      if ((await answer.body).includes(idNumber)) carriers.push(answer.operation);
    }
    expect(carriers).toEqual(['AdminRevealMemberIdentity']);
    // The console's queries went by hash (GETs without their text); only mutations carry text.
    const queries = answers.filter((answer) => answer.method === 'GET');
    expect(queries.length).toBeGreaterThan(3);
    expect(queries.filter((answer) => answer.text).map((answer) => answer.operation)).toEqual([]);

    // The city union's admin finds the access, with its reason, in the audit log.
    await logout(page);
    await loginAs(page, 'qingdao.admin', '/admin/audit-log');
    await expect(page).toHaveURL(/\/admin\/audit-log$/);
    const entry = page.getByTestId('audit-table').locator('tr.ant-table-row').first();
    await expect(entry).toContainText('查看会员完整身份信息');
    await expect(entry).toContainText('hisense.caseworker');
    await expect(entry).toContainText(name);
    await expect(entry).toContainText('核实帮扶申请人身份（困难职工建档）');
    await entry.locator('.ant-table-row-expand-icon').click();
    await expect(page.getByTestId('audit-diff')).toContainText('身份证号、手机号');
    await expect(page.locator('body')).not.toContainText(idNumber);
  });
});
