import {
  divisionCodePrefix,
  parseAdministrativeDivisionCode,
  SERVICE_POSITION_KIND_LABELS,
  SERVICE_POSITION_KINDS,
} from '@gonghui/domain';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { parseGlobalIdOf } from '../../global-id.js';
import { publicPositionWhere } from '../../service/positions.js';
import { regionCodeRule } from '../shared/validators.js';
import { type ServicePositionCount, ServicePositionCountRef } from './service-position-count.js';

interface ServicePositionCounts {
  total: number;
  byKind: ServicePositionCount[];
}

const ServicePositionCountsRef = builder
  .objectRef<ServicePositionCounts>('ServicePositionCounts')
  .implement({
    description: '服务阵地统计: open and suspended positions of a subtree or a region, by kind.',
    fields: (t) => ({
      total: t.exposeInt('total'),
      byKind: t.field({
        type: [ServicePositionCountRef],
        description: 'Every kind, in the domain’s order, zeros included.',
        resolve: (counts) => counts.byKind,
      }),
    }),
  });

builder.queryField('servicePositionCounts', (t) =>
  t.field({
    type: ServicePositionCountsRef,
    description:
      'Counts by kind of the positions the public sees, run within a union’s subtree and/or in a region (aggregates are public).',
    errors: { types: [ValidationError], directResult: true },
    args: {
      organizationId: t.arg.id({ required: false }),
      regionCode: t.arg.string({ required: false, validate: regionCodeRule('regionCode') }),
    },
    resolve: async (_root, args) => {
      const conditions: Prisma.ServicePositionWhereInput[] = [publicPositionWhere()];
      if (args.organizationId) {
        const id = parseGlobalIdOf('Organization', args.organizationId, 'organizationId');
        conditions.push({ lineageIds: { has: id } });
      }
      if (args.regionCode) {
        const division = parseAdministrativeDivisionCode(args.regionCode, 'regionCode');
        if (division.ok) {
          conditions.push({ regionCode: { startsWith: divisionCodePrefix(division.value) } });
        }
      }
      const groups = await prisma.servicePosition.groupBy({
        by: ['kind', 'open24Hours'],
        where: { AND: conditions },
        _count: { _all: true },
      });
      const byKind = SERVICE_POSITION_KINDS.map((kind) => {
        const rows = groups.filter((group) => group.kind === kind);
        return {
          kind,
          label: SERVICE_POSITION_KIND_LABELS[kind],
          count: rows.reduce((sum, row) => sum + row._count._all, 0),
          open24Hours: rows
            .filter((row) => row.open24Hours)
            .reduce((sum, row) => sum + row._count._all, 0),
        };
      });
      return { total: byKind.reduce((sum, entry) => sum + entry.count, 0), byKind };
    },
  }),
);
