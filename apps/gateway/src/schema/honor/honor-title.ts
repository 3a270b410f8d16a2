import type { HonorTitle } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { honorCatalogue } from '../../honor/catalogue.js';
import { HonorLevelEnum } from './honor-level.js';
import { HonorSubjectEnum } from './honor-subject.js';

export const HonorTitleRef = builder.objectRef<HonorTitle>('HonorTitle').implement({
  description: '荣誉称号: one title of the catalogue (public).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. NATIONAL_MAY_DAY_MEDAL.' }),
    name: t.exposeString('name', { description: 'As printed on the certificate.' }),
    level: t.field({ type: HonorLevelEnum, resolve: (title) => title.level }),
    subject: t.field({ type: HonorSubjectEnum, resolve: (title) => title.subject }),
    awardingBody: t.exposeString('awardingBody'),
    cycleYears: t.exposeInt('cycleYears', {
      nullable: true,
      description: 'Years between regular rounds; null when there is no fixed cycle.',
    }),
  }),
});

builder.queryField('honorTitles', (t) =>
  t.field({
    type: [HonorTitleRef],
    description: 'The honor-title catalogue, most senior level first.',
    resolve: () => honorCatalogue,
  }),
);
