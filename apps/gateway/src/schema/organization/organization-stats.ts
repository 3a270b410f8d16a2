import {
  type CalendarDate,
  coverageRates,
  firstDayOf,
  leadsRegion,
  monthlySeries,
  monthsOfPeriod,
  NEW_EMPLOYMENT_GROUPS,
  type OrgKind,
  type Rate,
  type YearMonth,
} from '@gonghui/domain';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { figuresFromRow } from '../../organization/figures.js';
import { latestRegionCensus } from '../../organization/region-census-loader.js';
import { dateColumn } from '../../shared-dates.js';
import { NewEmploymentGroupEnum } from '../member/new-employment-group.js';

const RateRef = builder.objectRef<Rate>('Rate').implement({
  description: 'An exact ratio of two counts, with a one-decimal percentage.',
  fields: (t) => ({
    numerator: t.exposeInt('numerator'),
    denominator: t.exposeInt('denominator'),
    percent: t.exposeString('percent', { description: 'e.g. 85.3 (no % sign).' }),
  }),
});

const GroupCountRef = builder
  .objectRef<{ group: (typeof NEW_EMPLOYMENT_GROUPS)[number]; members: number }>(
    'NewEmploymentGroupCount',
  )
  .implement({
    fields: (t) => ({
      group: t.field({ type: NewEmploymentGroupEnum, resolve: (row) => row.group }),
      members: t.exposeInt('members'),
    }),
  });

/**
 * What the stats are computed from: the subtree's counter row and the organisation's kind and
 * region (for the regional rates), both loaded with the organisation itself.
 */
export type StatsSource = Prisma.OrganizationFiguresGetPayload<object> & {
  kind: OrgKind;
  regionCode: string;
};

/** The rates of a federation's subtree against its region's latest census, if it has one. */
async function regionalRates(row: StatsSource, context: object) {
  if (!leadsRegion(row.kind)) return null;
  const census = await latestRegionCensus(context, row.regionCode);
  if (!census) return null;
  const rates = coverageRates(figuresFromRow(row), {
    employersInRegion: census.employers,
    employeesInRegion: census.employees,
  });
  return rates.ok ? rates.value : null;
}

const MonthlyCountRef = builder
  .objectRef<{ month: YearMonth; count: number }>('MonthlyCount')
  .implement({
    description: 'A count for one calendar month.',
    fields: (t) => ({
      month: t.exposeString('month', { description: 'YYYY-MM.' }),
      count: t.exposeInt('count'),
    }),
  });

/** The months of a period (whole months), or a ValidationError naming the argument. */
function periodMonths(from: string, to: string): YearMonth[] {
  const months = monthsOfPeriod(from as CalendarDate, to as CalendarDate);
  if (!months.ok)
    throw ValidationError.of(months.error.field, months.error.rule, months.error.message);
  return months.value;
}

/** The maintained monthly joinings of one organisation's subtree over some months. */
async function joiningsIn(organizationId: string, months: readonly YearMonth[]) {
  const rows = await prisma.organizationMonthlyFigures.findMany({
    where: {
      organizationId,
      month: {
        gte: dateColumn(firstDayOf(months[0] ?? '1970-01')),
        lte: dateColumn(firstDayOf(months.at(-1) ?? '1970-01')),
      },
    },
    select: { month: true, joined: true },
  });
  return new Map(rows.map((row) => [row.month.toISOString().slice(0, 7), row.joined]));
}

export const OrganizationStats = builder.objectRef<StatsSource>('OrganizationStats').implement({
  description:
    '汇总数据: aggregate counts of an organisation’s whole subtree (itself included). Public.',
  fields: (t) => ({
    grassrootsUnions: t.exposeInt('grassrootsUnions', { description: '基层工会数 (live).' }),
    members: t.exposeInt('members', { description: '会员数 (ACTIVE and RETIRED_KEPT).' }),
    retiredMembers: t.exposeInt('retiredMembers', { description: '退休保留会籍会员.' }),
    migrantMembers: t.exposeInt('migrantMembers', { description: '农民工会员.' }),
    femaleMembers: t.exposeInt('femaleMembers', { description: '女会员.' }),
    newEmploymentMembers: t.field({
      type: [GroupCountRef],
      description: '新就业形态会员 by group (八大群体), in the standard order.',
      resolve: (row) => {
        const figures = figuresFromRow(row);
        return NEW_EMPLOYMENT_GROUPS.map((group) => ({
          group,
          members: figures.newEmploymentMembers[group],
        }));
      },
    }),
    newMembers: t.int({
      description:
        '新入会会员: joinings (入会 and 重新入会) anywhere in the subtree, counted in whole months from the month of `from` to the month of `to` (at most 120 months).',
      args: {
        from: t.arg({ type: 'Date', required: true }),
        to: t.arg({ type: 'Date', required: true }),
      },
      resolve: async (row, args) => {
        const counts = await joiningsIn(row.organizationId, periodMonths(args.from, args.to));
        return [...counts.values()].reduce((sum, count) => sum + count, 0);
      },
    }),
    newMembersByMonth: t.field({
      type: [MonthlyCountRef],
      description: 'The same joinings month by month, every month of the period (0 where none).',
      args: {
        from: t.arg({ type: 'Date', required: true }),
        to: t.arg({ type: 'Date', required: true }),
      },
      resolve: async (row, args) => {
        const months = periodMonths(args.from, args.to);
        return monthlySeries(months, await joiningsIn(row.organizationId, months));
      },
    }),
    employersCovered: t.exposeInt('employersCovered', { description: '覆盖单位.' }),
    employeesAtCoveredEmployers: t.exposeInt('employeesAtCoveredEmployers', {
      description: '已建会单位职工数 (recorded headcounts).',
    }),
    unionCoverage: t.field({
      type: RateRef,
      nullable: true,
      description:
        '建会率 = employersCovered ÷ employers in the region (the latest RegionCensus of the region a provincial, city or county federation leads). Null for other kinds, while no census is recorded, or when the census is smaller than the covered employers.',
      resolve: async (row, _args, context) =>
        (await regionalRates(row, context))?.unionCoverage ?? null,
    }),
    membershipInRegion: t.field({
      type: RateRef,
      nullable: true,
      description:
        '入会率 = working members (members − retired) ÷ employees in the region (the latest RegionCensus). Null like unionCoverage, or when the census has no employee count.',
      resolve: async (row, _args, context) =>
        (await regionalRates(row, context))?.membership ?? null,
    }),
    membershipAtCoveredEmployers: t.field({
      type: RateRef,
      nullable: true,
      description:
        '入会率 at covered employers = working members (members − retired) ÷ employeesAtCoveredEmployers. Null when no headcount is recorded or the figures do not allow a rate.',
      resolve: (row) => {
        const figures = figuresFromRow(row);
        const rates = coverageRates(figures, {
          employersInRegion: null,
          employeesInRegion: figures.employeesAtCoveredEmployers || null,
        });
        return rates.ok ? rates.value.membership : null;
      },
    }),
  }),
});
