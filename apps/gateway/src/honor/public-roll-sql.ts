import { divisionCodePrefix, parseAdministrativeDivisionCode } from '@gonghui/domain';
import { queryRows } from '../db.js';
import { type HonorAward, Prisma } from '../generated/prisma/client.js';
import { type HonorRollFilterInput, NAME_SCOPE } from './public-awards.js';

/**
 * The public honor roll's hot path as hand-written SQL (`queryRows`: on PostgreSQL straight
 * through pg, not even Prisma's `$queryRaw`, which still runs its query compiler): the same
 * rows, order and keyset as `publicAwardWhere` + `HONOR_ROLL_ORDER` + `honorRollAfter` through
 * Prisma's query builder, without the per-request cost of compiling Prisma queries
 * (docs/performance.md).
 * Covers every filter but the text `search` (Prisma's `contains` semantics stay with Prisma):
 * for that, `rollConditions` returns null and the caller uses the Prisma path.
 */

const awardColumns = Prisma.sql`a.id::text AS "id", a.nomination_id::text AS "nominationId",
  a.campaign_id::text AS "campaignId", a.lineage_ids AS "lineageIds", a.title_code AS "titleCode",
  a.title_name AS "titleName", a.level::text AS "level", a.subject::text AS "subject", a.year,
  a.name, a.employer_name AS "employerName", a.region_code::text AS "regionCode", a.industry,
  a.citation, a.photo_url AS "photoUrl", a.public_scopes AS "publicScopes",
  a.certificate_code AS "certificateCode", a.published_at AS "publishedAt",
  a.revoked_at AS "revokedAt", a.revoked_reason AS "revokedReason"`;

/** The WHERE conditions of the public roll on alias `a`, or null when the filter searches text. */
export function rollConditions(filter: HonorRollFilterInput | null | undefined): Prisma.Sql | null {
  if (filter?.search?.trim()) return null;
  const conditions = [
    Prisma.sql`a.revoked_at IS NULL`,
    Prisma.sql`${NAME_SCOPE} = ANY(a.public_scopes)`,
  ];
  if (filter?.level) conditions.push(Prisma.sql`a.level = ${filter.level}::"HonorLevel"`);
  if (filter?.titleCode) conditions.push(Prisma.sql`a.title_code = ${filter.titleCode}`);
  if (typeof filter?.year === 'number') conditions.push(Prisma.sql`a.year = ${filter.year}`);
  if (filter?.regionCode) {
    const division = parseAdministrativeDivisionCode(filter.regionCode, 'filter.regionCode');
    // The prefix is digits only: nothing to escape for LIKE.
    if (division.ok)
      conditions.push(
        Prisma.sql`a.region_code::text LIKE ${`${divisionCodePrefix(division.value)}%`}`,
      );
  }
  if (filter?.industry?.trim()) conditions.push(Prisma.sql`a.industry = ${filter.industry.trim()}`);
  return Prisma.join(conditions, ' AND ');
}

/**
 * `take` awards of the roll in its order (newest year first, then level, name, id), after the
 * award `afterId` when given: its sort values are read first and the page filters on them as
 * parameters (keyset), so PostgreSQL walks the (level, year DESC, name, id) index from there; a
 * join to the cursor row in the same statement made it read and sort the whole filtered roll
 * (82 ms against 3 ms on the bench city). Empty when `afterId` names no award.
 */
export async function honorRollRows(
  conditions: Prisma.Sql,
  take: number,
  afterId: string | null,
): Promise<HonorAward[]> {
  let keyset = Prisma.empty;
  if (afterId) {
    const [cursor] = await queryRows<{ year: number; level: string; name: string }>(Prisma.sql`
      SELECT year, level::text AS level, name FROM honor_award WHERE id = ${afterId}::uuid`);
    if (!cursor) return [];
    const { year, level, name } = cursor;
    keyset = Prisma.sql`AND (a.year < ${year} OR (a.year = ${year} AND (a.level > ${level}::"HonorLevel"
      OR (a.level = ${level}::"HonorLevel" AND (a.name > ${name} OR (a.name = ${name} AND a.id > ${afterId}::uuid))))))`;
  }
  return queryRows<HonorAward>(Prisma.sql`SELECT ${awardColumns} FROM honor_award a
    WHERE ${conditions} ${keyset} ORDER BY a.year DESC, a.level, a.name, a.id LIMIT ${take}`);
}

/** How many awards the roll holds under these conditions. */
export async function honorRollCount(conditions: Prisma.Sql): Promise<number> {
  const rows = await queryRows<{ count: number }>(Prisma.sql`SELECT count(*)::int AS count
    FROM honor_award a WHERE ${conditions}`);
  return rows[0]?.count ?? 0;
}
