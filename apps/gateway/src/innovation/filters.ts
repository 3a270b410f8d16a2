import {
  type ConversionState,
  checkFilterRange,
  divisionCodePrefix,
  parseAdministrativeDivisionCode,
  type ResultType,
  type StudioLevel,
  type StudioStatus,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { parseGlobalIdOf } from '../global-id.js';
import { validationFailure } from '../honor/domain-records.js';
import { dateColumn } from '../shared-dates.js';

export interface StudioFilterInput {
  level?: StudioLevel | null;
  stars?: number | null;
  industryChain?: string | null;
  regionCode?: string | null;
  search?: string | null;
  status?: StudioStatus | null;
  includeDelisted?: boolean | null;
  organizationId?: string | null;
  foundedFrom?: string | null;
  foundedTo?: string | null;
}

/**
 * The studios a filter selects. Without a status filter, de-listed studios are left out (the
 * public directory shows the studios that exist) unless `includeDelisted` asks for every studio;
 * `organizationId` selects a union's subtree. A region code matches itself and every division
 * within it. The founding dates bound `foundedOn`, both days included.
 */
export function studioWhere(filter: StudioFilterInput | null | undefined) {
  const conditions: Prisma.InnovationStudioWhereInput[] = [];
  if (filter?.status) conditions.push({ status: filter.status });
  else if (filter?.includeDelisted !== true) conditions.push({ status: { not: 'DELISTED' } });
  const founded = checkFilterRange(filter?.foundedFrom, filter?.foundedTo, 'filter.foundedTo');
  if (!founded.ok) throw validationFailure(founded.error);
  if (founded.value.from) conditions.push({ foundedOn: { gte: dateColumn(founded.value.from) } });
  if (founded.value.to) conditions.push({ foundedOn: { lte: dateColumn(founded.value.to) } });
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
  yearFrom?: number | null;
  yearTo?: number | null;
  conversionState?: ConversionState | null;
  studioId?: string | null;
  organizationId?: string | null;
  search?: string | null;
}

/** The results a filter selects; `yearFrom`–`yearTo` bound the result's year, both included. */
export function resultWhere(filter: ResultFilterInput | null | undefined) {
  const conditions: Prisma.InnovationResultWhereInput[] = [];
  if (filter?.type) conditions.push({ type: filter.type });
  if (typeof filter?.year === 'number') conditions.push({ year: filter.year });
  const years = checkFilterRange(filter?.yearFrom, filter?.yearTo, 'filter.yearTo');
  if (!years.ok) throw validationFailure(years.error);
  if (years.value.from !== null) conditions.push({ year: { gte: years.value.from } });
  if (years.value.to !== null) conditions.push({ year: { lte: years.value.to } });
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
