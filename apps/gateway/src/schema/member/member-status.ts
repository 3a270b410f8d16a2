import { builder } from '../../builder.js';
import { MemberStatus } from '../../generated/prisma/enums.js';

export const MemberStatusEnum = builder.enumType(MemberStatus, {
  name: 'MemberStatus',
  description: '会籍状态.',
});
