import { z } from 'zod';
import { builder } from '../../builder.js';
import { ConsentScopeEnum } from './consent-scope.js';

export const RecordConsentInput = builder.inputType('RecordConsentInput', {
  fields: (t) => ({
    givenBy: t.string({
      required: true,
      description: 'Who gave it: the person, or their guardian.',
      validate: z.string().max(50, 'HONOR_CONSENT_GIVER_TOO_LONG|同意人姓名最多 50 个字'),
    }),
    givenOn: t.field({ type: 'Date', required: true }),
    scopes: t.field({
      type: [ConsentScopeEnum],
      required: true,
      description: 'What may be published; NAME at least, for the profile to be shown at all.',
    }),
  }),
});
