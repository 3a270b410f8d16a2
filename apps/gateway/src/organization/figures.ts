import {
  addFigures,
  type CalendarDate,
  figuresOfMember,
  figuresOfOrganization,
  firstDayOf,
  isJoining,
  type MemberFigureFacts,
  monthlyJoinings,
  monthOf,
  NEW_EMPLOYMENT_GROUPS,
  type NewEmploymentGroup,
  type OrganizationFigureFacts,
  type OrganizationFigures,
  type OrgKind,
  zeroFigures,
} from '@gonghui/domain';
import { Prisma } from '../generated/prisma/client.js';

/**
 * The maintained roll-up counters (`organization_figures`): one row per organisation with the
 * figures of its whole subtree. Every change adds the domain's delta to the row of each
 * organisation in the changed record's lineage, in one UPDATE, inside the change's transaction.
 */

/** Columns of the scalar counters, by figure. */
const SCALAR_COLUMNS = {
  grassrootsUnions: 'grassroots_unions',
  members: 'members',
  retiredMembers: 'retired_members',
  migrantMembers: 'migrant_members',
  femaleMembers: 'female_members',
  employersCovered: 'employers_covered',
  employeesAtCoveredEmployers: 'employees_at_covered_employers',
} as const satisfies Record<Exclude<keyof OrganizationFigures, 'newEmploymentMembers'>, string>;

/** Prisma field of each new-employment group's counter (the column is its snake case). */
export const GROUP_FIELDS = {
  TRUCK_DRIVER: 'truckDriver',
  COURIER: 'courier',
  FOOD_DELIVERY_RIDER: 'foodDeliveryRider',
  RIDE_HAILING_DRIVER: 'rideHailingDriver',
  CARER: 'carer',
  DOMESTIC_WORKER: 'domesticWorker',
  MALL_PROMOTER: 'mallPromoter',
  SECURITY_GUARD: 'securityGuard',
} as const satisfies Record<NewEmploymentGroup, string>;

/** What a member row contributes (the domain's facts from the stored columns). */
export function memberFacts(row: {
  status: MemberFigureFacts['status'];
  isMigrant: boolean;
  employmentGroup: NewEmploymentGroup | null;
  sex: MemberFigureFacts['sex'];
}): MemberFigureFacts {
  return {
    status: row.status,
    isMigrantWorker: row.isMigrant,
    group: row.employmentGroup,
    sex: row.sex,
  };
}

/**
 * What an organisation row contributes itself. A grassroots union covers its one employer
 * (with its headcount when recorded); a joint grassroots union's employers are not recorded
 * yet, so it covers none here; other kinds cover none.
 */
export function organizationFacts(row: {
  kind: OrgKind;
  dissolvedOn: Date | string | null;
  employerHeadcount: number | null;
}): OrganizationFigureFacts {
  const single = row.kind === 'GRASSROOTS_UNION';
  return {
    kind: row.kind,
    dissolvedOn: row.dissolvedOn === null ? null : (dateText(row.dissolvedOn) as CalendarDate),
    employersCovered: single ? 1 : 0,
    employeesAtCoveredEmployers: single ? (row.employerHeadcount ?? 0) : 0,
  };
}

