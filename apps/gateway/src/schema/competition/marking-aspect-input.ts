import { z } from 'zod';
import { builder } from '../../builder.js';
import { MarkingPartEnum } from './marking-part.js';

export const MarkingAspectInput = builder.inputType('MarkingAspectInput', {
  fields: (t) => ({
    code: t.string({
      required: true,
      validate: z
        .string()
        .regex(
          /^[A-Z][A-Z0-9_]{0,29}$/,
          'COMPETITION_ASPECT_CODE_INVALID|评分项代码应为大写字母、数字或下划线，最多 30 位',
        ),
    }),
    name: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, 'COMPETITION_ASPECT_NAME_REQUIRED|请填写评分项名称')
        .max(40, 'COMPETITION_ASPECT_NAME_TOO_LONG|评分项名称最多 40 个字'),
    }),
    part: t.field({ type: MarkingPartEnum, required: true }),
    maxMarks: t.float({ required: true, description: '满分, at most two decimals.' }),
  }),
});
