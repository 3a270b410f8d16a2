import { z } from 'zod';
import { builder } from '../../builder.js';
import { searchTextRule } from '../shared/validators.js';
import { ConversionStateEnum } from './conversion-state.js';
import { InnovationResultTypeEnum } from './innovation-result-type.js';

const yearRule = z
  .number()
  .int()
  .min(1950, 'INNOVATION_YEAR_RANGE|年份应在 1950–2100 之间')
  .max(2100, 'INNOVATION_YEAR_RANGE|年份应在 1950–2100 之间');

export const InnovationResultFilter = builder.inputType('InnovationResultFilter', {
  description: 'Filters of the results showcase; all optional, combined with AND.',
  fields: (t) => ({
    type: t.field({ type: InnovationResultTypeEnum, required: false }),
    year: t.int({ required: false, validate: yearRule }),
    yearFrom: t.int({
      required: false,
      description: 'Results of this year or later (a report period counts its years so).',
      validate: yearRule,
    }),
    yearTo: t.int({
      required: false,
      description:
        'Results of this year or earlier; before yearFrom is refused (FILTER_RANGE_END_BEFORE_START).',
      validate: yearRule,
    }),
    conversionState: t.field({ type: ConversionStateEnum, required: false }),
    studioId: t.id({ required: false }),
    organizationId: t.id({ required: false, description: 'Only results of this union’s subtree.' }),
    search: t.string({
      required: false,
      description: 'Part of the title, or a completer’s full name.',
      validate: searchTextRule,
    }),
  }),
});
