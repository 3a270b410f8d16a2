import { addDays, type CalendarDate, type HonorLevel } from '@gonghui/domain';
import { z } from 'zod';
import { requireStaff, withinScopes } from '../../auth/access.js';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { UnauthenticatedError, ValidationError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { searchTextRule } from '../shared/validators.js';
import { HonorLevelEnum } from './honor-level.js';
import { HonorSubjectEnum } from './honor-subject.js';

/**
 * 获奖名单 for staff: every award (revoked ones too) given to people, teams and employers
 * nominated by unions within the viewer's `honor.read` subtrees, whatever the honoree's consent
 * to publication. The list behind the annual report's honor figures.
 */
export const StaffHonorAwardRef = builder.prismaObject('HonorAward', {
  variant: 'StaffHonorAward',
  description:
    '获奖记录 as staff see it: one award of their subtree, revoked or not, with its nominating union.',
  fields: (t) => ({
    id: t.id({ resolve: (award) => encodeGlobalId('HonorAward', award.id) }),
    name: t.exposeString('name', { description: 'The person’s, team’s or employer’s name.' }),
    titleCode: t.exposeString('titleCode'),
    titleName: t.exposeString('titleName'),
    level: t.expose('level', { type: HonorLevelEnum }),
    subject: t.expose('subject', { type: HonorSubjectEnum }),
    year: t.exposeInt('year'),
    employerName: t.exposeString('employerName'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    revokedReason: t.exposeString('revokedReason', { nullable: true }),
    certificateCode: t.exposeString('certificateCode'),
    publicProfile: t.boolean({
      description: 'Whether the honoree consented to appear on the public roll.',
      resolve: (award) => award.publicScopes.includes('NAME'),
    }),
  }),
});

const yearRule = z
  .number()
  .int()
  .min(1950, 'HONOR_YEAR_RANGE|年份应在 1950–2100 之间')
  .max(2100, 'HONOR_YEAR_RANGE|年份应在 1950–2100 之间');

export const HonorAwardFilter = builder.inputType('HonorAwardFilter', {
  description: 'Filters of the staff award list; all optional, combined with AND.',
  fields: (t) => ({
    organizationId: t.id({
      required: false,
      description: 'Only awards nominated within this organisation’s subtree.',
    }),
    level: t.field({ type: [HonorLevelEnum], required: false, description: 'Any of these.' }),
    titleCode: t.string({
      required: false,
      description: 'A code of `honorTitles`.',
      validate: z.string().max(60, 'HONOR_TITLE_CODE_TOO_LONG|称号代码过长'),
    }),
    year: t.int({
      required: false,
      description: 'The award’s year (评选年度).',
      validate: yearRule,
    }),
    publishedFrom: t.field({
      type: 'Date',
      required: false,
      description: 'Published on or after this day (Asia/Shanghai).',
    }),
    publishedTo: t.field({
      type: 'Date',
      required: false,
      description: 'Published on or before this day (Asia/Shanghai).',
    }),
    revoked: t.boolean({
      required: false,
      description: 'true: only revoked awards; false: only standing ones; absent: both.',
    }),
    search: t.string({
      required: false,
      description: 'Part of the name or the employer.',
      validate: searchTextRule,
    }),
  }),
});

interface HonorAwardFilterInput {
  organizationId?: string | null;
  level?: HonorLevel[] | null;
  titleCode?: string | null;
  year?: number | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
  revoked?: boolean | null;
  search?: string | null;
}

/** Awards matching a filter, within the viewer's honor.read subtrees. */
export function staffAwardsWhere(
  viewer: StaffViewer,
  filter: HonorAwardFilterInput | null | undefined,
): Prisma.HonorAwardWhereInput {
  const conditions: Prisma.HonorAwardWhereInput[] = [withinScopes(viewer, 'honor.read')];
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  if (filter?.level?.length) conditions.push({ level: { in: filter.level } });
  if (filter?.titleCode) conditions.push({ titleCode: filter.titleCode });
  if (typeof filter?.year === 'number') conditions.push({ year: filter.year });
  // Calendar days of the platform's calendar (Asia/Shanghai), as the report counts them.
  if (filter?.publishedFrom) {
    conditions.push({ publishedAt: { gte: new Date(`${filter.publishedFrom}T00:00:00+08:00`) } });
  }
  if (filter?.publishedTo) {
    const next = addDays(filter.publishedTo as CalendarDate, 1);
    conditions.push({ publishedAt: { lt: new Date(`${next}T00:00:00+08:00`) } });
  }
  if (filter?.revoked === true) conditions.push({ revokedAt: { not: null } });
  if (filter?.revoked === false) conditions.push({ revokedAt: null });
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      OR: [{ name: { contains: search } }, { employerName: { contains: search } }],
    });
  }
  return { AND: conditions };
}

builder.queryFields((t) => ({
  honorAwards: t.prismaConnection({
    type: StaffHonorAwardRef,
    cursor: 'id',
    description:
      '获奖名单: awards nominated within the viewer’s honor.read subtrees (revoked ones too), newest published first.',
    authScopes: { permission: 'honor.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { filter: t.arg({ type: HonorAwardFilter, required: false }) },
    totalCount: (_root, args, context) =>
      prisma.honorAward.count({ where: staffAwardsWhere(requireStaff(context), args.filter) }),
    resolve: (query, _root, args, context) => {
      checkUuidCursors(args);
      return prisma.honorAward.findMany({
        ...query,
        where: staffAwardsWhere(requireStaff(context), args.filter),
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      });
    },
  }),
}));
