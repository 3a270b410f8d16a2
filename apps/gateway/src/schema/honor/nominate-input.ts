import { builder } from '../../builder.js';
import { categoriesRule, citationRule, industryRule, photoUrlRule } from './nomination-rules.js';
import { NomineePersonInput } from './nominee-person-input.js';

export const NominateInput = builder.inputType('NominateInput', {
  description:
    'Exactly one of memberId (a member: name, sex, employer and region are copied, never the ID number) and person.',
  fields: (t) => ({
    campaignId: t.id({ required: true }),
    organizationId: t.id({
      required: false,
      description:
        'The nominating union (推荐单位), within the campaign’s subtree; default the organiser.',
    }),
    memberId: t.id({ required: false }),
    person: t.field({ type: NomineePersonInput, required: false }),
    industry: t.string({
      required: false,
      description: 'For a member: overrides the union’s industry.',
      validate: industryRule,
    }),
    photoUrl: t.string({
      required: false,
      description: 'For a member: an https link to the photo.',
      validate: photoUrlRule,
    }),
    citation: t.string({ required: true, description: '主要事迹.', validate: citationRule }),
    categories: t.stringList({
      required: true,
      description: 'Quota categories (e.g. MIGRANT_WORKER, WOMAN).',
      validate: categoriesRule,
    }),
  }),
});
