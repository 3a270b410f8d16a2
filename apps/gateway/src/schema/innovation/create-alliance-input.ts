import { z } from 'zod';
import { builder } from '../../builder.js';
import { AllianceKindEnum } from './alliance-kind.js';

export const CreateAllianceInput = builder.inputType('CreateAllianceInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'The organising union.' }),
    name: t.string({
      required: true,
      validate: z
        .string()
        .max(60, 'INNOVATION_ALLIANCE_NAME|联盟名称最多 60 个字')
        .refine((value) => value.trim() !== '', 'INNOVATION_ALLIANCE_NAME|请填写联盟名称'),
    }),
    kind: t.field({ type: AllianceKindEnum, required: true }),
    foundedOn: t.field({ type: 'Date', required: true }),
    description: t.string({
      required: false,
      validate: z.string().max(2000, 'INNOVATION_DESCRIPTION_TOO_LONG|简介最多 2000 个字'),
    }),
  }),
});
