import { builder } from '../../builder.js';
import { encodeGlobalId } from '../../global-id.js';

export const StudioMemberRef = builder.prismaObject('InnovationStudioMember', {
  name: 'StudioMember',
  description: '工作室成员: name and role only.',
  fields: (t) => ({
    id: t.id({ resolve: (member) => encodeGlobalId('StudioMember', member.id) }),
    name: t.exposeString('name'),
    role: t.exposeString('role'),
    joinedOn: t.expose('joinedOn', { type: 'Date' }),
    leftOn: t.expose('leftOn', { type: 'Date', nullable: true }),
  }),
});
