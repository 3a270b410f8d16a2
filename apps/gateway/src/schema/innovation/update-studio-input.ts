import { z } from 'zod';
import { builder } from '../../builder.js';
import { StudioLevelEnum } from './studio-level.js';

const text = (max: number, rule: string, label: string) =>
  z
    .string()
    .max(max, `${rule}|${label}最多 ${max} 个字`)
    .refine((value) => value.trim() !== '', `${rule}|请填写${label}`);

export const UpdateStudioInput = builder.inputType('UpdateStudioInput', {
  description:
    '修改工作室信息: the details as they should now read (the lead, the founding date and the status are not edited here; the status has its dated changes).',
  fields: (t) => ({
    name: t.string({ required: true }),
    level: t.field({ type: StudioLevelEnum, required: true }),
    hostEmployerName: t.string({
      required: true,
      validate: text(100, 'INNOVATION_HOST_EMPLOYER', '依托单位'),
    }),
    industryChain: t.string({
      required: true,
      validate: text(40, 'INNOVATION_INDUSTRY_CHAIN', '产业链'),
    }),
    description: t.string({
      required: false,
      validate: z.string().max(2000, 'INNOVATION_DESCRIPTION_TOO_LONG|简介最多 2000 个字'),
    }),
    leadHonoreeId: t.id({
      required: false,
      description:
        'The lead’s published award (an `Honoree` id) to link, null to remove the link; its name must be the lead’s.',
    }),
  }),
});
