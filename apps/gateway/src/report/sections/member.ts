import {
  COUNTED_MEMBER_STATUSES,
  isJoining,
  isWholeMonths,
  type MemberStatus,
  NEW_EMPLOYMENT_GROUP_LABELS,
  NEW_EMPLOYMENT_GROUPS,
  type NewEmploymentGroup,
  type ReportPeriod,
} from '@gonghui/domain';
import { prisma } from '../../db.js';
import { encodeGlobalId } from '../../global-id.js';
import { figuresFromRow } from '../../organization/figures.js';
import { dateColumn } from '../../shared-dates.js';
import type { ReportScope, ReportSection, SectionFigure } from '../report-section.js';

interface JoiningGroupRow {
  type: 'JOINED' | 'TRANSFER_OUT' | 'TRANSFER_IN' | 'STATUS_CHANGED';
  from_status: MemberStatus | null;
  to_status: MemberStatus | null;
  employment_group: NewEmploymentGroup | null;
  is_migrant: boolean;
  events: number;
}

/**
 * The period's joinings (入会 and 重新入会, the domain's `isJoining`) in the subtree, by the
 * member's new-employment group and migrant flag as recorded on the member today. One grouped
 * query over the subtree's events of the period (GIN lineage + date); the rule that decides what
 * a joining is stays in the domain, applied to the groups. Used for periods that are not whole
 * months (the counters are monthly): a city-wide year would scan every joining of the year.
 */
async function joiningsByGroup(scope: ReportScope, period: ReportPeriod) {
  const rows = await prisma.$queryRaw<JoiningGroupRow[]>`
    SELECT e.type, e.from_status, e.to_status, m.employment_group, m.is_migrant,
           count(*)::int AS events
      FROM member_event e
      JOIN member m ON m.id = e.member_id
     WHERE e.lineage_ids @> ARRAY[${scope.organizationId}]::text[]
       AND e.date >= ${dateColumn(period.from)}::date
       AND e.date <= ${dateColumn(period.to)}::date
       AND e.type IN ('JOINED', 'STATUS_CHANGED')
     GROUP BY 1, 2, 3, 4, 5`;
  const joinings = rows.filter((row) =>
    isJoining({ type: row.type, fromStatus: row.from_status, toStatus: row.to_status }),
  );
  const total = joinings.reduce((sum, row) => sum + row.events, 0);
  const migrant = joinings.filter((row) => row.is_migrant).reduce((s, row) => s + row.events, 0);
  const byGroup = new Map<NewEmploymentGroup, number>();
  for (const row of joinings) {
    if (row.employment_group) {
      byGroup.set(row.employment_group, (byGroup.get(row.employment_group) ?? 0) + row.events);
    }
  }
  return { total, migrant, byGroup };
}

/**
 * The same for a period of whole months, from the maintained monthly counters (at most 120 rows
 * of one organisation, whatever the size of the city): joinings by the member's facts at the
 * joining.
 */
async function joiningsFromCounters(scope: ReportScope, period: ReportPeriod) {
  const { _sum: sum } = await prisma.organizationMonthlyFigures.aggregate({
    where: {
      organizationId: scope.organizationId,
      month: { gte: dateColumn(period.from), lte: dateColumn(period.to) },
    },
    _sum: {
      joined: true,
      joinedMigrant: true,
      joinedTruckDriver: true,
      joinedCourier: true,
      joinedFoodDeliveryRider: true,
      joinedRideHailingDriver: true,
      joinedCarer: true,
      joinedDomesticWorker: true,
      joinedMallPromoter: true,
      joinedSecurityGuard: true,
    },
  });
  const byGroup = new Map<NewEmploymentGroup, number>([
    ['TRUCK_DRIVER', sum.joinedTruckDriver ?? 0],
    ['COURIER', sum.joinedCourier ?? 0],
    ['FOOD_DELIVERY_RIDER', sum.joinedFoodDeliveryRider ?? 0],
    ['RIDE_HAILING_DRIVER', sum.joinedRideHailingDriver ?? 0],
    ['CARER', sum.joinedCarer ?? 0],
    ['DOMESTIC_WORKER', sum.joinedDomesticWorker ?? 0],
    ['MALL_PROMOTER', sum.joinedMallPromoter ?? 0],
    ['SECURITY_GUARD', sum.joinedSecurityGuard ?? 0],
  ]);
  return { total: sum.joined ?? 0, migrant: sum.joinedMigrant ?? 0, byGroup };
}

