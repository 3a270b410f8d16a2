import { z } from 'zod';
import { builder } from '../../builder.js';

export const StudioMemberInput = builder.inputType('StudioMemberInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: z
        .string()
        .max(40, 'INNOVATION_MEMBER_NAME|姓名最多 40 个字')
        .refine((value) => value.trim() !== '', 'INNOVATION_MEMBER_NAME|请填写姓名'),
    }),
    role: t.string({
      required: true,
      description: 'e.g. 技术骨干, 徒弟.',
      validate: z
        .string()
        .max(20, 'INNOVATION_MEMBER_ROLE|角色最多 20 个字')
        .refine((value) => value.trim() !== '', 'INNOVATION_MEMBER_ROLE|请填写角色'),
    }),
    joinedOn: t.field({ type: 'Date', required: true }),
  }),
});
