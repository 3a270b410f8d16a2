import { builder } from '../../builder.js';
import { VocationalLevelEnum } from './vocational-level.js';

export const CompetitionEligibilityInput = builder.inputType('CompetitionEligibilityInput', {
  description: '参赛条件; ages count on the first day of the competition.',
  fields: (t) => ({
    minAge: t.int({ required: false }),
    maxAge: t.int({ required: false }),
    minSkillLevel: t.field({ type: VocationalLevelEnum, required: false }),
    maxSkillLevel: t.field({ type: VocationalLevelEnum, required: false }),
    regionRestricted: t.boolean({
      required: false,
      description: 'True: the employer must be within the organiser’s subtree.',
    }),
  }),
});
