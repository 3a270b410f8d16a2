import { builder } from '../../builder.js';
import { HardshipConsentInput } from './hardship-consent-input.js';
import { HardshipHouseholdInput } from './hardship-household-input.js';

export const CreateHardshipFileInput = builder.inputType('CreateHardshipFileInput', {
  description: '建档: a member’s household, classified under the rules in force today.',
  fields: (t) => ({
    memberId: t.id({ required: true }),
    household: t.field({ type: HardshipHouseholdInput, required: true }),
    consent: t.field({ type: HardshipConsentInput, required: true }),
  }),
});
