import { z } from 'zod';
import { builder } from '../../builder.js';
import { AwardSchemeInput } from './award-scheme-input.js';
import { CompetitionClassEnum } from './competition-class.js';
import { CompetitionEligibilityInput } from './competition-eligibility-input.js';
import { CompetitionEntryModeEnum } from './competition-entry-mode.js';
import { CompetitionKindEnum } from './competition-kind.js';
import { CompetitionStageInput } from './competition-stage-input.js';
import { LabourWeightsInput } from './labour-weights-input.js';

const dateRule = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT|日期格式应为 YYYY-MM-DD');

export const CreateCompetitionInput = builder.inputType('CreateCompetitionInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'The organising union.' }),
    name: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(2, 'COMPETITION_NAME_TOO_SHORT|竞赛名称至少 2 个字')
        .max(100, 'COMPETITION_NAME_TOO_LONG|竞赛名称最多 100 个字'),
    }),
    kind: t.field({ type: CompetitionKindEnum, required: true }),
    competitionClass: t.field({ type: CompetitionClassEnum, required: true }),
    trade: t.string({
      required: false,
      description: '工种 (or the project of a labour competition).',
      validate: z.string().trim().max(60, 'COMPETITION_TRADE_TOO_LONG|工种最多 60 个字'),
    }),
    coOrganizers: t.stringList({
      required: false,
      validate: z
        .array(
          z
            .string()
            .trim()
            .min(1)
            .max(60, 'COMPETITION_CO_ORGANIZER_TOO_LONG|协办单位名称最多 60 个字'),
        )
        .max(10, 'COMPETITION_CO_ORGANIZERS_TOO_MANY|协办单位最多 10 个'),
    }),
    entryMode: t.field({ type: CompetitionEntryModeEnum, required: true }),
    startsOn: t.string({ required: true, validate: dateRule }),
    endsOn: t.string({ required: true, validate: dateRule }),
    description: t.string({
      required: false,
      validate: z.string().max(2000, 'COMPETITION_DESCRIPTION_TOO_LONG|简介最多 2000 个字'),
    }),
    eligibility: t.field({ type: CompetitionEligibilityInput, required: false }),
    awardScheme: t.field({ type: AwardSchemeInput, required: false }),
    trimFromJudges: t.int({
      required: false,
      description: 'Drop the highest and lowest mark from this many judges (default 5); 0: never.',
    }),
    labourWeights: t.field({ type: LabourWeightsInput, required: false }),
    stages: t.field({ type: [CompetitionStageInput], required: true }),
  }),
});
