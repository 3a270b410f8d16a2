import { builder } from '../../builder.js';

export const CompetitionAppealStateEnum = builder.enumType('CompetitionAppealState', {
  description: '申诉状态.',
  values: {
    PENDING: { description: '待复核' },
    APPROVED: { description: '复核通过，成绩已更正' },
    REJECTED: { description: '驳回' },
  },
});
