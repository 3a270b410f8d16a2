import type { SlateQuotaOutcome } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { QuotaRuleRef } from './quota-rule.js';

export const QuotaOutcomeRef = builder.objectRef<SlateQuotaOutcome>('QuotaOutcome').implement({
  description: 'The domain’s verdict on one quota for one slate.',
  fields: (t) => ({
    rule: t.field({ type: QuotaRuleRef, resolve: (outcome) => outcome.rule }),
    passed: t.exposeBoolean('passed'),
    count: t.exposeInt('count', { description: 'Nominees of the base in the category.' }),
    baseCount: t.exposeInt('baseCount', { description: 'Nominees in the base.' }),
    requiredShareBasisPoints: t.exposeInt('requiredShareBasisPoints'),
    actualShareBasisPoints: t.int({
      nullable: true,
      description:
        'The share for display (rounded never to contradict the verdict); null when the base is empty.',
      resolve: (outcome) => outcome.displayShareBasisPoints,
    }),
    changesNeeded: t.exposeInt('changesNeeded', {
      description: 'The fewest nominees to replace to meet the quota.',
    }),
    explanation: t.string({
      description: 'e.g. 农民工占比 8.0%，低于要求的 10%，至少还需 1 名.',
      resolve: (outcome) => outcome.message,
    }),
  }),
});
