import { formatFigure } from '@gonghui/domain';
import { prisma } from '../db.js';
import { NAME_SCOPE } from '../honor/public-awards.js';
import type { ReportFigure } from './annual-report.js';

/**
 * 数据概览: the few figures a public home page leads with, for an organisation's subtree as of
 * today — members, grassroots unions, honorees on the public roll, studios, service positions.
 * Four reads: the maintained counter row and three indexed counts.
 */
export async function headlineFigures(organizationId: string): Promise<ReportFigure[]> {
  const inTree = { lineageIds: { has: organizationId } };
  const [figures, honorees, studios, positions] = await Promise.all([
    prisma.organizationFigures.findUnique({
      where: { organizationId },
      select: { members: true, grassrootsUnions: true },
    }),
    prisma.honorAward.count({
      where: { ...inTree, revokedAt: null, publicScopes: { has: NAME_SCOPE } },
    }),
    prisma.innovationStudio.count({ where: { ...inTree, status: 'ACTIVE' } }),
    prisma.servicePosition.count({ where: { ...inTree, status: { not: 'CLOSED' } } }),
  ]);
  const today = (key: string, label: string, unit: ReportFigure['unit'], value: number) => ({
    key,
    label,
    unit,
    value,
    basis: 'TODAY' as const,
    listPath: null,
    display: formatFigure(value, unit),
    previous: null,
    change: null,
    changePercent: null,
  });
  return [
    today('member.members', '工会会员', 'PERSON', figures?.members ?? 0),
    today(
      'organization.grassrootsUnions',
      '基层工会',
      'ORGANIZATION',
      figures?.grassrootsUnions ?? 0,
    ),
    today('honor.honorees', '劳模工匠和先进', 'ITEM', honorees),
    today('innovation.studios', '创新工作室', 'TEAM', studios),
    today('service.positions', '服务阵地', 'TEAM', positions),
  ];
}
