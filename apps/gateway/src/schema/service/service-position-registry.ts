import {
  checkPositionRegion,
  checkServicePosition,
  type ServicePositionRecord,
} from '@gonghui/domain';
import { organizationForAction, requirePermissionOn, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { checkUuidCursors, parseGlobalIdOf } from '../../global-id.js';
import {
  positionFilterWhere,
  positionValidationError,
  staffPositionWhere,
} from '../../service/positions.js';
import { positionColumns } from '../../service/records.js';
import { calendarDateOf, today } from '../../shared-dates.js';
import { ManagedServicePositionFilter } from './service-position-filter.js';
import { ServicePositionInput } from './service-position-input.js';

type PositionInput = typeof ServicePositionInput.$inferInput;

/** The domain's check of the input and of its region against the union's; problems under `input.`. */
async function checkedInput(
  input: PositionInput,
  union: { regionCode: string; kind: string },
  current?: { openedOn: Date; closedOn: Date | null },
): Promise<ServicePositionRecord> {
  // Dates left out keep the position's own (a new one opens today; a closed one keeps its day).
  const openedOn = input.openedOn ?? (current ? calendarDateOf(current.openedOn) : null);
  const keptClosedOn =
    input.status === 'CLOSED' && current?.closedOn ? calendarDateOf(current.closedOn) : null;
  const closedOn = input.closedOn === undefined ? keptClosedOn : input.closedOn;
  const checked = checkServicePosition(
    {
      kind: input.kind,
      name: input.name,
      libraryLevel: input.libraryLevel ?? null,
      regionCode: input.regionCode,
      address: input.address,
      latitude: input.latitude,
      longitude: input.longitude,
      openingHours: input.openingHours,
      services: input.services ?? [],
      capacity: input.capacity ?? null,
      hostName: input.hostName ?? null,
      status: input.status ?? null,
      openedOn,
      closedOn,
    },
    today(),
  );
  if (!checked.ok) throw positionValidationError(checked.error, 'input.');
  const region = checkPositionRegion(
    checked.value.regionCode,
    union.regionCode,
    union.kind === 'NATIONAL_FEDERATION',
  );
  if (!region.ok) throw positionValidationError([region.error], 'input.');
  return checked.value;
}

/** The union that will run a position: service.manage there, not dissolved. */
export async function hostUnionFor(viewer: StaffViewer, globalId: string, field: string) {
  const target = await organizationForAction(viewer, 'service.manage', globalId, field);
  if (target.dissolvedOn) {
    throw ValidationError.of(
      field,
      'ORGANIZATION_DISSOLVED',
      `${target.name}已撤销，不能再登记服务阵地`,
    );
  }
  const union = await prisma.organization.findUniqueOrThrow({
    where: { id: target.id },
    select: { id: true, lineageIds: true, regionCode: true, kind: true, name: true },
  });
  return union;
}

function auditFacts(record: {
  kind: string;
  name: string;
  status: string;
  regionCode: string;
  openedOn: string | Date;
  closedOn: string | Date | null;
}) {
  const day = (value: string | Date | null) =>
    value instanceof Date ? calendarDateOf(value) : value;
  return {
    kind: record.kind,
    name: record.name,
    status: record.status,
    regionCode: record.regionCode,
    openedOn: day(record.openedOn),
    closedOn: day(record.closedOn),
  };
}

builder.queryField('managedServicePositions', (t) =>
  t.prismaConnection({
    type: 'ServicePosition',
    cursor: 'id',
    description:
      '服务阵地台账 for staff: every position (closed ones too) within the viewer’s service.read subtrees, newest change first.',
    authScopes: { permission: 'service.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { filter: t.arg({ type: ManagedServicePositionFilter, required: false }) },
    totalCount: async (_root, args, context) => {
      const viewer = requireStaff(context);
      return prisma.servicePosition.count({
        where: { AND: [staffPositionWhere(viewer), ...(await positionFilterWhere(args.filter))] },
      });
    },
    resolve: async (query, _root, args, context) => {
      checkUuidCursors(args);
      const viewer = requireStaff(context);
      return prisma.servicePosition.findMany({
        ...query,
        where: { AND: [staffPositionWhere(viewer), ...(await positionFilterWhere(args.filter))] },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      });
    },
  }),
);

builder.mutationFields((t) => ({
  createServicePosition: t.prismaField({
    type: 'ServicePosition',
    description: '登记服务阵地: needs service.manage at the union that runs it.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      organizationId: t.arg.id({ required: true, description: 'The union that runs it.' }),
      input: t.arg({ type: ServicePositionInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const union = await hostUnionFor(viewer, args.organizationId, 'organizationId');
      const record = await checkedInput(args.input, union);
      return prisma.$transaction(async (tx) => {
        const created = await tx.servicePosition.create({
          data: {
            ...positionColumns(record),
            organizationId: union.id,
            lineageIds: union.lineageIds,
            createdByStaffId: viewer.staffId,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'service.position.create',
          targetType: 'ServicePosition',
          targetId: created.id,
          organizationId: union.id,
          lineageIds: union.lineageIds,
          after: auditFacts(record),
        });
        return tx.servicePosition.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateServicePosition: t.prismaField({
    type: 'ServicePosition',
    description:
      '修改服务阵地 (every field, the status too: 暂停开放, 已撤销): needs service.manage at the union that runs it.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: ServicePositionInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const id = parseGlobalIdOf('ServicePosition', args.id, 'id');
      const existing = await prisma.servicePosition.findFirst({
        where: { AND: [{ id }, staffPositionWhere(viewer)] },
        include: { organization: { select: { regionCode: true, kind: true } } },
      });
      if (!existing) throw new NotFoundError('服务阵地');
      requirePermissionOn(viewer, 'service.manage', existing.lineageIds, '服务阵地');
      const record = await checkedInput(args.input, existing.organization, existing);
      return prisma.$transaction(async (tx) => {
        await tx.servicePosition.update({ where: { id }, data: positionColumns(record) });
        await writeAudit(tx, viewer, {
          action: 'service.position.update',
          targetType: 'ServicePosition',
          targetId: id,
          organizationId: existing.organizationId,
          lineageIds: existing.lineageIds,
          before: auditFacts(existing),
          after: auditFacts(record),
        });
        return tx.servicePosition.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
}));
