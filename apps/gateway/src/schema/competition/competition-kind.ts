import { COMPETITION_KIND_LABELS, COMPETITION_KINDS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const CompetitionKindEnum = builder.enumType('CompetitionKind', {
  description: '竞赛类型 (the domain’s COMPETITION_KINDS).',
  values: Object.fromEntries(
    COMPETITION_KINDS.map((value) => [value, { description: COMPETITION_KIND_LABELS[value] }]),
  ) as Record<(typeof COMPETITION_KINDS)[number], { description: string }>,
});
