import { OBJECTION_STATE_LABELS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const ObjectionOutcomeEnum = builder.enumType('ObjectionOutcome', {
  description: 'How an objection is resolved: UPHELD 异议成立, DISMISSED 异议不成立.',
  values: {
    UPHELD: { description: OBJECTION_STATE_LABELS.UPHELD },
    DISMISSED: { description: OBJECTION_STATE_LABELS.DISMISSED },
  },
});
