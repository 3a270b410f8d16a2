import { builder } from '../../builder.js';

export interface HonorCount {
  key: string;
  label: string;
  count: number;
}

export const HonorCountRef = builder.objectRef<HonorCount>('HonorCount').implement({
  description: 'How many public awards share one value (a level, a title, a year, a region).',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'The value: a level or title code, a year, a GB/T 2260 region code.',
    }),
    label: t.exposeString('label', { description: 'Its Chinese name where there is one.' }),
    count: t.exposeInt('count'),
  }),
});
