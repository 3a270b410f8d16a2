import {
  DEFAULT_STAR_RUBRIC,
  type RubricCriterion,
  STAR_CRITERION_LABELS,
  STAR_CRITERION_UNITS,
  type StarBand,
  type StarRubric,
} from '@gonghui/domain';
import { builder } from '../../builder.js';
import { StarCriterionEnum } from './star-criterion.js';

/** The rubric this gateway evaluates with (the domain's default; configuration). */
export const studioRubric: StarRubric = DEFAULT_STAR_RUBRIC;

const RubricBandRef = builder
  .objectRef<{ min: number; percent: number }>('StarRubricBand')
  .implement({
    fields: (t) => ({
      min: t.float({ resolve: (band) => band.min }),
      percent: t.exposeInt('percent'),
    }),
  });

const RubricCriterionRef = builder.objectRef<RubricCriterion>('StarRubricCriterion').implement({
  fields: (t) => ({
    criterion: t.field({ type: StarCriterionEnum, resolve: (item) => item.criterion }),
    label: t.string({ resolve: (item) => STAR_CRITERION_LABELS[item.criterion] }),
    unit: t.string({
      description: '分 for ECONOMIC_BENEFIT means fen.',
      resolve: (item) => STAR_CRITERION_UNITS[item.criterion],
    }),
    weight: t.exposeInt('weight'),
    bands: t.field({ type: [RubricBandRef], resolve: (item) => [...item.bands] }),
  }),
});

const StarBandRef = builder.objectRef<StarBand>('StarBand').implement({
  fields: (t) => ({
    stars: t.exposeInt('stars'),
    minScore: t.exposeInt('minScore'),
  }),
});

const StarRubricRef = builder.objectRef<StarRubric>('StarRubric').implement({
  description: '星级评定细则: weighted criteria with scoring bands, and the star bands.',
  fields: (t) => ({
    criteria: t.field({ type: [RubricCriterionRef], resolve: (rubric) => [...rubric.criteria] }),
    starBands: t.field({ type: [StarBandRef], resolve: (rubric) => [...rubric.starBands] }),
  }),
});

builder.queryField('studioRubric', (t) =>
  t.field({
    type: StarRubricRef,
    description: 'The rubric studios are evaluated with.',
    resolve: () => studioRubric,
  }),
);
