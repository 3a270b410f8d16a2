import { z } from 'zod';
import { builder } from '../../builder.js';
import { LibraryLevelEnum } from './library-level.js';
import { ServicePositionKindEnum } from './service-position-kind.js';
import { ServicePositionStatusEnum } from './service-position-status.js';

/**
 * The fields staff enter. Lengths are capped here (so no huge string reaches the domain); every
 * rule (kind, level, region, GCJ-02 coordinates in China, hours, services, capacity) is the
 * domain's checkServicePosition.
 */
export const ServicePositionInput = builder.inputType('ServicePositionInput', {
  fields: (t) => ({
    kind: t.field({ type: ServicePositionKindEnum, required: true }),
    name: t.string({ required: true, validate: z.string().max(200, 'TEXT_TOO_LONG|名称过长') }),
    libraryLevel: t.field({ type: LibraryLevelEnum, required: false }),
    regionCode: t.string({
      required: true,
      validate: z.string().max(20, 'TEXT_TOO_LONG|代码过长'),
    }),
    address: t.string({ required: true, validate: z.string().max(400, 'TEXT_TOO_LONG|地址过长') }),
    latitude: t.float({ required: true, description: 'GCJ-02 (高德、腾讯地图的坐标拾取器).' }),
    longitude: t.float({ required: true, description: 'GCJ-02.' }),
    openingHours: t.string({
      required: true,
      description: 'e.g. 24小时, 每天 08:00-20:00, 周一至周五 09:00-17:00；周六 10:00-16:00.',
      validate: z.string().max(400, 'TEXT_TOO_LONG|开放时间过长'),
    }),
    services: t.stringList({
      required: false,
      validate: z
        .array(z.string().max(100, 'TEXT_TOO_LONG|服务内容过长'))
        .max(50, 'TOO_MANY|服务内容过多'),
    }),
    capacity: t.int({ required: false }),
    hostName: t.string({
      required: false,
      validate: z.string().max(200, 'TEXT_TOO_LONG|承办单位过长'),
    }),
    status: t.field({ type: ServicePositionStatusEnum, required: false }),
    openedOn: t.field({
      type: 'Date',
      required: false,
      description: '启用日期; left out: today for a new position, unchanged for an existing one.',
    }),
    closedOn: t.field({
      type: 'Date',
      required: false,
      description:
        '撤销日期, only with status CLOSED; left out: today when closing, unchanged when already closed.',
    }),
  }),
});
