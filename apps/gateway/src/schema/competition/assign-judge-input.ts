import { z } from 'zod';
import { builder } from '../../builder.js';
import { JudgeAspectInput } from './judge-aspect-input.js';

export const AssignJudgeInput = builder.inputType('AssignJudgeInput', {
  description:
    '聘请裁判: a staff account holding competition.judge, its own employer (recusal is enforced against it) and the aspects it scores. Assigning again replaces the aspects.',
  fields: (t) => ({
    competitionId: t.id({ required: true }),
    username: t.string({ required: true, validate: z.string().trim().min(1).max(60) }),
    employerId: t.id({ required: false, description: 'The judge’s own employer (工作单位).' }),
    aspects: t.field({ type: [JudgeAspectInput], required: true }),
  }),
});
