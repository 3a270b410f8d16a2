import type { Locator, Page } from '@playwright/test';
import { expect, loginAs, organizationIdByName, test, uniqueSuffix } from './fixtures';

/*
 * Issue 4, item 5: the hierarchy and membership screens of the admin console, as the Qingdao
 * city union's admin (UNION_ADMIN at 青岛市总工会: member read/write/reveal in the whole city).
 */

const shinan = '市南区总工会';
const shangriLa = '青岛香格里拉大酒店有限公司工会委员会';
const ruixin = '山东瑞信律师事务所工会委员会';

function treeItem(page: Page, name: string): Locator {
  return page
    .getByRole('treeitem')
    .filter({ has: page.locator('.ant-tree-title', { hasText: new RegExp(`^${name}`) }) });
}

/** A member's global id from a detail page URL. */
function memberIdOf(url: string): string {
  const match = /\/admin\/members\/([A-Za-z0-9_-]+)$/.exec(url);
  if (!match?.[1]) throw new Error(`not a member page: ${url}`);
  return match[1];
}

/** Chooses an organisation in an OrganizationPicker by typing part of its name. */
async function pickOrganization(page: Page, picker: Locator, search: string, name: string) {
  await picker.click();
  await picker.fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .locator('.ant-select-tree-node-content-wrapper', { hasText: name })
    .first()
    .click();
}

/** The chart's period: the first day of the month eleven months back, to today (China). */
function lastTwelveMonths(): { from: string; to: string } {
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [year, month] = to.split('-').map(Number) as [number, number];
  const first = year * 12 + (month - 1) - 11;
  const from = `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, '0')}-01`;
  return { from, to };
}

/** The mod 11-2 check character of a resident ID number's first 17 digits (GB 11643). */
function checkCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce(
    (total, digit, index) => total + Number(digit) * (weights[index] ?? 0),
    0,
  );
  return '10X98765432'.charAt(sum % 11);
}

