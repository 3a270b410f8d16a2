import { AWARD_LEVEL_LABELS, AWARD_LEVELS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const CompetitionAwardEnum = builder.enumType('CompetitionAward', {
  description: '奖项: prizes by share, or medals plus excellence.',
  values: Object.fromEntries(
    AWARD_LEVELS.map((value) => [value, { description: AWARD_LEVEL_LABELS[value] }]),
  ) as Record<(typeof AWARD_LEVELS)[number], { description: string }>,
});
