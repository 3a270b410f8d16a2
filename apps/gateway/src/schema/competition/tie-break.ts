import { builder } from '../../builder.js';

export const TieBreakEnum = builder.enumType('CompetitionTieBreak', {
  description: 'How a tie on the total with the entrant just above was broken.',
  values: {
    PRACTICAL: { description: '实操成绩高者优先' },
    TIME: { description: '用时少者优先' },
  },
});