test.describe('admin console: hierarchy and membership', () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, 'qingdao.admin');
  });

  test('browse the tree to a district and see its figures, as the API counts them', async ({
    page,
  }) => {
    await expect(page).toHaveURL(/\/admin\/organizations$/);
    const root = treeItem(page, '青岛市总工会');
    await expect(root).toHaveAttribute('aria-expanded', 'false');
    await root.locator('.ant-tree-switcher').click();
    await expect(root).toHaveAttribute('aria-expanded', 'true');
    await treeItem(page, shinan).locator('.ant-tree-node-content-wrapper').click();
    await expect(page).toHaveURL(/\/admin\/organizations\/[A-Za-z0-9_-]+$/);
    const organizationId = /\/organizations\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';

    const figures = page.getByTestId('org-figures');
    await expect(figures).toContainText('统计数据');
    const members = figures.getByTestId('figure-members');
    await expect(members).toContainText('会员数');
    await expect(members.locator('.ant-statistic-content')).toHaveText(/^[\d,]+人$/);

    // The same session asks the API: the tile shows exactly its count, grouped.
    const answer = await page.request.post('/graphql', {
      data: {
        query: `query ($id: ID!, $from: Date!, $to: Date!) {
          organization(id: $id) { ... on Organization {
            stats { members grassrootsUnions newMembersByMonth(from: $from, to: $to) { count } }
          } } }`,
        variables: { id: organizationId, ...lastTwelveMonths() },
      },
    });
    expect(answer.ok()).toBe(true);
    const stats = (
      (await answer.json()) as {
        data: {
          organization: {
            stats: {
              members: number;
              grassrootsUnions: number;
              newMembersByMonth: { count: number }[];
            };
          };
        };
      }
    ).data.organization.stats;
    expect(stats.members).toBeGreaterThan(0);
    await expect(members.locator('.ant-statistic-content')).toHaveText(
      `${stats.members.toLocaleString('zh-CN')}人`,
    );
    await expect(figures.getByTestId('figure-grassrootsUnions')).toContainText(
      `${stats.grassrootsUnions}个`,
    );
    // Rates read as percentages, or "—" with the reason.
    await expect(figures.getByTestId('figure-membershipRate')).toContainText(/\d+(\.\d)?%|—/);

    // Both charts are drawn (ECharts, loaded on demand, renders into a canvas).
    await expect(figures.getByTestId('chart-new-employment').locator('canvas')).toBeVisible();
    await expect(figures.getByTestId('chart-new-members').locator('canvas')).toBeVisible();
    const newMembers = stats.newMembersByMonth.reduce((sum, month) => sum + month.count, 0);
    expect(stats.newMembersByMonth).toHaveLength(12);
    await expect(figures.getByTestId('new-members-total')).toHaveText(
      `合计 ${newMembers.toLocaleString('zh-CN')} 人`,
    );

    // The district's membership history is listed below, newest first.
    await expect(page.getByTestId('org-history')).toContainText('会籍变动');
    await expect(
      page.getByTestId('org-history-table').locator('tr.ant-table-row').first(),
    ).toBeVisible();
  });

  test('transfer a member: the detail shows the new union, both unions show the move', async ({
    page,
    baseURL,
  }) => {
    const fromId = await organizationIdByName(baseURL ?? '', shangriLa);
    const toId = await organizationIdByName(baseURL ?? '', ruixin);

    // A link with filters reproduces the list: the active members of the hotel's union.
    await page.goto(`/admin/members?status=ACTIVE&org=${fromId}`);
    const filters = page.getByTestId('member-filters');
    await expect(filters.locator('.ant-select-selection-item').first()).toContainText('正常');
    const list = page.getByTestId('member-list');
    const row = list.locator('tr.ant-table-row').first();
    await expect(row).toContainText(shangriLa);
    const name = ((await row.locator('td').first().textContent()) ?? '').trim();
    await row.locator('td').nth(2).click();
    await expect(page).toHaveURL(/\/admin\/members\/[A-Za-z0-9_-]+$/);
    const memberId = memberIdOf(page.url());
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(page.getByTestId('member-organization')).toHaveText(shangriLa);
    await expect(page.getByTestId('member-history')).toContainText('入会');

    // 转会: the picker offers grassroots-level unions; the date defaults to today.
    await page.getByRole('button', { name: /转会/ }).click();
    const dialog = page.getByRole('dialog', { name: `为 ${name} 办理转会` });
    await expect(dialog).toContainText(shangriLa);
    await pickOrganization(page, dialog.getByLabel('转入工会', { exact: true }), '瑞信', ruixin);
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${name} 已转入 ${ruixin}`)).toBeVisible();

    await expect(page.getByTestId('member-organization')).toHaveText(ruixin);
    const history = page.getByTestId('member-history');
    await expect(history).toContainText(`转出至 ${ruixin}`);
    await expect(history).toContainText(`由 ${shangriLa} 转入`);

    // The old union's history shows it as 转出, the new union's as 转入, with the member.
    const historyRow = () =>
      page
        .getByTestId('org-history-table')
        .locator('tr.ant-table-row')
        .filter({ has: page.locator(`a[href$="/members/${memberId}"]`) })
        .first();
    await page.goto(`/admin/organizations/${fromId}`);
    await expect(page.getByRole('heading', { level: 2, name: shangriLa })).toBeVisible();
    await expect(historyRow()).toContainText(`转出至 ${ruixin}`);
    await expect(historyRow()).toContainText(name);

    await page.goto(`/admin/organizations/${toId}`);
    await expect(page.getByRole('heading', { level: 2, name: ruixin })).toBeVisible();
    await expect(historyRow()).toContainText(`由 ${shangriLa} 转入`);
    await historyRow().getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/members/${memberId}$`));
    await expect(page.getByTestId('member-organization')).toHaveText(ruixin);
  });

  test('add a member: a wrong check character is refused as it is typed, then saved', async ({
    page,
  }) => {
    await page.goto('/admin/members');
    await page.getByRole('button', { name: /新增会员/ }).click();
    const dialog = page.getByRole('dialog', { name: '新增会员（入会登记）' });
    const form = dialog.getByTestId('add-member-form');
    const name = `测试${uniqueSuffix()}`;
    // A woman born 1990-03-15 in 市南区, with a sequence no seeded person has.
    const first17 = `37020219900315${10 + Math.floor(Math.random() * 90)}2`;
    const right = checkCharacter(first17);
    const wrong = right === '0' ? '1' : '0';

    await pickOrganization(page, form.getByLabel('所在工会', { exact: true }), '瑞信', ruixin);
    await form.getByLabel('姓名', { exact: true }).fill(name);
    const idNumber = form.getByLabel('身份证号', { exact: true });
    await idNumber.fill(`${first17}${wrong}`);
    // The only error on the form is the ID number's, under its field.
    const errors = form.locator('.ant-form-item-explain-error');
    await expect(errors).toHaveText(`身份证号校验码错误，应为 ${right}`);

    await idNumber.fill(`${first17}${right}`);
    await expect(errors).toHaveCount(0);
    await expect(form.getByTestId('id-number-derived')).toHaveText(
      '由身份证号得出：女，1990年3月15日出生',
    );
    await form.getByLabel('手机号', { exact: true }).fill('13912345678');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`已登记会员 ${name}`)).toBeVisible();

    // The list finds the new member by name, masked, at the chosen union.
    await page.getByTestId('member-filters').getByLabel('姓名', { exact: true }).fill(name);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/members\\?q=${encodeURIComponent(name)}$`));
    const row = page.getByTestId('member-list').locator('tr.ant-table-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(name);
    await expect(row).toContainText(ruixin);
    await expect(row).toContainText(`3702**********${first17.slice(14)}${right}`);
    await expect(row).not.toContainText(`${first17}${right}`);

    // The gateway's own check (one person, one membership) lands under the field too.
    await page.getByRole('button', { name: /新增会员/ }).click();
    await pickOrganization(page, form.getByLabel('所在工会', { exact: true }), '瑞信', ruixin);
    await form.getByLabel('姓名', { exact: true }).fill(`${name}乙`);
    await form.getByLabel('身份证号', { exact: true }).fill(`${first17}${right}`);
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(form.locator('.ant-form-item-explain-error')).toHaveText(
      '此身份证号已登记为会员（一人一会籍），请办理转会或恢复会籍',
    );
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await expect(dialog).toBeHidden();
  });
});