/** The console's member list of the subtree with these filters (see the admin member-filters). */
function membersPath(organizationId: string, filters: Record<string, string> = {}): string {
  const params = new URLSearchParams({ org: encodeGlobalId('Organization', organizationId) });
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  return `/members?${params.toString()}`;
}

/** The filter of the members on the roll (the statuses the counters count). */
const onTheRoll = { status: COUNTED_MEMBER_STATUSES.join(',') };

/** 会员发展: members on the roll today, and the period's new members by group. */
export const memberSection: ReportSection = {
  key: 'member',
  title: '会员发展',
  async figures(scope: ReportScope, period: ReportPeriod) {
    const org = scope.organizationId;
    const joinedIn = { from: period.from, to: period.to };
    const [row, joined] = await Promise.all([
      prisma.organizationFigures.findUnique({ where: { organizationId: scope.organizationId } }),
      isWholeMonths(period) ? joiningsFromCounters(scope, period) : joiningsByGroup(scope, period),
    ]);
    const today = row ? figuresFromRow(row) : null;
    const newEmploymentToday = today
      ? NEW_EMPLOYMENT_GROUPS.reduce((sum, group) => sum + today.newEmploymentMembers[group], 0)
      : 0;
    const newEmploymentJoined = [...joined.byGroup.values()].reduce((sum, n) => sum + n, 0);
    const figures: SectionFigure[] = [
      {
        key: 'member.members',
        label: '会员',
        unit: 'PERSON',
        value: today?.members ?? 0,
        basis: 'TODAY',
        listPath: membersPath(org, onTheRoll),
      },
      {
        key: 'member.femaleMembers',
        label: '女会员',
        unit: 'PERSON',
        value: today?.femaleMembers ?? 0,
        basis: 'TODAY',
        listPath: membersPath(org, { ...onTheRoll, sex: 'FEMALE' }),
      },
      {
        key: 'member.migrantMembers',
        label: '农民工会员',
        unit: 'PERSON',
        value: today?.migrantMembers ?? 0,
        basis: 'TODAY',
        listPath: membersPath(org, { ...onTheRoll, migrant: 'yes' }),
      },
      {
        key: 'member.newEmploymentMembers',
        label: '新就业形态会员',
        unit: 'PERSON',
        value: newEmploymentToday,
        basis: 'TODAY',
        listPath: membersPath(org, { ...onTheRoll, group: NEW_EMPLOYMENT_GROUPS.join(',') }),
      },
      {
        key: 'member.newMembers',
        label: '发展会员',
        unit: 'PERSON',
        value: joined.total,
        basis: 'PERIOD',
        listPath: membersPath(org, joinedIn),
      },
      {
        key: 'member.newMigrantMembers',
        label: '其中农民工',
        unit: 'PERSON',
        value: joined.migrant,
        basis: 'PERIOD',
        listPath: membersPath(org, { ...joinedIn, migrant: 'yes' }),
      },
      {
        key: 'member.newNewEmploymentMembers',
        label: '其中新就业形态劳动者',
        unit: 'PERSON',
        value: newEmploymentJoined,
        basis: 'PERIOD',
        listPath: membersPath(org, { ...joinedIn, group: NEW_EMPLOYMENT_GROUPS.join(',') }),
      },
      ...NEW_EMPLOYMENT_GROUPS.map(
        (group): SectionFigure => ({
          key: `member.newMembers.${group}`,
          label: `新入会${NEW_EMPLOYMENT_GROUP_LABELS[group]}`,
          unit: 'PERSON',
          value: joined.byGroup.get(group) ?? 0,
          basis: 'PERIOD',
          listPath: membersPath(org, { ...joinedIn, group }),
        }),
      ),
    ];
    return figures;
  },
};
