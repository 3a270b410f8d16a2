import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, loginAs, organizationIdByName, test } from './fixtures';

const hisense = '海信集团控股股份有限公司工会委员会';
const headers = [
  '姓名',
  '身份证号',
  '手机号',
  '入会日期',
  '是否农民工',
  '新就业形态群体',
  '工作单位',
];

/** The GB 11643 check character of 17 digits (ISO 7064 MOD 11-2). */
function checkCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce(
    (total, digit, index) => total + Number(digit) * (weights[index] ?? 0),
    0,
  );
  return '10X98765432'.charAt(sum % 11);
}

/** A valid, random resident ID number born in 1985–1999 (Qingdao 市南区 region code). */
function randomIdNumber(): string {
  const year = 1985 + Math.floor(Math.random() * 15);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const sequence = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const first17 = `370202${year}${month}${day}${sequence}`;
  return `${first17}${checkCharacter(first17)}`;
}

/** The same number with a wrong check character. */
function withWrongCheck(idNumber: string): string {
  const right = idNumber.charAt(17);
  const wrong = right === '0' ? '1' : '0';
  return `${idNumber.slice(0, 17)}${wrong}`;
}

const masked = (idNumber: string) =>
  `${idNumber.slice(0, 4)}${'*'.repeat(10)}${idNumber.slice(-4)}`;

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

/** Every row of the first sheet as text cells (row 1 first). */
function sheetRows(workbook: ExcelJS.Workbook): string[][] {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((value) => (value === null || value === undefined ? '' : String(value))));
  });
  return rows;
}

const scratchFolders: string[] = [];

/** A folder of its own for the workbooks a test writes, removed after the tests. */
async function scratchFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'gonghui-roster-'));
  scratchFolders.push(folder);
  return folder;
}

test.afterAll(async () => {
  await Promise.all(scratchFolders.map((folder) => rm(folder, { recursive: true, force: true })));
});

function importDrawer(page: Page) {
  return page.getByRole('dialog', { name: /^导入会员名册/ });
}

async function importFile(page: Page, path: string, status = 'SUCCEEDED') {
  const drawer = importDrawer(page);
  await drawer.locator('input[type="file"]').setInputFiles(path);
  await drawer.getByRole('button', { name: /开始导入/ }).click();
  const progress = drawer.getByTestId('roster-import-progress');
  await expect(progress).toHaveAttribute('data-status', status, { timeout: 30_000 });
  return { drawer, progress };
}

