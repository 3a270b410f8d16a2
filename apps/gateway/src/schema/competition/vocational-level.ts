import { VOCATIONAL_LEVEL_LABELS, VOCATIONAL_LEVELS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const VocationalLevelEnum = builder.enumType('VocationalLevel', {
  description: '职业技能等级, lowest first: 五级/初级工 … 一级/高级技师, 特级技师, 首席技师.',
  values: Object.fromEntries(
    VOCATIONAL_LEVELS.map((value) => [value, { description: VOCATIONAL_LEVEL_LABELS[value] }]),
  ) as Record<(typeof VOCATIONAL_LEVELS)[number], { description: string }>,
});
