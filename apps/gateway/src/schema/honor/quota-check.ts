import type { SlateQuotaReport } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { QuotaOutcomeRef } from './quota-outcome.js';

export const QuotaCheckRef = builder.objectRef<SlateQuotaReport>('QuotaCheck').implement({
  description: '比例控制检查: every quota of the campaign against the slate.',
  fields: (t) => ({
    passed: t.exposeBoolean('passed', { description: 'True when every quota is met.' }),
    outcomes: t.field({ type: [QuotaOutcomeRef], resolve: (report) => report.outcomes }),
  }),
});
