import { divisionCodePrefix, parseAdministrativeDivisionCode } from '@gonghui/domain';
import { builder } from '../../builder.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { OrgKind } from '../../generated/prisma/enums.js';
import { parseGlobalIdOf } from '../../global-id.js';
import { creditCodeRule, regionCodeRule, searchTextRule } from '../shared/validators.js';
import { OrgKindEnum } from './org-kind.js';

export const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'Every field narrows the result; leave a field out to not filter on it.',
  fields: (t) => ({
    search: t.string({
      required: false,
      description: 'Part of the name, e.g. 市南 or 海尔.',
      validate: searchTextRule,
    }),
    kinds: t.field({ type: [OrgKindEnum], required: false }),
    regionCode: t.string({
      required: false,
      description: 'A GB/T 2260 code: organisations in that province, city or county.',
      validate: regionCodeRule('filter.regionCode'),
    }),
    creditCode: t.string({
      required: false,
      description: 'An exact GB 32100 unified social credit code.',
      validate: creditCodeRule('filter.creditCode'),
    }),
    parentId: t.id({
      required: false,
      description: 'Only the direct children of this organisation.',
    }),
    withinId: t.id({
      required: false,
      description: 'Only this organisation and everything below it.',
    }),
    rootsOnly: t.boolean({ required: false, description: 'Only organisations with no parent.' }),
    includeDissolved: t.boolean({
      required: false,
      description: 'Also list dissolved organisations (left out by default).',
    }),
  }),
});

export interface OrganizationFilterInput {
  search?: string | null;
  kinds?: OrgKind[] | null;
  regionCode?: string | null;
  creditCode?: string | null;
  parentId?: string | null;
  withinId?: string | null;
  rootsOnly?: boolean | null;
  includeDissolved?: boolean | null;
}

/** Translates a validated filter into a Prisma where clause. */
export function organizationWhere(filter: OrganizationFilterInput): Prisma.OrganizationWhereInput {
  const conditions: Prisma.OrganizationWhereInput[] = [];
  if (filter.search)
    conditions.push({ name: { contains: filter.search.trim(), mode: 'insensitive' } });
  if (filter.kinds?.length) conditions.push({ kind: { in: filter.kinds } });
  if (filter.regionCode) {
    const division = parseAdministrativeDivisionCode(filter.regionCode, 'filter.regionCode');
    if (division.ok)
      conditions.push({ regionCode: { startsWith: divisionCodePrefix(division.value) } });
  }
  if (filter.creditCode) conditions.push({ creditCode: filter.creditCode.trim().toUpperCase() });
  if (filter.parentId) {
    conditions.push({
      parentId: parseGlobalIdOf('Organization', filter.parentId, 'filter.parentId'),
    });
  }
  if (filter.withinId) {
    const id = parseGlobalIdOf('Organization', filter.withinId, 'filter.withinId');
    conditions.push({ lineageIds: { has: id } });
  }
  if (filter.rootsOnly) conditions.push({ parentId: null });
  if (!filter.includeDissolved) conditions.push({ dissolvedOn: null });
  return { AND: conditions };
}
