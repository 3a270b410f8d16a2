import { ENTRY_MODE_LABELS, ENTRY_MODES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const CompetitionEntryModeEnum = builder.enumType('CompetitionEntryMode', {
  description: '个人赛 or 团体赛.',
  values: Object.fromEntries(
    ENTRY_MODES.map((value) => [value, { description: ENTRY_MODE_LABELS[value] }]),
  ) as Record<(typeof ENTRY_MODES)[number], { description: string }>,
});
