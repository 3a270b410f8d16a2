import { checkStarMeasures, computeStarRating } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { ValidationError } from '../../errors.js';
import { validationFailure } from '../../honor/domain-records.js';
import { MEASURE_FIELDS, measuresOf, StarMeasuresInput } from './star-measures-input.js';
import { StarRatingRef } from './star-rating.js';
import { studioRubric } from './star-rubric.js';

builder.queryField('previewStarRating', (t) =>
  t.field({
    type: StarRatingRef,
    description:
      'A dry run of the star rating: the stars and breakdown a year’s measures would earn under the rubric. Nothing is stored.',
    errors: { types: [ValidationError], directResult: true },
    args: { measures: t.arg({ type: StarMeasuresInput, required: true }) },
    resolve: (_root, args) => {
      const checked = checkStarMeasures(measuresOf(args.measures), studioRubric);
      if (!checked.ok) throw validationFailure(checked.error, MEASURE_FIELDS);
      return computeStarRating(checked.value, studioRubric);
    },
  }),
);
