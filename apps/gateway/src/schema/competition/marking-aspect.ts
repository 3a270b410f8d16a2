import type { MarkingAspect } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { MarkingPartEnum } from './marking-part.js';

export const MarkingAspectRef = builder.objectRef<MarkingAspect>('MarkingAspect').implement({
  description: '评分项: one aspect of a stage’s marking scheme.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    part: t.field({ type: MarkingPartEnum, resolve: (aspect) => aspect.part }),
    maxMarks: t.float({ description: '满分.', resolve: (aspect) => aspect.maxCenti / 100 }),
  }),
});
