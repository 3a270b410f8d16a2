import { builder } from '../../builder.js';
import type { InnovationCount } from '../../innovation/figures.js';

export const InnovationCountRef = builder.objectRef<InnovationCount>('InnovationCount').implement({
  description:
    'How many studios or results share one value (a level, a star count, a type, a state).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'A code, or 1–5 / UNRATED for stars.' }),
    label: t.exposeString('label'),
    count: t.exposeInt('count'),
  }),
});
