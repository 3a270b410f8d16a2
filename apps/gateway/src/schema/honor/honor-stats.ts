import { HONOR_LEVEL_LABELS, HONOR_LEVELS } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../errors.js';
import { type HonorRollFilterInput, publicAwardWhere } from '../../honor/public-awards.js';
import { type HonorCount, HonorCountRef } from './honor-count.js';
import { HonorRollFilter } from './honor-roll-filter.js';

interface HonorStats {
  total: number;
  byLevel: HonorCount[];
  byTitle: HonorCount[];
  byYear: HonorCount[];
  byRegion: HonorCount[];
}

const HonorStatsRef = builder.objectRef<HonorStats>('HonorStats').implement({
  description: 'Counts of the public honor roll (the same awards `honorRoll` lists).',
  fields: (t) => ({
    total: t.exposeInt('total'),
    byLevel: t.field({
      type: [HonorCountRef],
      description: 'Most senior level first.',
      resolve: (stats) => stats.byLevel,
    }),
    byTitle: t.field({
      type: [HonorCountRef],
      description: 'Most awarded title first.',
      resolve: (stats) => stats.byTitle,
    }),
    byYear: t.field({
      type: [HonorCountRef],
      description: 'Newest year first.',
      resolve: (stats) => stats.byYear,
    }),
    byRegion: t.field({
      type: [HonorCountRef],
      description: 'By the honoree’s county-level region code, most awards first.',
      resolve: (stats) => stats.byRegion,
    }),
  }),
});

async function honorStats(filter: HonorRollFilterInput | null | undefined): Promise<HonorStats> {
  const where = publicAwardWhere(filter);
  const [total, levels, titles, years, regions] = await Promise.all([
    prisma.honorAward.count({ where }),
    prisma.honorAward.groupBy({ by: ['level'], where, _count: { _all: true } }),
    prisma.honorAward.groupBy({ by: ['titleCode', 'titleName'], where, _count: { _all: true } }),
    prisma.honorAward.groupBy({ by: ['year'], where, _count: { _all: true } }),
    prisma.honorAward.groupBy({ by: ['regionCode'], where, _count: { _all: true } }),
  ]);
  const byCountThenKey = (a: HonorCount, b: HonorCount) =>
    b.count - a.count || a.key.localeCompare(b.key);
  return {
    total,
    byLevel: levels
      .map((row) => ({
        key: row.level,
        label: HONOR_LEVEL_LABELS[row.level],
        count: row._count._all,
      }))
      .sort((a, b) => HONOR_LEVELS.indexOf(a.key) - HONOR_LEVELS.indexOf(b.key)),
    byTitle: titles
      .map((row) => ({ key: row.titleCode, label: row.titleName, count: row._count._all }))
      .sort(byCountThenKey),
    byYear: years
      .map((row) => ({ key: String(row.year), label: `${row.year}年`, count: row._count._all }))
      .sort((a, b) => Number(b.key) - Number(a.key)),
    byRegion: regions
      .map((row) => ({ key: row.regionCode, label: row.regionCode, count: row._count._all }))
      .sort(byCountThenKey),
  };
}

builder.queryField('honorStats', (t) =>
  t.field({
    type: HonorStatsRef,
    description: '荣誉统计: counts by level, title, year and region of the public roll.',
    errors: { types: [ValidationError], directResult: true },
    args: { filter: t.arg({ type: HonorRollFilter, required: false }) },
    resolve: (_root, args) => honorStats(args.filter),
  }),
);
