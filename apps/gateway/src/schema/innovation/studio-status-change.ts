import { builder } from '../../builder.js';
import { StudioStatusEnum } from './studio-status.js';

export const StudioStatusChangeRef = builder.prismaObject('InnovationStudioStatusChange', {
  name: 'StudioStatusChange',
  description: '状态变更 (暂停、恢复、摘牌), dated, with its reason.',
  fields: (t) => ({
    fromStatus: t.expose('fromStatus', { type: StudioStatusEnum }),
    toStatus: t.expose('toStatus', { type: StudioStatusEnum }),
    changedOn: t.expose('changedOn', { type: 'Date' }),
    reason: t.exposeString('reason'),
  }),
});