test.describe('admin console: 会员名册 import and export', () => {
  test('a district admin imports a roster with bad rows, reads the report, imports it again and exports', async ({
    page,
    baseURL,
  }) => {
    // Three imports and four downloads: more than the suite's default minute on a busy machine.
    test.setTimeout(150_000);
    if (!baseURL) throw new Error('baseURL is not configured');
    const hisenseId = await organizationIdByName(baseURL, hisense);

    // 3 good rows and 3 bad ones (wrong check character, bad phone, missing name), interleaved.
    const good = [
      { name: '林晓燕', idNumber: randomIdNumber(), phone: '13964201001' },
      { name: '周建华', idNumber: randomIdNumber(), phone: '13964201002' },
      { name: '孙丽娟', idNumber: randomIdNumber(), phone: '13964201003' },
    ];
    const wrongCheck = withWrongCheck(randomIdNumber());
    const rows = [
      [
        good[0]?.name,
        good[0]?.idNumber,
        good[0]?.phone,
        '2025-06-01',
        '否',
        '',
        '海信视像科技股份有限公司',
      ],
      ['王志刚', wrongCheck, '13964201004', '2025-06-01', '否', '', '海信视像科技股份有限公司'],
      [
        good[1]?.name,
        good[1]?.idNumber,
        good[1]?.phone,
        '2025-06-02',
        '是',
        '快递员',
        '海信物流有限公司',
      ],
      ['赵海鹰', randomIdNumber(), '1396420', '2025-06-02', '否', '', '海信物流有限公司'],
      [good[2]?.name, good[2]?.idNumber, good[2]?.phone, '2025-06-03', '否', '', '海信家电集团'],
      ['', randomIdNumber(), '13964201006', '2025-06-03', '否', '', '海信家电集团'],
    ];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('会员花名册');
    sheet.addRow(headers);
    for (const row of rows) sheet.addRow(row);
    // Not under the shared test-results folder: another run may clear it meanwhile.
    const rosterPath = join(await scratchFolder(), '海信新会员.xlsx');
    await workbook.xlsx.writeFile(rosterPath);

    await loginAs(page, 'shinan.admin', `/admin/organizations/${hisenseId}`);
    await expect(page.getByRole('heading', { level: 2, name: hisense })).toBeVisible();
    const section = page.getByTestId('member-section');
    const summary = page.getByTestId('member-summary');
    await expect(summary).toContainText('共');
    const countOf = async () =>
      Number(/共 ([\d,]+) 人/.exec((await summary.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
    const before = await countOf();

    // A file that is not a workbook is refused by the gateway with its reason, nothing started.
    await section.getByRole('button', { name: /导入名册/ }).click();
    const drawer0 = importDrawer(page);
    await drawer0.locator('input[type="file"]').setInputFiles({
      name: '不是名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('姓名,身份证号\n张三,110105199003070021\n'),
    });
    await drawer0.getByRole('button', { name: /开始导入/ }).click();
    await expect(drawer0.getByTestId('roster-upload-failure')).toBeVisible();
    await expect(drawer0.getByTestId('roster-import-progress')).toHaveCount(0);
    await expect(drawer0.getByTestId('roster-history').locator('tr.ant-table-row')).toHaveCount(0);

    // A workbook without the required columns: the import runs and fails as a whole, saying why.
    const wrongHeaders = new ExcelJS.Workbook();
    wrongHeaders.addWorksheet('Sheet1').addRows([
      ['姓名', '电话'],
      ['林晓燕', '13964201001'],
    ]);
    const wrongPath = join(await scratchFolder(), '表头不对.xlsx');
    await wrongHeaders.xlsx.writeFile(wrongPath);
    await importFile(page, wrongPath, 'FAILED');
    await expect(drawer0.getByTestId('roster-import-failure')).toContainText(
      '缺少必填列「身份证号」',
    );
    await expect(drawer0.getByTestId('roster-import-rows')).not.toContainText('正在统计');
    await expect(drawer0.getByTestId('roster-count-imported')).toContainText('0');
    await expect(drawer0.getByTestId('roster-issues')).toHaveCount(0);
    await drawer0.getByRole('button', { name: /继续导入/ }).click();

    // Import: progress to the end, 3 imported, 3 failed, the bad rows by their row numbers.
    const { drawer } = await importFile(page, rosterPath);
    await expect(drawer.getByTestId('roster-count-imported')).toContainText('3');
    await expect(drawer.getByTestId('roster-count-already')).toContainText('0');
    await expect(drawer.getByTestId('roster-count-failed')).toContainText('3');
    await expect(drawer.getByTestId('roster-import-rows')).toContainText(
      '共 6 行：导入成功 3 行，已是本会会员 0 行，失败 3 行',
    );
    await expect(drawer.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    const issues = drawer.getByTestId('roster-issues').locator('tr.ant-table-row');
    await expect(issues).toHaveCount(3);
    await expect(issues.nth(0).locator('td').nth(0)).toHaveText('3');
    await expect(issues.nth(0).locator('td').nth(1)).toHaveText('身份证号');
    await expect(issues.nth(1).locator('td').nth(0)).toHaveText('5');
    await expect(issues.nth(1).locator('td').nth(1)).toHaveText('手机号');
    await expect(issues.nth(2).locator('td').nth(0)).toHaveText('7');
    await expect(issues.nth(2).locator('td').nth(1)).toHaveText('姓名');

    // The error report lists the same three rows.
    const reportDownload = page.waitForEvent('download');
    await drawer
      .getByTestId('roster-issues')
      .getByRole('button', { name: /下载错误报告/ })
      .click();
    const report = await reportDownload;
    expect(report.suggestedFilename()).toBe('海信新会员-错误报告.xlsx');
    const reportRows = sheetRows(await workbookOf(report));
    expect(reportRows[0]?.slice(0, 3)).toEqual(['行号', '列', '原因']);
    expect(reportRows.slice(1).map((row) => row[0])).toEqual(['3', '5', '7']);
    expect(reportRows.slice(1).map((row) => row[1])).toEqual(['身份证号', '手机号', '姓名']);
    // The report masks the cells it repeats: no full ID number of the file is in it.
    const reportText = JSON.stringify(reportRows);
    expect(reportText).not.toContain(wrongCheck);

    // The member list behind the drawer has been loaded again with the three new members.
    await expect.poll(countOf).toBe(before + 3);

    // The same file again: nobody new, the three are already members, the bad rows fail again.
    await drawer.getByRole('button', { name: /继续导入/ }).click();
    await importFile(page, rosterPath);
    await expect(drawer.getByTestId('roster-count-imported')).toContainText('0');
    await expect(drawer.getByTestId('roster-count-already')).toContainText('3');
    await expect(drawer.getByTestId('roster-count-failed')).toContainText('3');
    const history = drawer.getByTestId('roster-history').locator('tr.ant-table-row');
    await expect(history).toHaveCount(3);
    await expect(history.nth(0)).toContainText('成功 0 · 已在会 3 · 失败 3');
    await expect(history.nth(0)).toContainText('已完成');
    await expect(history.nth(1)).toContainText('成功 3 · 已在会 0 · 失败 3');
    await expect(history.nth(2)).toContainText('表头不对.xlsx');
    await expect(history.nth(2)).toContainText('缺少必填列「身份证号」');
    await drawer.getByRole('button', { name: /^(Close|关闭)$/ }).click();
    await expect(drawer).toBeHidden();
    expect(await countOf()).toBe(before + 3);

    // 导出名册: the new members are in it with their ID numbers masked, never in full.
    const exportDownload = page.waitForEvent('download');
    await section.getByRole('button', { name: /导出名册/ }).click();
    const exported = await exportDownload;
    expect(exported.suggestedFilename()).toMatch(
      new RegExp(`^${hisense}-会员名册-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
    );
    const exportedRows = sheetRows(await workbookOf(exported));
    expect(exportedRows[0]?.slice(0, 7)).toEqual(headers);
    for (const member of good) {
      const row = exportedRows.find((cells) => cells[0] === member.name);
      expect(row, member.name).toBeDefined();
      expect(row?.[1]).toBe(masked(member.idNumber));
      expect(row?.[2]).toBe(`${member.phone.slice(0, 3)}****${member.phone.slice(-4)}`);
    }
    const exportedText = JSON.stringify(exportedRows);
    for (const member of good) expect(exportedText).not.toContain(member.idNumber);

    // 导出完整信息 asks for a reason (checked inline), then gives the full numbers.
    await section.getByRole('button', { name: '导出完整信息' }).click();
    await page.getByRole('menuitem', { name: /导出完整信息/ }).click();
    const dialog = page.getByRole('dialog', { name: `导出 ${hisense} 的完整名册` });
    await expect(dialog).toContainText('本次导出将记入审计日志');
    const reason = dialog.getByLabel('查看原因', { exact: true });
    await reason.fill('核对');
    await dialog.getByRole('button', { name: /导\s*出/ }).click();
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('查看原因至少 5 个字');
    await reason.fill('报送市总工会会员实名制数据核对');
    const fullDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /导\s*出/ }).click();
    const full = await fullDownload;
    expect(full.suggestedFilename()).toMatch(/-会员名册-完整信息-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const fullRows = sheetRows(await workbookOf(full));
    for (const member of good) {
      const row = fullRows.find((cells) => cells[0] === member.name);
      expect(row?.[1]).toBe(member.idNumber);
      expect(row?.[2]).toBe(member.phone);
    }
    await expect(dialog).toBeHidden();

    // The district union itself holds no members: it can export its subtree, not import.
    await page
      .getByRole('treeitem', { name: /市南区总工会/ })
      .locator('.ant-tree-node-content-wrapper')
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 2, name: '市南区总工会' })).toBeVisible();
    await expect(section.getByRole('button', { name: /导出名册/ })).toBeVisible();
    await expect(section.getByRole('button', { name: /导入名册/ })).toHaveCount(0);
  });

  test('a caseworker reads members but may neither import nor export them', async ({ page }) => {
    await loginAs(page, 'hisense.caseworker');
    const root = page.getByRole('treeitem').first();
    await expect(root).toContainText(hisense);
    await root.locator('.ant-tree-node-content-wrapper').click();
    const section = page.getByTestId('member-section');
    await expect(section.getByTestId('member-table')).toBeVisible();
    await expect(section.getByRole('button', { name: /导出名册/ })).toHaveCount(0);
    await expect(section.getByRole('button', { name: '导出完整信息' })).toHaveCount(0);
    await expect(section.getByRole('button', { name: /导入名册/ })).toHaveCount(0);
    await expect(section.getByRole('button', { name: /下载模板/ })).toHaveCount(0);
  });
});
