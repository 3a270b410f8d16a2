import ExcelJS from 'exceljs';
import { chooseOption, expect, loginAs, postGraphQL, test, uniqueSuffix } from './fixtures';

/**
 * The console's 服务阵地 module as 青岛市总工会's admin: the registry counts what the public API
 * counts, a new station with swapped coordinates is refused under the field with the domain's
 * message, then saved and found; it is closed (已撤销) through the edit form and leaves the public
 * finder; an Excel workbook with a good and a bad row imports the good one and lists the bad one.
 */

async function publicCount(baseURL: string, filter: Record<string, unknown>) {
  const { body } = await postGraphQL<{ servicePositions: { data: { totalCount: number } } }>(
    baseURL,
    `query ($filter: ServicePositionFilter) { servicePositions(filter: $filter, first: 1) {
      ... on QueryServicePositionsSuccess { data { totalCount } } } }`,
    { filter },
  );
  return body.data?.servicePositions.data.totalCount ?? -1;
}

test('registering, closing and importing service positions', async ({ page, baseURL }) => {
  // Many steps through antd forms on a shared two-core machine.
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const name = `市南区测试驿站${suffix}`;
  await loginAs(page, 'qingdao.admin');
  await page.getByRole('menuitem', { name: '服务阵地' }).click();
  await expect(page).toHaveURL(/\/admin\/service$/);
  const total = await publicCount(baseURL as string, { regionCode: '370200' });
  // The city's positions are all open or suspended in the demo: the registry counts the same.
  await expect(page.getByTestId('service-count')).toHaveText(`共 ${total} 个`);

  await page.getByRole('button', { name: '登记服务阵地' }).click();
  const form = page.getByTestId('service-position-form');
  await chooseOption(form.getByLabel('阵地类型'), '工会驿站');
  await form.getByLabel('阵地名称').fill(name);
  await form.getByLabel('所在区（市）代码').fill('370202');
  await form.getByLabel('地址', { exact: true }).fill('山东省青岛市市南区测试路 1 号');
  await form.getByLabel('纬度').fill('120.3845');
  await form.getByLabel('经度').fill('36.0617');
  await form.getByLabel('开放时间').fill('周一至周五 09:00-17:00');
  await form.getByLabel('服务内容').fill('饮水、充电');
  await page
    .getByRole('button', { name: '提 交' })
    .or(page.getByRole('button', { name: '提交' }))
    .click();
  await expect(form).toContainText('是否把经度和纬度填反了');
  await form.getByLabel('纬度').fill('36.0617');
  await form.getByLabel('经度').fill('120.3845');
  await page
    .getByRole('button', { name: '提 交' })
    .or(page.getByRole('button', { name: '提交' }))
    .click();
  await expect(form).toBeHidden();
  await page.getByLabel('名称或地址').fill(name);
  await page
    .getByRole('button', { name: '查 询' })
    .or(page.getByRole('button', { name: '查询' }))
    .click();
  const table = page.getByTestId('service-table');
  await expect(table).toContainText(name);
  await expect(table).toContainText('周一至周五 09:00-17:00');
  expect(await publicCount(baseURL as string, { search: name })).toBe(1);

  // Close it: the registry keeps it, the public no longer finds it. (Wait for the search to
  // narrow the table to that one row: the new position may also be on the unfiltered page.)
  const editButtons = table.getByRole('button', { name: /^修\s*改$/ });
  await expect(editButtons).toHaveCount(1);
  await editButtons.click();
  const edit = page.getByTestId('service-position-form');
  await chooseOption(edit.getByLabel('状态'), '已撤销');
  await page
    .getByRole('button', { name: '提 交' })
    .or(page.getByRole('button', { name: '提交' }))
    .click();
  await expect(edit).toBeHidden();
  await expect(table).toContainText('已撤销');
  expect(await publicCount(baseURL as string, { search: name })).toBe(0);

  // Import a workbook: one good row, one with an unreadable opening time.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('阵地');
  sheet.addRow(['阵地名称', '阵地类型', '行政区划代码', '地址', '纬度', '经度', '开放时间']);
  sheet.addRow([
    `导入站点${suffix}`,
    '户外劳动者服务站点',
    '370203',
    '市北区导入路 2 号',
    36.087,
    120.375,
    '24小时',
  ]);
  sheet.addRow([
    `坏行站点${suffix}`,
    '工会驿站',
    '370203',
    '市北区导入路 3 号',
    36.088,
    120.376,
    '看情况',
  ]);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  await page.getByRole('button', { name: '从 Excel 导入' }).click();
  await page.locator('input[type="file"]').setInputFiles({
    name: '阵地台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await page.getByRole('button', { name: '开始导入' }).click();
  const outcome = page.getByTestId('service-import-outcome');
  await expect(outcome).toContainText('共 2 行：导入 1 个，已登记跳过 0 个，1 行有问题未导入');
  await expect(outcome).toContainText('开放时间');
  await expect(outcome).toContainText('无法识别「看情况」');
  expect(await publicCount(baseURL as string, { search: `导入站点${suffix}` })).toBe(1);
});
