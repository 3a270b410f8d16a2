import { checkStarMeasures, computeStarRating } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { ValidationError } from '../../errors.js';
import { validationFailure } from '../../honor/domain-records.js';
import { innovationConfigFor } from '../../innovation/config-records.js';
import { today } from '../../shared-dates.js';
import { MEASURE_FIELDS, measuresOf, StarMeasuresInput } from './star-measures-input.js';
import { StarRatingRef } from './star-rating.js';
import { rubricRegion } from './star-rubric.js';

builder.queryField('previewStarRating', (t) =>
  t.field({
    type: StarRatingRef,
    description:
      'A dry run of the star rating: the stars and breakdown a year’s measures would earn under the rubric. Nothing is stored.',
    errors: { types: [ValidationError], directResult: true },
    args: {
      measures: t.arg({ type: StarMeasuresInput, required: true }),
      regionCode: t.arg.string({
        required: false,
        description:
          'The studio’s region: the rubric in force there today (default: the national one).',
      }),
    },
    resolve: async (_root, args) => {
      const { rubric } = await innovationConfigFor(rubricRegion(args.regionCode), today());
      const checked = checkStarMeasures(measuresOf(args.measures), rubric);
      if (!checked.ok) throw validationFailure(checked.error, MEASURE_FIELDS);
      return computeStarRating(checked.value, rubric);
    },
  }),
);
