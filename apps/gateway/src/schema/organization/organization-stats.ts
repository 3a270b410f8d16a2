import { coverageRates, NEW_EMPLOYMENT_GROUPS, type Rate } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { figuresFromRow } from '../../organization/figures.js';
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

export const OrganizationStats = builder.prismaObject('OrganizationFigures', {
  name: 'OrganizationStats',
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
    employersCovered: t.exposeInt('employersCovered', { description: '覆盖单位.' }),
    employeesAtCoveredEmployers: t.exposeInt('employeesAtCoveredEmployers', {
      description: '已建会单位职工数 (recorded headcounts).',
    }),
    unionCoverage: t.field({
      type: RateRef,
      nullable: true,
      description:
        '建会率 = employersCovered ÷ employers in the region. Null while the region’s employer count is not recorded.',
      resolve: (row) => {
        const rates = coverageRates(figuresFromRow(row), {
          employersInRegion: null,
          employeesInRegion: null,
        });
        return rates.ok ? rates.value.unionCoverage : null;
      },
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
