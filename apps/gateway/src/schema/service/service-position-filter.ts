import { builder } from '../../builder.js';
import { regionCodeRule, searchTextRule } from '../shared/validators.js';
import { ServicePositionKindEnum } from './service-position-kind.js';
import { ServicePositionStatusEnum } from './service-position-status.js';

export const ServicePositionFilter = builder.inputType('ServicePositionFilter', {
  description: 'Filters of the public finder; all optional, combined with AND.',
  fields: (t) => ({
    kind: t.field({ type: ServicePositionKindEnum, required: false }),
    regionCode: t.string({
      required: false,
      description: 'A GB/T 2260 code; a city code matches every district within it.',
      validate: regionCodeRule('filter.regionCode'),
    }),
    organizationId: t.id({
      required: false,
      description: 'Only positions run within this union’s subtree.',
    }),
    search: t.string({
      required: false,
      description: 'Part of the name, the address or the host.',
      validate: searchTextRule,
    }),
    openNow: t.boolean({
      required: false,
      description: 'Only positions open at the time of the request (China Standard Time).',
    }),
  }),
});

export const ManagedServicePositionFilter = builder.inputType('ManagedServicePositionFilter', {
  description: 'Filters of the staff registry; all optional, combined with AND.',
  fields: (t) => ({
    kind: t.field({ type: ServicePositionKindEnum, required: false }),
    status: t.field({ type: ServicePositionStatusEnum, required: false }),
    regionCode: t.string({ required: false, validate: regionCodeRule('filter.regionCode') }),
    organizationId: t.id({ required: false }),
    search: t.string({ required: false, validate: searchTextRule }),
    openNow: t.boolean({ required: false }),
    openOn: t.field({
      type: 'Date',
      required: false,
      description:
        'Only positions serving on this day: opened on or before it, not closed by then.',
    }),
    openedFrom: t.field({ type: 'Date', required: false, description: 'Opened on or after.' }),
    openedTo: t.field({ type: 'Date', required: false, description: 'Opened on or before.' }),
  }),
});
