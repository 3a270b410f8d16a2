import { builder } from '../../builder.js';
import { NominationStateEnum } from './nomination-state.js';

export const NominationEventRef = builder.prismaObject('HonorNominationEvent', {
  name: 'NominationEvent',
  description: '推荐记录: one entry of a nomination’s append-only history.',
  fields: (t) => ({
    action: t.exposeString('action', {
      description:
        'CREATE, UPDATE, a NominationMove, CONSENT, CONSENT_WITHDRAWN, OBJECTION_RECEIVED, OBJECTION_RESOLVED.',
    }),
    fromState: t.expose('fromState', { type: NominationStateEnum, nullable: true }),
    toState: t.expose('toState', { type: NominationStateEnum }),
    reason: t.exposeString('reason', { nullable: true }),
    actorName: t.exposeString('actorName', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
