import { builder } from '../../builder.js';
import { HardshipExitReasonEnum } from './hardship-exit-reason.js';

export const ExitHardshipFileInput = builder.inputType('ExitHardshipFileInput', {
  description: '解困脱困: the date and the reason (a note is required for OTHER).',
  fields: (t) => ({
    exitedOn: t.field({ type: 'Date', required: true }),
    reason: t.field({ type: HardshipExitReasonEnum, required: true }),
    note: t.string({ required: false }),
  }),
});
