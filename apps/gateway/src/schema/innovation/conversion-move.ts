import { CONVERSION_MOVE_LABELS, CONVERSION_MOVES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const ConversionMoveEnum = builder.enumType('ConversionMove', {
  description: '成果转化动作.',
  values: Object.fromEntries(
    CONVERSION_MOVES.map((value) => [value, { description: CONVERSION_MOVE_LABELS[value] }]),
  ) as Record<(typeof CONVERSION_MOVES)[number], { description: string }>,
});
