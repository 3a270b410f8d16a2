import {
  NATIONAL_REGION_CODE,
  parseAdministrativeDivisionCode,
  type RubricCriterion,
  STAR_CRITERION_LABELS,
  STAR_CRITERION_UNITS,
  type StarBand,
  type StarRubric,
} from '@gonghui/domain';
import { builder } from '../../builder.js';
import { validationFailure } from '../../honor/domain-records.js';
import { innovationConfigFor } from '../../innovation/config-records.js';
import { today } from '../../shared-dates.js';
import { StarCriterionEnum } from './star-criterion.js';

/** A region argument of the rubric queries: a valid division code, or the national default. */
export function rubricRegion(regionCode: string | null | undefined): string {
  const code = regionCode?.trim();
  if (!code || code === NATIONAL_REGION_CODE) return NATIONAL_REGION_CODE;
  const parsed = parseAdministrativeDivisionCode(code, 'regionCode');
  if (!parsed.ok) throw validationFailure(parsed.error);
  return code;
}

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

export const StarRubricRef = builder.objectRef<StarRubric>('StarRubric').implement({
  description: '星级评定细则: weighted criteria with scoring bands, and the star bands.',
  fields: (t) => ({
    criteria: t.field({ type: [RubricCriterionRef], resolve: (rubric) => [...rubric.criteria] }),
    starBands: t.field({ type: [StarBandRef], resolve: (rubric) => [...rubric.starBands] }),
  }),
});

builder.queryField('studioRubric', (t) =>
  t.field({
    type: StarRubricRef,
    description:
      'The national rubric in force today; a region’s own is `innovationConfigInForce(regionCode).rubric`.',
    resolve: async () => (await innovationConfigFor(NATIONAL_REGION_CODE, today())).rubric,
  }),
);
