import { z } from 'zod';
import { builder } from '../../builder.js';

export const appealReasonRule = z
  .string()
  .trim()
  .min(5, 'COMPETITION_APPEAL_REASON_TOO_SHORT|申诉理由至少 5 个字')
  .max(1000, 'COMPETITION_APPEAL_REASON_TOO_LONG|申诉理由最多 1000 个字');

/** The score an appeal is about: one judge's locked mark. */
export const RaiseAppealInput = builder.inputType('RaiseAppealInput', {
  fields: (t) => ({
    stageId: t.id({ required: true }),
    entryId: t.id({ required: true }),
    aspectCode: t.string({ required: true, validate: z.string().max(30) }),
    judgeId: t.id({ required: true, description: 'The judge whose mark is to be corrected.' }),
    toMarks: t.float({ required: true }),
    reason: t.string({ required: true, validate: appealReasonRule }),
  }),
});
