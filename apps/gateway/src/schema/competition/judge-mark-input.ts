import { z } from 'zod';
import { builder } from '../../builder.js';

export const JudgeMarkInput = builder.inputType('JudgeMarkInput', {
  fields: (t) => ({
    entryId: t.id({ required: true }),
    aspectCode: t.string({ required: true, validate: z.string().max(30) }),
    marks: t.float({
      required: true,
      description: 'At most two decimals, 0 to the aspect’s maximum.',
    }),
  }),
});
