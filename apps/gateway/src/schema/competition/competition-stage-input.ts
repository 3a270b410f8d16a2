import { z } from 'zod';
import { builder } from '../../builder.js';
import { CompetitionStageKindEnum } from './competition-stage-kind.js';
import { MarkingAspectInput } from './marking-aspect-input.js';

export const CompetitionStageInput = builder.inputType('CompetitionStageInput', {
  description: 'One stage, in order; its marking scheme is checked by the domain.',
  fields: (t) => ({
    kind: t.field({ type: CompetitionStageKindEnum, required: true }),
    name: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, 'COMPETITION_STAGE_NAME_REQUIRED|请填写赛段名称')
        .max(40, 'COMPETITION_STAGE_NAME_TOO_LONG|赛段名称最多 40 个字'),
    }),
    theoryWeightPercent: t.float({
      required: true,
      description: 'e.g. 30; theory + practical = 100.',
    }),
    practicalWeightPercent: t.float({ required: true }),
    aspects: t.field({ type: [MarkingAspectInput], required: true }),
  }),
});
