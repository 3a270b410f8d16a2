import { MARKING_PART_LABELS, MARKING_PARTS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const MarkingPartEnum = builder.enumType('MarkingPart', {
  description: '理论 or 实操 part of a marking scheme.',
  values: Object.fromEntries(
    MARKING_PARTS.map((value) => [value, { description: MARKING_PART_LABELS[value] }]),
  ) as Record<(typeof MARKING_PARTS)[number], { description: string }>,
});
