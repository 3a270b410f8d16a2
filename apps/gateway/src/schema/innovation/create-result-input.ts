import { z } from 'zod';
import { builder } from '../../builder.js';
import { InnovationResultTypeEnum } from './innovation-result-type.js';

export const CreateInnovationResultInput = builder.inputType('CreateInnovationResultInput', {
  description: '登记创新成果: the domain checks the patent number, the team and the benefit.',
  fields: (t) => ({
    organizationId: t.id({
      required: false,
      description:
        'The registering union; default the studio’s. One of organizationId and studioId is required.',
    }),
    studioId: t.id({ required: false }),
    title: t.string({
      required: true,
      validate: z.string().max(100, 'INNOVATION_RESULT_TITLE_TOO_LONG|成果名称最多 100 个字'),
    }),
    type: t.field({ type: InnovationResultTypeEnum, required: true }),
    patentNumber: t.string({
      required: false,
      validate: z.string().max(30, 'INNOVATION_PATENT_NUMBER_FORMAT|专利号过长'),
    }),
    team: t.stringList({
      required: true,
      description: 'The completers, first completer (第一完成人) first.',
      validate: z
        .array(z.string().max(40, 'INNOVATION_RESULT_TEAM_NAME|姓名最多 40 个字'))
        .max(30, 'INNOVATION_RESULT_TEAM_SIZE|完成人最多 30 名'),
    }),
    year: t.int({ required: true }),
    economicBenefitFen: t.field({
      type: 'Fen',
      required: true,
      description: 'Yearly economic benefit, in fen.',
    }),
    awards: t.stringList({
      required: false,
      validate: z
        .array(z.string().max(100, 'INNOVATION_AWARD_TOO_LONG|奖项最多 100 个字'))
        .max(20, 'INNOVATION_AWARDS|奖项最多 20 项'),
    }),
    summary: t.string({
      required: false,
      validate: z.string().max(2000, 'INNOVATION_DESCRIPTION_TOO_LONG|简介最多 2000 个字'),
    }),
  }),
});
