import type { StarMeasures } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const StarMeasuresInput = builder.inputType('StarMeasuresInput', {
  description: 'A year’s measures for the star rubric (the domain checks them).',
  fields: (t) => ({
    resultsAndPatents: t.int({ required: true, description: '创新成果和专利, 项.' }),
    peopleTrained: t.int({ required: true, description: '名师带徒培养人数, 人.' }),
    economicBenefitFen: t.field({ type: 'Fen', required: true, description: '经济效益, in fen.' }),
    facilitiesAndRules: t.int({ required: true, description: '场地设施和制度建设, 0–10 分.' }),
    activity: t.int({ required: true, description: '活动开展, 次.' }),
  }),
});

/** The input as the domain's measures. */
export function measuresOf(input: {
  resultsAndPatents: number;
  peopleTrained: number;
  economicBenefitFen: number;
  facilitiesAndRules: number;
  activity: number;
}): StarMeasures {
  return {
    RESULTS_AND_PATENTS: input.resultsAndPatents,
    PEOPLE_TRAINED: input.peopleTrained,
    ECONOMIC_BENEFIT: input.economicBenefitFen,
    FACILITIES_AND_RULES: input.facilitiesAndRules,
    ACTIVITY: input.activity,
  };
}

/** Domain criterion codes → the input's field names, for errors. */
export const MEASURE_FIELDS: Record<string, string> = {
  RESULTS_AND_PATENTS: 'measures.resultsAndPatents',
  PEOPLE_TRAINED: 'measures.peopleTrained',
  ECONOMIC_BENEFIT: 'measures.economicBenefitFen',
  FACILITIES_AND_RULES: 'measures.facilitiesAndRules',
  ACTIVITY: 'measures.activity',
};
