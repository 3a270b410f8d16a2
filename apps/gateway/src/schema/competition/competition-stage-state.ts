import { builder } from '../../builder.js';

export const CompetitionStageStateEnum = builder.enumType('CompetitionStageState', {
  description: 'OPEN: scores accepted. CLOSED: 闭赛, scores locked (a change is an appeal).',
  values: { OPEN: { description: '评分中' }, CLOSED: { description: '已闭赛' } },
});
