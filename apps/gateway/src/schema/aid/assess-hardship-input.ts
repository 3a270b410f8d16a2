import { builder } from '../../builder.js';
import { HouseholdFactsInput } from './assess-household-facts-input.js';

export const AssessHardshipInput = builder.inputType('AssessHardshipInput', {
  description:
    'A dry run of the classification: the household, and where (a union, whose region code is used, or a region code) and when.',
  fields: (t) => ({
    organizationId: t.id({ required: false, description: 'A union within the viewer’s scope.' }),
    regionCode: t.string({ required: false, description: 'A six-digit division code.' }),
    date: t.field({ type: 'Date', required: false, description: 'Default: today.' }),
    household: t.field({ type: HouseholdFactsInput, required: true }),
  }),
});
