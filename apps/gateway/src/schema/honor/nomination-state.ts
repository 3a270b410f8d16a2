import { NOMINATION_STATE_LABELS, NOMINATION_STATES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const NominationStateEnum = builder.enumType('NominationState', {
  description: '推荐状态 (the domain’s nomination workflow).',
  values: Object.fromEntries(
    NOMINATION_STATES.map((state) => [state, { description: NOMINATION_STATE_LABELS[state] }]),
  ) as Record<(typeof NOMINATION_STATES)[number], { description: string }>,
});
