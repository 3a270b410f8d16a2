import { STAR_CRITERIA, STAR_CRITERION_LABELS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const StarCriterionEnum = builder.enumType('StarCriterion', {
  description: '星级评定细则的评分项.',
  values: Object.fromEntries(
    STAR_CRITERIA.map((value) => [value, { description: STAR_CRITERION_LABELS[value] }]),
  ) as Record<(typeof STAR_CRITERIA)[number], { description: string }>,
});
