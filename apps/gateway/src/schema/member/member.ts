import { can, checkRevealReason, parseResidentIdNumber } from '@gonghui/domain';
import { requirePermissionOn, requireStaff, withinScopes } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { blindIndex, decryptPersonalData } from '../../auth/personal-data-crypto.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { MemberStatus, Sex } from '../../generated/prisma/enums.js';
import { checkUuidCursors, parseGlobalIdOf } from '../../global-id.js';
import { domainRule, searchTextRule } from '../shared/validators.js';

const MemberStatusEnum = builder.enumType(MemberStatus, {
  name: 'MemberStatus',
  description: '会籍状态.',
});
const SexEnum = builder.enumType(Sex, { name: 'Sex' });

export const MemberRef = builder.prismaNode('Member', {
  description: '会员. Staff only, within their subtree; ID number and phone are masked.',
  id: { field: 'id' },
  select: { lineageIds: true },
  authScopes: (member, context) =>
    context.viewer.kind === 'staff' &&
    can(context.viewer.assignments, 'member.read', member.lineageIds),
  fields: (t) => ({
    name: t.exposeString('name'),
    sex: t.expose('sex', { type: SexEnum }),
    idNumberMasked: t.exposeString('idNumberMasked', { description: 'e.g. 3702**********123X.' }),
    phoneMasked: t.exposeString('phoneMasked', {
      nullable: true,
      description: 'e.g. 138****5678.',
    }),
    joinedOn: t.expose('joinedOn', { type: 'Date' }),
    status: t.expose('status', { type: MemberStatusEnum }),
    organization: t.relation('organization'),
  }),
});

const MemberIdentity = builder
  .objectRef<{ idNumber: string; phone: string | null }>('MemberIdentity')
  .implement({
    description: 'The unmasked identity of one member. Every reveal is logged with its reason.',
    fields: (t) => ({
      idNumber: t.exposeString('idNumber'),
      phone: t.exposeString('phone', { nullable: true }),
    }),
  });

const MemberFilter = builder.inputType('MemberFilter', {
  fields: (t) => ({
    organizationId: t.id({
      required: false,
      description: 'Only members within this organisation’s subtree.',
    }),
    search: t.string({
      required: false,
      description: 'Part of the name.',
      validate: searchTextRule,
    }),
    idNumber: t.string({
      required: false,
      description:
        'An exact resident ID number (matched through its blind index; never stored in clear).',
      validate: domainRule(parseResidentIdNumber, 'filter.idNumber'),
    }),
  }),
});

/** Members matching a filter, within the subtrees where the viewer may read members. */
function membersWhere(
  context: Context,
  filter:
    | { organizationId?: string | null; search?: string | null; idNumber?: string | null }
    | null
    | undefined,
): Prisma.MemberWhereInput {
  const viewer = requireStaff(context);
  const conditions: Prisma.MemberWhereInput[] = [withinScopes(viewer, 'member.read')];
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  if (filter?.search) conditions.push({ name: { contains: filter.search.trim() } });
  if (filter?.idNumber) {
    const parsed = parseResidentIdNumber(filter.idNumber, 'filter.idNumber');
    if (parsed.ok)
      conditions.push({ idNumberIndex: blindIndex(parsed.value.idNumber, 'member.idNumber') });
  }
  return { AND: conditions };
}

builder.queryFields((t) => ({
  members: t.prismaConnection({
    type: 'Member',
    cursor: 'id',
    description: 'Members within the viewer’s subtrees (identities masked).',
    authScopes: { permission: 'member.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { filter: t.arg({ type: MemberFilter, required: false }) },
    totalCount: (_root, args, context) =>
      prisma.member.count({ where: membersWhere(context, args.filter) }),
    resolve: (query, _root, args, context) => {
      checkUuidCursors(args);
      return prisma.member.findMany({
        ...query,
        where: membersWhere(context, args.filter),
        orderBy: [{ joinedOn: 'desc' }, { id: 'asc' }],
      });
    },
  }),
}));

builder.mutationField('revealMemberIdentity', (t) =>
  t.field({
    type: MemberIdentity,
    description: 'Shows a member’s full ID number and phone, for a stated reason that is logged.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { memberId: t.arg.id(), reason: t.arg.string() },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const id = parseGlobalIdOf('Member', args.memberId, 'memberId');
      const member = await prisma.member.findFirst({
        where: { id, ...withinScopes(viewer, 'member.read') },
      });
      if (!member) throw new NotFoundError('会员');
      requirePermissionOn(viewer, 'member.revealIdentity', member.lineageIds, '会员');
      const reason = checkRevealReason(args.reason);
      if (!reason.ok)
        throw ValidationError.of(reason.error.field, reason.error.rule, reason.error.message);
      await prisma.$transaction(async (tx) => {
        await writeAudit(tx, viewer, {
          action: 'member.revealIdentity',
          targetType: 'Member',
          targetId: member.id,
          organizationId: member.organizationId,
          lineageIds: member.lineageIds,
          after: { fields: member.phoneCipher ? ['idNumber', 'phone'] : ['idNumber'] },
          reason: reason.value,
        });
      });
      return {
        idNumber: decryptPersonalData(member.idNumberCipher, 'member.idNumber'),
        phone: member.phoneCipher ? decryptPersonalData(member.phoneCipher, 'member.phone') : null,
      };
    },
  }),
);
