import {
  type ConversionState,
  divisionCodePrefix,
  parseAdministrativeDivisionCode,
  type ResultType,
  type StudioLevel,
  type StudioStatus,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { parseGlobalIdOf } from '../global-id.js';

export interface StudioFilterInput {
  level?: StudioLevel | null;
  stars?: number | null;
  industryChain?: string | null;
  regionCode?: string | null;
  search?: string | null;
  status?: StudioStatus | null;
  organizationId?: string | null;
}

/**
 * The studios a filter selects. Without a status filter, de-listed studios are left out (the
 * public directory shows the studios that exist); `organizationId` selects a union's subtree.
 * A region code matches itself and every division within it.
 */
export function studioWhere(filter: StudioFilterInput | null | undefined) {
  const conditions: Prisma.InnovationStudioWhereInput[] = [];
  conditions.push(filter?.status ? { status: filter.status } : { status: { not: 'DELISTED' } });
  if (filter?.level) conditions.push({ level: filter.level });
  if (typeof filter?.stars === 'number') conditions.push({ stars: filter.stars });
  if (filter?.industryChain?.trim())
    conditions.push({ industryChain: filter.industryChain.trim() });
  if (filter?.regionCode) {
    const division = parseAdministrativeDivisionCode(filter.regionCode, 'filter.regionCode');
    if (division.ok)
      conditions.push({ regionCode: { startsWith: divisionCodePrefix(division.value) } });
  }
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      OR: [
        { name: { contains: search } },
        { leadName: { contains: search } },
        { hostEmployerName: { contains: search } },
      ],
    });
  }
  return { AND: conditions } satisfies Prisma.InnovationStudioWhereInput;
}

export interface ResultFilterInput {
  type?: ResultType | null;
  year?: number | null;
  conversionState?: ConversionState | null;
  studioId?: string | null;
  organizationId?: string | null;
  search?: string | null;
}

/** The results a filter selects. */
export function resultWhere(filter: ResultFilterInput | null | undefined) {
  const conditions: Prisma.InnovationResultWhereInput[] = [];
  if (filter?.type) conditions.push({ type: filter.type });
  if (typeof filter?.year === 'number') conditions.push({ year: filter.year });
  if (filter?.conversionState) conditions.push({ conversionState: filter.conversionState });
  if (filter?.studioId) {
    conditions.push({
      studioId: parseGlobalIdOf('InnovationStudio', filter.studioId, 'filter.studioId'),
    });
  }
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      OR: [{ title: { contains: search } }, { team: { has: search } }],
    });
  }
  return { AND: conditions } satisfies Prisma.InnovationResultWhereInput;
}
