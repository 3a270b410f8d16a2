import { FIGURE_UNIT_LABELS, FIGURE_UNITS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const FigureUnitEnum = builder.enumType('FigureUnit', {
  description: 'What a report figure counts; FEN is money in integer fen (1 元 = 100 分).',
  values: Object.fromEntries(
    FIGURE_UNITS.map((unit) => [unit, { description: FIGURE_UNIT_LABELS[unit] }]),
  ) as Record<(typeof FIGURE_UNITS)[number], { description: string }>,
});
