import {
  HARDSHIP_EXIT_REASON_LABELS,
  HARDSHIP_EXIT_REASONS,
  type HardshipExitReason,
} from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HardshipExitReasonEnum = builder.enumType('HardshipExitReason', {
  description: '解困脱困原因.',
  values: Object.fromEntries(
    HARDSHIP_EXIT_REASONS.map((code) => [code, { description: HARDSHIP_EXIT_REASON_LABELS[code] }]),
  ) as Record<HardshipExitReason, { description: string }>,
});
