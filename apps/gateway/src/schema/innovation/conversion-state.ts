import { CONVERSION_STATE_LABELS, CONVERSION_STATES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const ConversionStateEnum = builder.enumType('ConversionState', {
  description:
    '成果转化状态: REGISTERED → ASSESSED → PROMOTED → IN_CONVERSION → RETURNS_SECURED, or ABANDONED.',
  values: Object.fromEntries(
    CONVERSION_STATES.map((value) => [value, { description: CONVERSION_STATE_LABELS[value] }]),
  ) as Record<(typeof CONVERSION_STATES)[number], { description: string }>,
});
