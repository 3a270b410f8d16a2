import { HONOR_LEVEL_LABELS, HONOR_LEVELS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HonorLevelEnum = builder.enumType('HonorLevel', {
  description: '荣誉级别: the level of the awarding body.',
  values: Object.fromEntries(
    HONOR_LEVELS.map((level) => [level, { description: HONOR_LEVEL_LABELS[level] }]),
  ) as Record<(typeof HONOR_LEVELS)[number], { description: string }>,
});
