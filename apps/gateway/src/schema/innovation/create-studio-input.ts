import { z } from 'zod';
import { builder } from '../../builder.js';
import { regionCodeRule } from '../shared/validators.js';
import { SkillLevelEnum } from './skill-level.js';
import { StudioLevelEnum } from './studio-level.js';

const text = (max: number, rule: string, label: string) =>
  z
    .string()
    .max(max, `${rule}|${label}最多 ${max} 个字`)
    .refine((value) => value.trim() !== '', `${rule}|请填写${label}`);

export const CreateStudioInput = builder.inputType('CreateStudioInput', {
  description: '登记创新工作室: the lead must qualify (honors or skill level, the domain decides).',
  fields: (t) => ({
    organizationId: t.id({
      required: true,
      description: 'The union registering it (usually the host employer’s grassroots union).',
    }),
    name: t.string({ required: true, description: 'e.g. 王海劳模创新工作室.' }),
    level: t.field({ type: StudioLevelEnum, required: true }),
    hostEmployerName: t.string({
      required: true,
      validate: text(100, 'INNOVATION_HOST_EMPLOYER', '依托单位'),
    }),
    industryChain: t.string({
      required: true,
      description: '产业链, e.g. 高端装备.',
      validate: text(40, 'INNOVATION_INDUSTRY_CHAIN', '产业链'),
    }),
    regionCode: t.string({ required: true, validate: regionCodeRule('input.regionCode') }),
    foundedOn: t.field({ type: 'Date', required: true }),
    description: t.string({
      required: false,
      validate: z.string().max(2000, 'INNOVATION_DESCRIPTION_TOO_LONG|简介最多 2000 个字'),
    }),
    leadName: t.string({
      required: true,
      validate: text(40, 'INNOVATION_LEAD_NAME', '领衔人姓名'),
    }),
    leadHonorCodes: t.stringList({
      required: true,
      description: 'Codes of the honor catalogue the lead holds.',
      validate: z.array(z.string().max(60)).max(20, 'INNOVATION_LEAD_HONORS|荣誉最多 20 项'),
    }),
    leadSkillLevel: t.field({ type: SkillLevelEnum, required: false }),
    leadHonoreeId: t.id({
      required: false,
      description:
        'The lead’s published award (an `Honoree` id) when the lead is an honoree: its name must be the lead’s, its title counts towards the qualification, and the studio and the honoree profile link to each other while the award is public.',
    }),
  }),
});
