import { NOMINATION_MOVE_LABELS, NOMINATION_MOVES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const NominationMoveEnum = builder.enumType('NominationMove', {
  description: 'A move of the nomination workflow.',
  values: Object.fromEntries(
    NOMINATION_MOVES.map((move) => [move, { description: NOMINATION_MOVE_LABELS[move] }]),
  ) as Record<(typeof NOMINATION_MOVES)[number], { description: string }>,
});
