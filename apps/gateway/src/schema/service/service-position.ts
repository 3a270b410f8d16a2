import {
  LIBRARY_LEVEL_LABELS,
  SERVICE_POSITION_KIND_LABELS,
  SERVICE_POSITION_STATUS_LABELS,
  weekMinuteInChina,
} from '@gonghui/domain';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../errors.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import {
  positionFilterWhere,
  publicPositionWhere,
  staffPositionWhere,
} from '../../service/positions.js';
import { calendarDateOf } from '../../shared-dates.js';
import { LibraryLevelEnum } from './library-level.js';
import { ServicePositionFilter } from './service-position-filter.js';
import { ServicePositionKindEnum } from './service-position-kind.js';
import { ServicePositionStatusEnum } from './service-position-status.js';

/** True when the stored week-minute intervals contain this instant (China Standard Time). */
export function isOpenByIntervals(
  row: { status: string; weeklyOpenFrom: number[]; weeklyOpenUntil: number[] },
  instant: Date,
): boolean {
  if (row.status !== 'OPEN') return false;
  const minute = weekMinuteInChina(instant);
  return row.weeklyOpenFrom.some(
    (from, index) => from <= minute && minute < (row.weeklyOpenUntil[index] ?? from),
  );
}

/**
 * A service position. Every field is public information (what a sign by the door says); the
 * public only ever reaches OPEN and SUSPENDED ones, staff their subtree's CLOSED ones too.
 */
export const ServicePositionRef = builder.prismaObject('ServicePosition', {
  description: '服务阵地: a place a union runs for workers (DOMAIN.md §7).',
  fields: (t) => ({
    id: t.id({ resolve: (position) => encodeGlobalId('ServicePosition', position.id) }),
    kind: t.expose('kind', { type: ServicePositionKindEnum }),
    kindLabel: t.string({
      description: 'e.g. 户外劳动者服务站点.',
      resolve: (position) => SERVICE_POSITION_KIND_LABELS[position.kind],
    }),
    name: t.exposeString('name'),
    libraryLevel: t.expose('libraryLevel', {
      type: LibraryLevelEnum,
      nullable: true,
      description: 'Worker libraries only.',
    }),
    libraryLevelLabel: t.string({
      nullable: true,
      resolve: (position) =>
        position.libraryLevel ? LIBRARY_LEVEL_LABELS[position.libraryLevel] : null,
    }),
    regionCode: t.exposeString('regionCode', { description: 'GB/T 2260 code of its district.' }),
    address: t.exposeString('address'),
    latitude: t.exposeFloat('latitude', { description: 'GCJ-02 (as 高德、腾讯地图), degrees.' }),
    longitude: t.exposeFloat('longitude', { description: 'GCJ-02, degrees.' }),
    openingHours: t.exposeString('openingHours', {
      description:
        'Canonical Chinese text, e.g. 周一至周五 09:00-17:00；周六 10:00-16:00, or 24小时.',
    }),
    open24Hours: t.exposeBoolean('open24Hours', { description: '24 小时开放.' }),
    openNow: t.boolean({
      description: 'Open at the time of the request (China Standard Time); false when suspended.',
      select: { status: true, weeklyOpenFrom: true, weeklyOpenUntil: true },
      resolve: (position) => isOpenByIntervals(position, new Date()),
    }),
    services: t.exposeStringList('services', { description: 'e.g. 饮水, 充电, 热饭, 休息.' }),
    capacity: t.exposeInt('capacity', { nullable: true }),
    hostName: t.exposeString('hostName', {
      nullable: true,
      description: '承办单位, when not the union itself.',
    }),
    status: t.expose('status', { type: ServicePositionStatusEnum }),
    statusLabel: t.string({
      resolve: (position) => SERVICE_POSITION_STATUS_LABELS[position.status],
    }),
    organizationId: t.id({
      description: 'The union that runs it.',
      resolve: (position) => encodeGlobalId('Organization', position.organizationId),
    }),
    organizationName: t.string({
      select: { organization: { select: { name: true } } },
      resolve: (position) => position.organization.name,
    }),
    openedOn: t.field({
      type: 'Date',
      description: '启用日期: the first day it served.',
      resolve: (position) => calendarDateOf(position.openedOn),
    }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: '撤销日期: the day it closed for good; null while it runs.',
      resolve: (position) => (position.closedOn ? calendarDateOf(position.closedOn) : null),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  servicePositions: t.prismaConnection({
    type: 'ServicePosition',
    cursor: 'id',
    description:
      '服务阵地 for the public: open and suspended positions, by district and name. For "nearest to me" use `nearestServicePositions`.',
    errors: { types: [ValidationError] },
    args: { filter: t.arg({ type: ServicePositionFilter, required: false }) },
    totalCount: async (_root, args) =>
      prisma.servicePosition.count({
        where: { AND: [publicPositionWhere(), ...(await positionFilterWhere(args.filter))] },
      }),
    resolve: async (query, _root, args) => {
      checkUuidCursors(args);
      return prisma.servicePosition.findMany({
        ...query,
        where: { AND: [publicPositionWhere(), ...(await positionFilterWhere(args.filter))] },
        orderBy: [{ regionCode: 'asc' }, { kind: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  servicePosition: t.prismaField({
    type: 'ServicePosition',
    nullable: true,
    description:
      'One position: the public sees open and suspended ones; staff with service.read also the closed ones of their subtree. Null when unknown or not visible.',
    errors: { types: [ValidationError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => {
      const id = parseGlobalIdOf('ServicePosition', args.id);
      const visible =
        context.viewer.kind === 'staff'
          ? { OR: [publicPositionWhere(), staffPositionWhere(context.viewer)] }
          : publicPositionWhere();
      return prisma.servicePosition.findFirst({ ...query, where: { AND: [{ id }, visible] } });
    },
  }),
}));