function dateText(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/** The row's columns as domain figures. */
export function figuresFromRow(row: Prisma.OrganizationFiguresGetPayload<object>) {
  const groups = {} as Record<NewEmploymentGroup, number>;
  for (const group of NEW_EMPLOYMENT_GROUPS) groups[group] = row[GROUP_FIELDS[group]];
  return {
    grassrootsUnions: row.grassrootsUnions,
    members: row.members,
    retiredMembers: row.retiredMembers,
    migrantMembers: row.migrantMembers,
    femaleMembers: row.femaleMembers,
    newEmploymentMembers: groups,
    employersCovered: row.employersCovered,
    employeesAtCoveredEmployers: row.employeesAtCoveredEmployers,
  } satisfies OrganizationFigures;
}

/** Domain figures as the row's columns (for inserts). */
export function rowFromFigures(organizationId: string, figures: OrganizationFigures) {
  const row: Prisma.OrganizationFiguresCreateManyInput = {
    organizationId,
    grassrootsUnions: figures.grassrootsUnions,
    members: figures.members,
    retiredMembers: figures.retiredMembers,
    migrantMembers: figures.migrantMembers,
    femaleMembers: figures.femaleMembers,
    employersCovered: figures.employersCovered,
    employeesAtCoveredEmployers: figures.employeesAtCoveredEmployers,
  };
  for (const group of NEW_EMPLOYMENT_GROUPS) {
    row[GROUP_FIELDS[group]] = figures.newEmploymentMembers[group];
  }
  return row;
}

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The (column, change) pairs of a delta that are not 0. */
function nonZeroColumns(delta: OrganizationFigures): [string, number][] {
  const columns: [string, number][] = [];
  for (const [key, column] of Object.entries(SCALAR_COLUMNS)) {
    const value = delta[key as keyof typeof SCALAR_COLUMNS];
    if (value !== 0) columns.push([column, value]);
  }
  for (const group of NEW_EMPLOYMENT_GROUPS) {
    const value = delta.newEmploymentMembers[group];
    if (value !== 0) columns.push([snakeCase(GROUP_FIELDS[group]), value]);
  }
  return columns;
}

/**
 * Adds `delta` to the figures of every organisation in `lineageIds`: one parameterised
 * UPDATE (nothing when the delta is all zeros). Call it inside the change's transaction.
 * Column names come from the fixed tables above, never from input.
 */
export async function applyFiguresDelta(
  tx: Prisma.TransactionClient,
  lineageIds: readonly string[],
  delta: OrganizationFigures,
): Promise<void> {
  const columns = nonZeroColumns(delta);
  if (columns.length === 0 || lineageIds.length === 0) return;
  const assignments = Prisma.join(
    columns.map(
      ([column, value]) =>
        Prisma.sql`${Prisma.raw(`"${column}"`)} = ${Prisma.raw(`"${column}"`)} + ${value}::integer`,
    ),
  );
  const count =
    await tx.$executeRaw`UPDATE organization_figures SET ${assignments} WHERE organization_id = ANY(${[...lineageIds]}::uuid[])`;
  if (count !== lineageIds.length) {
    throw new Error(`figures rows missing: updated ${count} of ${lineageIds.length}`);
  }
}

/**
 * Every organisation's subtree figures computed from scratch from the rows, with the domain
 * functions: each organisation's own contribution and each member's, added to every
 * organisation in its lineage. Used by the seed and by the consistency tests.
 */
export function computeAllFigures(
  organizations: readonly {
    id: string;
    lineageIds: string[];
    kind: OrgKind;
    dissolvedOn: Date | string | null;
    employerHeadcount: number | null;
  }[],
  members: readonly {
    lineageIds: string[];
    status: MemberFigureFacts['status'];
    isMigrant: boolean;
    employmentGroup: NewEmploymentGroup | null;
    sex: MemberFigureFacts['sex'];
  }[],
): Map<string, OrganizationFigures> {
  const figures = new Map<string, OrganizationFigures>();
  for (const organization of organizations) figures.set(organization.id, zeroFigures());
  const addAlong = (lineageIds: readonly string[], delta: OrganizationFigures) => {
    for (const id of lineageIds) {
      figures.set(id, addFigures(figures.get(id) ?? zeroFigures(), delta));
    }
  };
  for (const organization of organizations) {
    addAlong(organization.lineageIds, figuresOfOrganization(organizationFacts(organization)));
  }
  for (const member of members) addAlong(member.lineageIds, figuresOfMember(memberFacts(member)));
  return figures;
}

/** The monthly counters' columns of the new-employment groups, in NEW_EMPLOYMENT_GROUPS order. */
export const JOINED_GROUP_COLUMNS: Readonly<Record<NewEmploymentGroup, string>> = Object.freeze({
  TRUCK_DRIVER: 'joined_truck_driver',
  COURIER: 'joined_courier',
  FOOD_DELIVERY_RIDER: 'joined_food_delivery_rider',
  RIDE_HAILING_DRIVER: 'joined_ride_hailing_driver',
  CARER: 'joined_carer',
  DOMESTIC_WORKER: 'joined_domestic_worker',
  MALL_PROMOTER: 'joined_mall_promoter',
  SECURITY_GUARD: 'joined_security_guard',
});

/** A joining as the counters take it: its date and the member's facts at that moment. */
export interface Joining {
  date: Date | CalendarDate;
  isMigrant: boolean;
  employmentGroup: NewEmploymentGroup | null;
}

/**
 * Adds joinings (入会, 重新入会) to the monthly counters of every organisation in `lineageIds`
 * — the total, the migrant workers and each new-employment group (the domain's
 * `monthlyJoinings`): one upsert for all the months of the joinings given. Call it inside the
 * joining's transaction. Rows are written in a fixed order (organisation, month) so that
 * concurrent joinings in one subtree wait for each other instead of deadlocking.
 */
export async function applyJoinings(
  tx: Prisma.TransactionClient,
  lineageIds: readonly string[],
  joinings: readonly Joining[],
): Promise<void> {
  if (lineageIds.length === 0 || joinings.length === 0) return;
  const months = monthlyJoinings(
    joinings.map((joining) => ({
      date: dateText(joining.date) as CalendarDate,
      isMigrant: joining.isMigrant,
      employmentGroup: joining.employmentGroup,
    })),
  );
  const group = (name: NewEmploymentGroup) => months.map((row) => row.byGroup[name]);
  await tx.$executeRaw`
    INSERT INTO organization_monthly_figures (organization_id, month, joined, joined_migrant,
      joined_truck_driver, joined_courier, joined_food_delivery_rider, joined_ride_hailing_driver,
      joined_carer, joined_domestic_worker, joined_mall_promoter, joined_security_guard)
    SELECT o.id, m.month, m.joined, m.migrant, m.truck_driver, m.courier, m.food_delivery_rider,
      m.ride_hailing_driver, m.carer, m.domestic_worker, m.mall_promoter, m.security_guard
    FROM unnest(${[...lineageIds].sort()}::uuid[]) AS o(id)
    CROSS JOIN unnest(
      ${months.map((row) => firstDayOf(row.month))}::date[],
      ${months.map((row) => row.joined)}::integer[],
      ${months.map((row) => row.migrant)}::integer[],
      ${group('TRUCK_DRIVER')}::integer[],
      ${group('COURIER')}::integer[],
      ${group('FOOD_DELIVERY_RIDER')}::integer[],
      ${group('RIDE_HAILING_DRIVER')}::integer[],
      ${group('CARER')}::integer[],
      ${group('DOMESTIC_WORKER')}::integer[],
      ${group('MALL_PROMOTER')}::integer[],
      ${group('SECURITY_GUARD')}::integer[]
    ) AS m(month, joined, migrant, truck_driver, courier, food_delivery_rider, ride_hailing_driver,
      carer, domestic_worker, mall_promoter, security_guard)
    ORDER BY o.id, m.month
    ON CONFLICT (organization_id, month)
    DO UPDATE SET
      joined = organization_monthly_figures.joined + EXCLUDED.joined,
      joined_migrant = organization_monthly_figures.joined_migrant + EXCLUDED.joined_migrant,
      joined_truck_driver = organization_monthly_figures.joined_truck_driver + EXCLUDED.joined_truck_driver,
      joined_courier = organization_monthly_figures.joined_courier + EXCLUDED.joined_courier,
      joined_food_delivery_rider = organization_monthly_figures.joined_food_delivery_rider + EXCLUDED.joined_food_delivery_rider,
      joined_ride_hailing_driver = organization_monthly_figures.joined_ride_hailing_driver + EXCLUDED.joined_ride_hailing_driver,
      joined_carer = organization_monthly_figures.joined_carer + EXCLUDED.joined_carer,
      joined_domestic_worker = organization_monthly_figures.joined_domestic_worker + EXCLUDED.joined_domestic_worker,
      joined_mall_promoter = organization_monthly_figures.joined_mall_promoter + EXCLUDED.joined_mall_promoter,
      joined_security_guard = organization_monthly_figures.joined_security_guard + EXCLUDED.joined_security_guard`;
}

/**
 * Every organisation's monthly joinings computed from scratch from the membership events
 * (the domain's `isJoining`), keyed `organisationId|YYYY-MM`. Used by the seed and the tests.
 */
export function computeAllJoinings(
  events: readonly {
    lineageIds: string[];
    type: 'JOINED' | 'TRANSFER_OUT' | 'TRANSFER_IN' | 'STATUS_CHANGED';
    fromStatus: MemberFigureFacts['status'] | null;
    toStatus: MemberFigureFacts['status'] | null;
    date: Date | string;
  }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (!isJoining(event)) continue;
    const month = monthOf(dateText(event.date) as CalendarDate);
    for (const id of event.lineageIds) {
      const key = `${id}|${month}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Every organisation's monthly counter rows computed from scratch from joinings with the
 * members' facts (the seed writes these; the city generator recounts them in SQL).
 */
export function computeAllMonthlyJoinings(
  joinings: readonly (Joining & { lineageIds: readonly string[] })[],
): Prisma.OrganizationMonthlyFiguresCreateManyInput[] {
  const byOrganization = new Map<string, Joining[]>();
  for (const joining of joinings) {
    for (const id of joining.lineageIds) {
      const list = byOrganization.get(id) ?? [];
      list.push(joining);
      byOrganization.set(id, list);
    }
  }
  return [...byOrganization].flatMap(([organizationId, list]) =>
    monthlyJoinings(
      list.map((joining) => ({
        date: dateText(joining.date) as CalendarDate,
        isMigrant: joining.isMigrant,
        employmentGroup: joining.employmentGroup,
      })),
    ).map((month) => ({
      organizationId,
      month: new Date(`${firstDayOf(month.month)}T00:00:00Z`),
      joined: month.joined,
      joinedMigrant: month.migrant,
      joinedTruckDriver: month.byGroup.TRUCK_DRIVER,
      joinedCourier: month.byGroup.COURIER,
      joinedFoodDeliveryRider: month.byGroup.FOOD_DELIVERY_RIDER,
      joinedRideHailingDriver: month.byGroup.RIDE_HAILING_DRIVER,
      joinedCarer: month.byGroup.CARER,
      joinedDomesticWorker: month.byGroup.DOMESTIC_WORKER,
      joinedMallPromoter: month.byGroup.MALL_PROMOTER,
      joinedSecurityGuard: month.byGroup.SECURITY_GUARD,
    })),
  );
}
