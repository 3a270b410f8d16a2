import { builder } from '../../builder.js';
import { searchTextRule } from '../shared/validators.js';
import { NominationStateEnum } from './nomination-state.js';

export const NominationFilter = builder.inputType('NominationFilter', {
  fields: (t) => ({
    campaignId: t.id({ required: false }),
    organizationId: t.id({
      required: false,
      description: 'Only nominations from this union’s subtree.',
    }),
    state: t.field({ type: [NominationStateEnum], required: false, description: 'Any of these.' }),
    search: t.string({
      required: false,
      description: 'Part of the name or employer.',
      validate: searchTextRule,
    }),
  }),
});
