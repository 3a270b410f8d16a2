import { OBJECTION_STATE_LABELS, OBJECTION_STATES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const ObjectionStateEnum = builder.enumType('ObjectionState', {
  description: '异议状态.',
  values: Object.fromEntries(
    OBJECTION_STATES.map((state) => [state, { description: OBJECTION_STATE_LABELS[state] }]),
  ) as Record<(typeof OBJECTION_STATES)[number], { description: string }>,
});
