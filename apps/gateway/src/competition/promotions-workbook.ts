import { formatCenti, isVocationalLevel, VOCATIONAL_LEVEL_LABELS } from '@gonghui/domain';
import ExcelJS from 'exceljs';
import { prisma } from '../db.js';

function levelLabel(code: string | null): string {
  return code && isVocationalLevel(code) ? VOCATIONAL_LEVEL_LABELS[code] : '无等级';
}

/**
 * 晋级推荐名单 for the human-resources bureau (人社部门): one row per promotion the published
 * results earn, and a second sheet with those superseded by the one-a-year rule. Names and
 * employers only — the bureau matches people by its own records; no ID number is exported.
 */
export async function promotionsWorkbook(competitionId: string): Promise<Buffer> {
  const competition = await prisma.competition.findUniqueOrThrow({
    where: { id: competitionId },
    include: { organization: { select: { name: true } } },
  });
  const promotions = await prisma.competitionPromotion.findMany({
    where: { competitionId },
    include: {
      entry: {
        select: { publicName: true, bibNumber: true, employer: { select: { name: true } } },
      },
    },
    orderBy: [{ recommended: 'desc' }, { rank: 'asc' }],
  });
  const results = await prisma.competitionResult.findMany({
    where: { competitionId },
    select: { entryId: true, totalCenti: true },
  });
  const totals = new Map(results.map((r) => [r.entryId, r.totalCenti]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = competition.organization.name;
  const header = [
    '序号',
    '姓名',
    '工作单位',
    '参赛号',
    '名次',
    '总成绩',
    '原技能等级',
    '推荐晋升等级',
    '技术能手',
    '依据',
  ];
  const sheet = workbook.addWorksheet('晋级推荐');
  sheet.addRow([`${competition.name} 技能等级晋升推荐名单`]);
  sheet.addRow([`主办：${competition.organization.name}　年度：${competition.year}`]);
  sheet.addRow(header).font = { bold: true };
  const recommended = promotions.filter((p) => p.recommended);
  recommended.forEach((p, index) => {
    const total = totals.get(p.entryId);
    sheet.addRow([
      index + 1,
      p.entry.publicName,
      p.entry.employer.name,
      p.entry.bibNumber,
      p.rank,
      total === null || total === undefined ? '' : formatCenti(total),
      levelLabel(p.fromLevel),
      levelLabel(p.toLevel),
      p.technicalExpert ? '是' : '',
      p.basis,
    ]);
  });
  [6, 12, 30, 8, 6, 8, 14, 14, 8, 50].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const superseded = workbook.addWorksheet('未予晋升（同年已晋升）');
  superseded.addRow(['姓名', '工作单位', '名次', '可晋升等级', '原因']).font = { bold: true };
  for (const p of promotions.filter((row) => !row.recommended)) {
    superseded.addRow([
      p.entry.publicName,
      p.entry.employer.name,
      p.rank,
      levelLabel(p.toLevel),
      p.supersededReason ?? '',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
