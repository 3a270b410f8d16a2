import type { StarCriterionScore } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { StarCriterionEnum } from './star-criterion.js';

export const StarCriterionScoreRef = builder
  .objectRef<StarCriterionScore>('StarCriterionScore')
  .implement({
    description: 'How one criterion of the rubric scored: the band reached and the points earned.',
    fields: (t) => ({
      criterion: t.field({ type: StarCriterionEnum, resolve: (line) => line.criterion }),
      label: t.exposeString('label'),
      measure: t.float({
        description:
          'The measure (a count; fen for ECONOMIC_BENEFIT; 0–10 for FACILITIES_AND_RULES).',
        resolve: (line) => line.measure,
      }),
      weight: t.exposeInt('weight', { description: 'Points out of 100.' }),
      bandMin: t.float({ nullable: true, resolve: (line) => line.bandMin }),
      percent: t.exposeInt('percent', { description: 'Share of the weight earned, in %.' }),
      points: t.float({ resolve: (line) => line.pointsHundredths / 100 }),
      nextBandMin: t.float({
        nullable: true,
        description: 'The next band’s threshold; null at the top band.',
        resolve: (line) => line.nextBandMin,
      }),
      explanation: t.exposeString('explanation'),
    }),
  });
