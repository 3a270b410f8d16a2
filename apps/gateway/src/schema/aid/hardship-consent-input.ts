import { builder } from '../../builder.js';

export const HardshipConsentInput = builder.inputType('HardshipConsentInput', {
  description:
    '个人信息处理同意 (PIPL): who consented to the household’s sensitive data being kept, and when. Required before a file is stored.',
  fields: (t) => ({
    givenBy: t.string({ required: true, description: 'The worker (or their guardian).' }),
    givenOn: t.field({ type: 'Date', required: true }),
  }),
});
