import type { StarRating } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { StarCriterionScoreRef } from './star-criterion-score.js';

export const StarRatingRef = builder.objectRef<StarRating>('StarRating').implement({
  description:
    'A computed star rating with the breakdown that explains it (a dry run: nothing is stored).',
  fields: (t) => ({
    stars: t.exposeInt('stars'),
    score: t.float({
      description: 'Out of 100.',
      resolve: (rating) => rating.scoreHundredths / 100,
    }),
    breakdown: t.field({ type: [StarCriterionScoreRef], resolve: (rating) => rating.breakdown }),
    explanation: t.exposeString('explanation'),
  }),
});
