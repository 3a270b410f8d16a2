import { z } from 'zod';
import { builder } from '../../builder.js';
import { StarMeasuresInput } from './star-measures-input.js';

export const StudioEvaluationInput = builder.inputType('StudioEvaluationInput', {
  description: 'One year’s evaluation of a studio.',
  fields: (t) => ({
    year: t.int({
      required: true,
      validate: z
        .number()
        .int()
        .min(1950, 'INNOVATION_YEAR_RANGE|年份应在 1950–2100 之间')
        .max(2100, 'INNOVATION_YEAR_RANGE|年份应在 1950–2100 之间'),
    }),
    evaluatedOn: t.field({ type: 'Date', required: false, description: 'Default today.' }),
    measures: t.field({ type: StarMeasuresInput, required: true }),
  }),
});
