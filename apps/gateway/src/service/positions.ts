import {
  boundingBox,
  divisionCodePrefix,
  type FieldError,
  type GeoPoint,
  NEAREST_SEARCH_RADII,
  nearestFirst,
  nearestSearchSettled,
  PUBLIC_SERVICE_POSITION_STATUSES,
  parseAdministrativeDivisionCode,
  type ServicePositionKind,
  type ServicePositionStatus,
  type WithDistance,
  weekMinuteInChina,
} from '@gonghui/domain';
import { withinScopes } from '../auth/access.js';
import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { parseGlobalIdOf } from '../global-id.js';
import { dateColumn, today } from '../shared-dates.js';

/** Filters of the public finder and of the staff registry (all optional, combined with AND). */
export interface ServicePositionFilterInput {
  kind?: ServicePositionKind | null;
  regionCode?: string | null;
  organizationId?: string | null;
  search?: string | null;
  openNow?: boolean | null;
  /** Staff registry only. */
  status?: ServicePositionStatus | null;
  openOn?: string | null;
  openedFrom?: string | null;
  openedTo?: string | null;
}

/** Positions serving on a day: opened on or before it and not closed by then. */
export function openOnWhere(day: string): Prisma.ServicePositionWhereInput {
  return {
    openedOn: { lte: dateColumn(day) },
    OR: [{ closedOn: null }, { closedOn: { gt: dateColumn(day) } }],
  };
}

/**
 * What the public sees: open and suspended positions serving today (closed ones are kept for
 * the records).
 */
export function publicPositionWhere(): Prisma.ServicePositionWhereInput {
  return { AND: [{ status: { in: [...PUBLIC_SERVICE_POSITION_STATUSES] } }, openOnWhere(today())] };
}

/** What a staff member sees: every position within their `service.read` subtrees. */
export function staffPositionWhere(viewer: StaffViewer): Prisma.ServicePositionWhereInput {
  return withinScopes(viewer, 'service.read');
}

/**
 * Ids of the positions open at `instant` (China Standard Time) among those not open 24 hours:
 * one week minute against the stored intervals, in SQL (unnest of the two interval arrays).
 */
async function openAtIds(instant: Date): Promise<string[]> {
  const minute = weekMinuteInChina(instant);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p.id::text AS id FROM service_position p
    WHERE NOT p.open_24_hours AND p.status = 'OPEN'::"ServicePositionStatus"
      AND EXISTS (
        SELECT 1 FROM unnest(p.weekly_open_from, p.weekly_open_until) AS h(open_from, open_until)
        WHERE h.open_from <= ${minute} AND h.open_until > ${minute})`;
  return rows.map((row) => row.id);
}

/** The Prisma conditions of a filter (the caller adds who may see what). */
export async function positionFilterWhere(
  filter: ServicePositionFilterInput | null | undefined,
  now: Date = new Date(),
): Promise<Prisma.ServicePositionWhereInput[]> {
  const conditions: Prisma.ServicePositionWhereInput[] = [];
  if (!filter) return conditions;
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.openOn) conditions.push(openOnWhere(filter.openOn));
  if (filter.openedFrom) conditions.push({ openedOn: { gte: dateColumn(filter.openedFrom) } });
  if (filter.openedTo) conditions.push({ openedOn: { lte: dateColumn(filter.openedTo) } });
  if (filter.regionCode) {
    const division = parseAdministrativeDivisionCode(filter.regionCode, 'filter.regionCode');
    if (!division.ok) {
      throw ValidationError.of(division.error.field, division.error.rule, division.error.message);
    }
    conditions.push({ regionCode: { startsWith: divisionCodePrefix(division.value) } });
  }
  if (filter.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  const search = filter.search?.trim();
  if (search) {
    conditions.push({
      OR: [
        { name: { contains: search } },
        { address: { contains: search } },
        { hostName: { contains: search } },
      ],
    });
  }
  if (filter.openNow === true) {
    // A suspended position is closed whatever its hours say.
    conditions.push({
      status: 'OPEN',
      OR: [{ open24Hours: true }, { id: { in: await openAtIds(now) } }],
    });
  }
  return conditions;
}

/** A box condition; a box that wraps the antimeridian is two longitude ranges. */
function boxWhere(origin: GeoPoint, radius: number): Prisma.ServicePositionWhereInput {
  const box = boundingBox(origin, radius);
  const latitude = { gte: box.minLatitude, lte: box.maxLatitude };
  return box.minLongitude <= box.maxLongitude
    ? { latitude, longitude: { gte: box.minLongitude, lte: box.maxLongitude } }
    : {
        latitude,
        OR: [{ longitude: { gte: box.minLongitude } }, { longitude: { lte: box.maxLongitude } }],
      };
}

/**
 * The `k` positions nearest to `origin` (GCJ-02) among those `where` selects, nearest first, with
 * their great-circle distance. Each round reads the ids and coordinates inside a rectangle
 * around the origin (the (latitude, longitude) index), ranks them with the domain's haversine,
 * and stops once k of them lie within the round's radius — only then is no nearer position
 * possibly outside the rectangle. The radius grows 2 km, 8 km, … 5 000 km; a last round reads
 * every candidate, so the answer is exact wherever the origin is.
 */
export async function nearestPositions(
  origin: GeoPoint,
  where: Prisma.ServicePositionWhereInput,
  k: number,
): Promise<WithDistance<{ id: string; latitude: number; longitude: number }>[]> {
  for (const radius of [...NEAREST_SEARCH_RADII, Number.POSITIVE_INFINITY]) {
    const candidates = await prisma.servicePosition.findMany({
      where: Number.isFinite(radius) ? { AND: [where, boxWhere(origin, radius)] } : where,
      select: { id: true, latitude: true, longitude: true },
    });
    const ranked = nearestFirst(origin, candidates, k);
    if (!Number.isFinite(radius) || nearestSearchSettled(ranked, radius, k)) return ranked;
  }
  return [];
}

/** Domain problems as one ValidationError, each field under `prefix` (e.g. 'input.'). */
export function positionValidationError(
  problems: readonly FieldError[],
  prefix: string,
): ValidationError {
  const issues: ValidationIssue[] = problems.map((problem) => ({
    field: `${prefix}${problem.field}`,
    rule: problem.rule,
    message: problem.message,
  }));
  const [first, ...rest] = issues;
  if (!first) throw new Error('a refusal needs at least one reason');
  return new ValidationError([first, ...rest]);
}
