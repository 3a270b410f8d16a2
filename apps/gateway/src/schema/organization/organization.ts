import { leadsRegion } from '@gonghui/domain';
import { isOrganizationVisible, organizationVisibility, withinScopes } from '../../auth/access.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkUuidCursors, parseGlobalIdOf } from '../../global-id.js';
import { visibleOrganizationsByIds } from '../../organization/organization-batch.js';
import { organizationById } from '../../organization/organization-by-id.js';
import { latestRegionCensus } from '../../organization/region-census-loader.js';
import { EmployerOwnershipEnum, OrgKindEnum } from './org-kind.js';
import { OrganizationFilter, organizationWhere } from './organization-filter.js';
import { OrganizationStats } from './organization-stats.js';
import { RegionCensusRef } from './region-census.js';

/** Membership events in an organisation's subtree that the viewer may read. */
function memberEventsWhere(organizationId: string, context: Context): Prisma.MemberEventWhereInput {
  if (context.viewer.kind !== 'staff') return { id: { in: [] } };
  return {
    AND: [{ lineageIds: { has: organizationId } }, withinScopes(context.viewer, 'member.read')],
  };
}

export const Organization = builder.prismaNode('Organization', {
  description: '工会组织: a node of the union hierarchy, from the ACFTU down to a union group.',
  id: { field: 'id' },
  select: { id: true, lineageIds: true },
  authScopes: (organization, context) => isOrganizationVisible(context, organization.lineageIds),
  fields: (t) => ({
    kind: t.expose('kind', { type: OrgKindEnum }),
    name: t.exposeString('name'),
    regionCode: t.exposeString('regionCode', {
      description: 'GB/T 2260 administrative division code of the place it sits in.',
    }),
    creditCode: t.exposeString('creditCode', {
      nullable: true,
      description: 'GB 32100 unified social credit code, when the union is a legal person.',
    }),
    depth: t.exposeInt('depth', { description: 'Levels below the root (the ACFTU is 0).' }),
    industry: t.exposeString('industry', { nullable: true }),
    employerName: t.exposeString('employerName', { nullable: true }),
    employerHeadcount: t.exposeInt('employerHeadcount', { nullable: true }),
    ownership: t.expose('ownership', { type: EmployerOwnershipEnum, nullable: true }),
    foundedOn: t.expose('foundedOn', { type: 'Date' }),
    dissolvedOn: t.expose('dissolvedOn', { type: 'Date', nullable: true }),
    approvedOn: t.expose('approvedOn', {
      type: 'Date',
      nullable: true,
      description: 'The day the parent union approved the founding.',
    }),
    dissolutionApprovedOn: t.expose('dissolutionApprovedOn', {
      type: 'Date',
      nullable: true,
      description: 'The day the parent union approved the dissolution.',
    }),
    stats: t.field({
      type: OrganizationStats,
      description: '汇总数据 of its whole subtree (maintained counters, one primary-key row).',
      select: { figures: true, kind: true, regionCode: true },
      resolve: (organization) => {
        if (!organization.figures) throw new Error('organization figures row missing');
        return {
          ...organization.figures,
          kind: organization.kind,
          regionCode: organization.regionCode,
        };
      },
    }),
    regionCensus: t.field({
      type: RegionCensusRef,
      nullable: true,
      description:
        'The latest census of the region this federation leads; null for other kinds, or when none is recorded. Public.',
      select: { kind: true, regionCode: true },
      resolve: (organization, _args, context) =>
        leadsRegion(organization.kind)
          ? latestRegionCensus(context, organization.regionCode)
          : null,
    }),
    parent: t.prismaField({
      type: 'Organization',
      nullable: true,
      description:
        'The organisation above; null at the root, and for staff at the top of their scope.',
      select: { parentId: true, lineageIds: true },
      resolve: (query, organization, _args, context) => {
        const parentLineage = organization.lineageIds.slice(0, -1);
        if (!organization.parentId || !isOrganizationVisible(context, parentLineage)) return null;
        return prisma.organization.findUnique({ ...query, where: { id: organization.parentId } });
      },
    }),
    childCount: t.relationCount('children', {
      description: 'Direct children, dissolved ones included.',
    }),
    children: t.relatedConnection('children', {
      cursor: 'id',
      totalCount: true,
      query: (args) => {
        checkUuidCursors(args);
        return { orderBy: [{ kind: 'asc' }, { name: 'asc' }, { id: 'asc' }] };
      },
    }),
    memberEvents: t.prismaConnection({
      type: 'MemberEvent',
      cursor: 'id',
      description:
        '会籍变动 at this union and every union below it, newest first (a transfer shows at both unions). Staff who may read members there.',
      authScopes: { permission: 'member.read' },
      totalCount: (organization, _args, context) =>
        prisma.memberEvent.count({ where: memberEventsWhere(organization.id, context) }),
      resolve: (query, organization, args, context) => {
        checkUuidCursors(args);
        return prisma.memberEvent.findMany({
          ...query,
          where: memberEventsWhere(organization.id, context),
          orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
        });
      },
    }),
    ancestors: t.prismaField({
      type: ['Organization'],
      description:
        'The path from the root down to the parent: a breadcrumb. Staff see it from the top of their scope.',
      select: { lineageIds: true },
      // Batched: a search page asks for the ancestors of each of its rows (lineage order is
      // depth order, root first).
      resolve: (query, organization, _args, context) =>
        visibleOrganizationsByIds(context, query, organization.lineageIds.slice(0, -1)),
    }),
  }),
});

builder.queryFields((t) => ({
  organization: t.prismaField({
    type: 'Organization',
    description: 'One organisation by its global id.',
    errors: { types: [ValidationError, NotFoundError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = parseGlobalIdOf('Organization', args.id);
      // One statement for plain columns and the counter row (`stats`), Prisma otherwise.
      const organization = await organizationById(context, query, id);
      if (!organization) throw new NotFoundError('组织', '找不到该组织');
      return organization;
    },
  }),
  organizations: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    description: 'Organisations matching a filter, shallowest first, then by kind and name.',
    errors: { types: [ValidationError] },
    totalCount: (_root, args, context) =>
      prisma.organization.count({
        where: { AND: [organizationWhere(args.filter ?? {}), organizationVisibility(context)] },
      }),
    args: { filter: t.arg({ type: OrganizationFilter, required: false }) },
    resolve: async (query, _root, args, context) => {
      checkUuidCursors(args);
      return prisma.organization.findMany({
        ...query,
        where: { AND: [organizationWhere(args.filter ?? {}), organizationVisibility(context)] },
        orderBy: [{ depth: 'asc' }, { kind: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));
