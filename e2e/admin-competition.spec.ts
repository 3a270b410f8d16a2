import { expect, loginAs, logout, test } from './fixtures';

/*
 * Issue 7: a judge scores on a tablet at the venue — marks typed while the network is down are
 * kept on the device and sent when it returns — the organiser's live ranking shows the totals,
 * the stage is closed and the results published, and the public results page shows the awards.
 *
 * The seeded 2026 振超杯 (电工) final is open, with qingdao.judge assigned to all three aspects
 * (理论知识 max 100, 电气控制线路安装 max 60, 故障排除 max 40) and six demo entrants.
 */

test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

const competitionName = '2026年青岛市“振超杯”职工职业技能大赛（电工）';

test('a judge scores on a tablet, the ranking updates, and published results reach the public page', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, 'qingdao.judge', '/admin/competitions');
  await expect(page.getByRole('link', { name: competitionName })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: competitionName });
  await row.getByTestId('scoring-link').click();
  await expect(page.getByText(`${competitionName} · 决赛`)).toBeVisible();

  const cards = page.locator('[data-testid^="score-row-"]');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(4);
  const bibs: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const testId = await cards.nth(i).getAttribute('data-testid');
    bibs.push(Number(testId?.replace('score-row-', '')));
  }

  // The network drops after the first contestant: the marks are kept on the tablet.
  const marksOf = (index: number) => ({
    theory: 90 - index * 3,
    wiring: 55 - index * 2,
    fault: 36 - index,
  });
  for (const [index, bib] of bibs.entries()) {
    if (index === 1) await context.setOffline(true);
    const m = marksOf(index);
    await page.getByLabel(`${bib} 理论知识`).fill(String(m.theory));
    await page.getByLabel(`${bib} 电气控制线路安装`).fill(String(m.wiring));
    await page.getByLabel(`${bib} 故障排除`).fill(String(m.fault));
    await page.getByLabel(`${bib} 故障排除`).blur();
    if (index === 0) {
      // Online, each mark is sent as it is typed.
      await expect(page.getByTestId('pending-marks')).toHaveCount(0);
      await expect(page.getByText('已提交')).toHaveCount(3);
    }
  }
  await expect(page.getByText('网络已断开：评分先保存在本机')).toBeVisible();
  await expect(page.getByTestId('pending-marks')).toContainText(
    `${(bibs.length - 1) * 3} 个分数待提交`,
  );
  // Reloading while offline would lose nothing either: the queue is in localStorage.
  const stored = await page.evaluate(() =>
    window.localStorage.getItem('gonghui.competition.pendingMarks'),
  );
  expect(JSON.parse(stored ?? '[]')).toHaveLength((bibs.length - 1) * 3);
  // Back online: the queue is sent by itself.
  await context.setOffline(false);
  await expect(page.getByTestId('pending-marks')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByText('已提交').first()).toBeVisible();
  await logout(page);

  // The organiser's live ranking has every total, best first.
  await loginAs(page, 'qingdao.admin', '/admin/competitions');
  await page.getByRole('link', { name: competitionName }).click();
  await page.getByRole('tab', { name: '实时排名' }).click();
  const ranking = page.getByTestId('ranking');
  // Contestant 1 scored best on every aspect: 0.3 × 90 + 0.7 × (55 + 36) = 90.7.
  await expect(ranking.getByRole('row').nth(1)).toContainText('90.7');
  await expect(ranking).not.toContainText('待评');
  await page.getByTestId('close-stage').click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText('已闭赛')).toBeVisible();
  await page.getByTestId('publish-results').click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText('成绩已公布')).toBeVisible();
  await page.getByRole('tab', { name: '晋级推荐' }).click();
  await expect(page.getByText('技术能手').first()).toBeVisible();
  await logout(page);

  // The public results page: ranks, names, employers and awards.
  await page.goto('/competitions');
  await page.getByRole('link', { name: competitionName }).click();
  const results = page.getByTestId('competition-results');
  await expect(results.getByRole('row')).toHaveCount(bibs.length + 1);
  await expect(results.getByRole('row').nth(1)).toContainText('90.7');
  // Six ranked, prizes by share 10 / 20 / 30 %: no first prize fits, the best gets the second.
  await expect(results.getByRole('row').nth(1)).toContainText('二等奖');
});
