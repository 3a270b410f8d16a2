import { COMPETITION_CLASS_LABELS, COMPETITION_CLASSES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const CompetitionClassEnum = builder.enumType('CompetitionClass', {
  description: '竞赛级别: decides the skill-level promotion a result earns.',
  values: Object.fromEntries(
    COMPETITION_CLASSES.map((value) => [value, { description: COMPETITION_CLASS_LABELS[value] }]),
  ) as Record<(typeof COMPETITION_CLASSES)[number], { description: string }>,
});
