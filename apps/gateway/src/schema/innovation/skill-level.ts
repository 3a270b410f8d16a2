import { SKILL_LEVEL_LABELS, SKILL_LEVELS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const SkillLevelEnum = builder.enumType('SkillLevel', {
  description: '职业技能等级, lowest first.',
  values: Object.fromEntries(
    SKILL_LEVELS.map((value) => [value, { description: SKILL_LEVEL_LABELS[value] }]),
  ) as Record<(typeof SKILL_LEVELS)[number], { description: string }>,
});
