import { HARDSHIP_CAUSE_LABELS, HARDSHIP_CAUSES, type HardshipCause } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HardshipCauseEnum = builder.enumType('HardshipCause', {
  description: '致困原因 (the domain’s HARDSHIP_CAUSES).',
  values: Object.fromEntries(
    HARDSHIP_CAUSES.map((code) => [code, { description: HARDSHIP_CAUSE_LABELS[code] }]),
  ) as Record<HardshipCause, { description: string }>,
});
