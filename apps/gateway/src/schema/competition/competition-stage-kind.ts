import { COMPETITION_STAGE_KIND_LABELS, COMPETITION_STAGE_KINDS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const CompetitionStageKindEnum = builder.enumType('CompetitionStageKind', {
  description: '赛段: 初赛/复赛/决赛, or a labour competition’s 考核期.',
  values: Object.fromEntries(
    COMPETITION_STAGE_KINDS.map((value) => [
      value,
      { description: COMPETITION_STAGE_KIND_LABELS[value] },
    ]),
  ) as Record<(typeof COMPETITION_STAGE_KINDS)[number], { description: string }>,
});
