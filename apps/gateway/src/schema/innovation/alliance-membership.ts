import { builder } from '../../builder.js';
import { encodeGlobalId } from '../../global-id.js';

export const AllianceMembershipRef = builder.prismaObject('InnovationAllianceMembership', {
  name: 'AllianceMembership',
  description: 'One studio’s membership of an alliance: joining and leaving are dated.',
  fields: (t) => ({
    id: t.id({ resolve: (membership) => encodeGlobalId('AllianceMembership', membership.id) }),
    joinedOn: t.expose('joinedOn', { type: 'Date' }),
    leftOn: t.expose('leftOn', { type: 'Date', nullable: true }),
    alliance: t.relation('alliance'),
    studio: t.relation('studio'),
  }),
});
