import { z } from 'zod';
import { builder } from '../../builder.js';
import { VocationalLevelEnum } from './vocational-level.js';

const nameRule = z
  .string()
  .trim()
  .min(1, 'COMPETITION_NAME_REQUIRED|请填写名称')
  .max(60, 'COMPETITION_ENTRY_NAME_TOO_LONG|名称最多 60 个字');

export const RegisterEntryInput = builder.inputType('RegisterEntryInput', {
  description:
    '报名. An individual is a member (memberId: name and birth date copied, never an ID number) or a named person with a birth date; a team or a labour competition’s unit has a public name.',
  fields: (t) => ({
    competitionId: t.id({ required: true }),
    memberId: t.id({ required: false }),
    publicName: t.string({ required: false, validate: nameRule }),
    birthDate: t.string({ required: false, description: 'YYYY-MM-DD, when not a member.' }),
    employerId: t.id({
      required: false,
      description: 'The employer organisation; default the member’s union.',
    }),
    skillLevel: t.field({ type: VocationalLevelEnum, required: false }),
    teamMemberNames: t.stringList({
      required: false,
      validate: z.array(nameRule).max(10, 'COMPETITION_TEAM_TOO_LARGE|团队成员最多 10 人'),
    }),
  }),
});
