import type { StarCriterionScore } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { encodeGlobalId } from '../../global-id.js';
import { StarCriterionScoreRef } from './star-criterion-score.js';
import { StarRatingChangeEnum } from './star-rating-change.js';

export const StudioRatingRef = builder.prismaObject('InnovationStudioRating', {
  name: 'StudioRating',
  description: '星级评定: one year’s evaluation of a studio, as recorded (never overwritten).',
  fields: (t) => ({
    id: t.id({ resolve: (rating) => encodeGlobalId('StudioRating', rating.id) }),
    year: t.exposeInt('year'),
    evaluatedOn: t.expose('evaluatedOn', { type: 'Date' }),
    stars: t.exposeInt('stars'),
    score: t.float({
      description: 'Out of 100.',
      resolve: (rating) => rating.scoreHundredths / 100,
    }),
    previousStars: t.exposeInt('previousStars', { nullable: true }),
    change: t.expose('change', { type: StarRatingChangeEnum }),
    explanation: t.exposeString('explanation'),
    configVersion: t.exposeString('configVersion', {
      nullable: true,
      description:
        'The innovation configuration version the stars were computed with (e.g. 000000 v0 / 370200 v1).',
    }),
    breakdown: t.field({
      type: [StarCriterionScoreRef],
      resolve: (rating) => rating.breakdown as unknown as StarCriterionScore[],
    }),
  }),
});
