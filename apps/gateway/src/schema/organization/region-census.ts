import { checkRegionCensus } from '@gonghui/domain';
import { organizationForAction, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { today } from '../../shared-dates.js';

export const RegionCensusRef = builder
  .objectRef<{ year: number; employers: number; employees: number | null }>('RegionCensus')
  .implement({
    description:
      '辖区单位和职工底数: a region’s employers and employees in a year, the denominators of 建会率 and 入会率.',
    fields: (t) => ({
      year: t.exposeInt('year'),
      employers: t.exposeInt('employers', { description: '辖区单位数.' }),
      employees: t.exposeInt('employees', { nullable: true, description: '辖区职工数.' }),
    }),
  });

builder.mutationField('recordRegionCensus', (t) =>
  t.prismaField({
    type: 'Organization',
    description:
      '登记辖区底数: records (or corrects) the employers and employees of the region a provincial, city or county federation leads, for a year. Needs organization.manage there.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      organizationId: t.arg.id({ required: true }),
      year: t.arg.int({ required: true }),
      employers: t.arg.int({ required: true }),
      employees: t.arg.int({ required: false }),
      source: t.arg.string({
        required: false,
        description: 'e.g. 市场监管局登记数据 (at most 100 characters).',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const target = await organizationForAction(
        viewer,
        'organization.manage',
        args.organizationId,
        'organizationId',
      );
      const organization = await prisma.organization.findUniqueOrThrow({
        where: { id: target.id },
        select: { kind: true, regionCode: true },
      });
      const census = checkRegionCensus({
        kind: organization.kind,
        currentYear: Number(today().slice(0, 4)),
        year: args.year,
        employers: args.employers,
        employees: args.employees ?? null,
      });
      if (!census.ok) {
        throw ValidationError.of(census.error.field, census.error.rule, census.error.message);
      }
      const source = args.source?.trim() || null;
      if (source && source.length > 100) {
        throw ValidationError.of(
          'source',
          'REGION_CENSUS_SOURCE_TOO_LONG',
          '数据来源最多 100 个字',
        );
      }
      const key = { regionCode: organization.regionCode, year: census.value.year };
      return prisma.$transaction(async (tx) => {
        const before = await tx.regionCensus.findUnique({ where: { regionCode_year: key } });
        const data = {
          employers: census.value.employers,
          employees: census.value.employees,
          source,
          recordedById: viewer.staffId,
          recordedAt: new Date(),
        };
        await tx.regionCensus.upsert({
          where: { regionCode_year: key },
          create: { ...key, ...data },
          update: data,
        });
        await writeAudit(tx, viewer, {
          action: 'organization.recordRegionCensus',
          targetType: 'Organization',
          targetId: target.id,
          organizationId: target.id,
          lineageIds: target.lineageIds,
          before: before
            ? { year: before.year, employers: before.employers, employees: before.employees }
            : undefined,
          after: { ...key, employers: data.employers, employees: data.employees, source },
        });
        return tx.organization.findUniqueOrThrow({ ...query, where: { id: target.id } });
      });
    },
  }),
);
