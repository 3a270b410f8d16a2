import {
  type ConsentScope,
  divisionCodePrefix,
  type HonorLevel,
  parseAdministrativeDivisionCode,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { HonorLevel as HonorLevelEnum } from '../generated/prisma/enums.js';

export interface HonorRollFilterInput {
  level?: HonorLevel | null;
  titleCode?: string | null;
  year?: number | null;
  regionCode?: string | null;
  industry?: string | null;
  search?: string | null;
}

/** Consent scope codes as stored on an award. */
export const NAME_SCOPE: ConsentScope = 'NAME';

/**
 * The awards the public roll lists: published, not revoked, and with a consent in force that
 * covers at least the name (see the domain's publicProfileScopes, stored in `publicScopes`).
 * A region code matches itself and every division within it (a city's code its districts).
 */
export function publicAwardWhere(filter: HonorRollFilterInput | null | undefined) {
  const conditions: Prisma.HonorAwardWhereInput[] = [
    { revokedAt: null },
    { publicScopes: { has: NAME_SCOPE } },
  ];
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.titleCode) conditions.push({ titleCode: filter.titleCode });
  if (typeof filter?.year === 'number') conditions.push({ year: filter.year });
  if (filter?.regionCode) {
    const division = parseAdministrativeDivisionCode(filter.regionCode, 'filter.regionCode');
    if (division.ok)
      conditions.push({ regionCode: { startsWith: divisionCodePrefix(division.value) } });
  }
  if (filter?.industry?.trim()) conditions.push({ industry: filter.industry.trim() });
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      OR: [
        { name: { contains: search } },
        { employerName: { contains: search } },
        { titleName: { contains: search } },
      ],
    });
  }
  return { AND: conditions } satisfies Prisma.HonorAwardWhereInput;
}

/** The roll's order: newest year first, then level (enum order), name and id. */
export const HONOR_ROLL_ORDER = [
  { year: 'desc' },
  { level: 'asc' },
  { name: 'asc' },
  { id: 'asc' },
] satisfies Prisma.HonorAwardOrderByWithRelationInput[];

/**
 * Keyset pagination of the roll: the awards after `cursor` in HONOR_ROLL_ORDER, as conditions
 * on the cursor row's values. Prisma's own `cursor` compares with one sub-select per column
 * inside an OR chain, which PostgreSQL cannot estimate: it read and sorted the whole filtered
 * roll for a page 1,000 items in. With the values known, it walks the (level, year, name, id)
 * index from the cursor (docs/performance.md).
 */
export function honorRollAfter(cursor: {
  id: string;
  year: number;
  level: HonorLevel;
  name: string;
}): Prisma.HonorAwardWhereInput {
  const levels = Object.values(HonorLevelEnum);
  const laterLevels = levels.slice(levels.indexOf(cursor.level) + 1);
  return {
    OR: [
      { year: { lt: cursor.year } },
      { year: cursor.year, level: { in: laterLevels } },
      { year: cursor.year, level: cursor.level, name: { gt: cursor.name } },
      { year: cursor.year, level: cursor.level, name: cursor.name, id: { gt: cursor.id } },
    ],
  };
}
