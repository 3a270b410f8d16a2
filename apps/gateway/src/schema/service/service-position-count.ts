import { builder } from '../../builder.js';
import { ServicePositionKindEnum } from './service-position-kind.js';

export interface ServicePositionCount {
  kind: typeof ServicePositionKindEnum.$inferType;
  label: string;
  count: number;
  open24Hours: number;
}

export const ServicePositionCountRef = builder
  .objectRef<ServicePositionCount>('ServicePositionCount')
  .implement({
    description: 'How many positions of one kind.',
    fields: (t) => ({
      kind: t.field({ type: ServicePositionKindEnum, resolve: (count) => count.kind }),
      label: t.exposeString('label', { description: 'e.g. 职工书屋.' }),
      count: t.exposeInt('count'),
      open24Hours: t.exposeInt('open24Hours', { description: 'Of which open 24 hours.' }),
    }),
  });
