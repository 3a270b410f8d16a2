import { z } from 'zod';
import { builder } from '../../builder.js';

export const JudgeAspectInput = builder.inputType('JudgeAspectInput', {
  fields: (t) => ({
    stageId: t.id({ required: true }),
    aspectCode: t.string({ required: true, validate: z.string().max(30) }),
  }),
});
