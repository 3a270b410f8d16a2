import { builder } from '../../builder.js';
import { searchTextRule } from '../shared/validators.js';
import { CompetitionClassEnum } from './competition-class.js';
import { CompetitionKindEnum } from './competition-kind.js';

export const CompetitionFilter = builder.inputType('CompetitionFilter', {
  fields: (t) => ({
    year: t.int({ required: false }),
    kind: t.field({ type: CompetitionKindEnum, required: false }),
    competitionClass: t.field({ type: CompetitionClassEnum, required: false }),
    organizationId: t.id({
      required: false,
      description: 'Competitions organised by this union or any union below it.',
    }),
    search: t.string({ required: false, validate: searchTextRule }),
    published: t.boolean({
      required: false,
      description: 'Only those whose results are published.',
    }),
    startsFrom: t.field({
      type: 'Date',
      required: false,
      description: 'Starting on or after this day (a report period counts competitions so).',
    }),
    startsTo: t.field({
      type: 'Date',
      required: false,
      description:
        'Starting on or before this day; before startsFrom is refused (FILTER_RANGE_END_BEFORE_START).',
    }),
  }),
});
