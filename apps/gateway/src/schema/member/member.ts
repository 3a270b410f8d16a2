import {
  type CalendarDate,
  can,
  checkJoining,
  checkRevealReason,
  checkStatusChange,
  checkStatusChangeDate,
  type FieldError,
  isJoining,
  memberChangeDelta,
  memberIdentityKey,
  parseMobilePhone,
  parseResidentIdNumber,
  planTransfer,
} from '@gonghui/domain';
import { z } from 'zod';
import {
  organizationForAction,
  requirePermissionOn,
  requireStaff,
  withinScopes,
} from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { decryptPersonalData } from '../../auth/personal-data-crypto.js';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { MemberStatus, NewEmploymentGroup } from '../../generated/prisma/enums.js';
import { Sex } from '../../generated/prisma/enums.js';
import { checkUuidCursors, parseGlobalIdOf } from '../../global-id.js';
import { idNumberIndexOf, sealIdNumber, sealPhoneNumber } from '../../member/sealed-identity.js';
import { applyFiguresDelta, applyJoinings, memberFacts } from '../../organization/figures.js';
import { lockOrganization } from '../../organization/lock.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import { domainRule, searchTextRule } from '../shared/validators.js';
import './member-event.js';
import { MemberStatusEnum } from './member-status.js';
import { NewEmploymentGroupEnum } from './new-employment-group.js';

export const SexEnum = builder.enumType(Sex, { name: 'Sex' });

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
    isMigrant: t.exposeBoolean('isMigrant', { description: '农民工.' }),
    employmentGroup: t.expose('employmentGroup', {
      type: NewEmploymentGroupEnum,
      nullable: true,
      description: '新就业形态 group, if any.',
    }),
    employerName: t.exposeString('employerName', { nullable: true }),
    history: t.relation('events', {
      description:
        '会籍变动, newest first: only events at unions the viewer may see (a transfer shows at both).',
      query: (_args, context) => ({
        where:
          context.viewer.kind === 'staff'
            ? withinScopes(context.viewer, 'organization.read')
            : { id: { in: [] } },
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
      }),
    }),
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
    status: t.field({ type: [MemberStatusEnum], required: false, description: 'Any of these.' }),
    employmentGroup: t.field({ type: [NewEmploymentGroupEnum], required: false }),
    isMigrant: t.boolean({ required: false }),
    sex: t.field({ type: SexEnum, required: false, description: 'Only women or only men.' }),
    employerName: t.string({
      required: false,
      description: 'Part of the employer’s name (工作单位).',
      validate: searchTextRule,
    }),
    joinedFrom: t.field({ type: 'Date', required: false, description: 'Joined on or after.' }),
    joinedTo: t.field({ type: 'Date', required: false, description: 'Joined on or before.' }),
  }),
});

interface MemberFilterInput {
  organizationId?: string | null;
  search?: string | null;
  idNumber?: string | null;
  status?: MemberStatus[] | null;
  employmentGroup?: NewEmploymentGroup[] | null;
  isMigrant?: boolean | null;
  sex?: Sex | null;
  employerName?: string | null;
  joinedFrom?: string | null;
  joinedTo?: string | null;
}

/** Members matching a filter, within the subtrees where the viewer may read members. */
function membersWhere(
  context: Context,
  filter: MemberFilterInput | null | undefined,
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
      conditions.push({ idNumberIndex: idNumberIndexOf(memberIdentityKey(parsed.value)) });
  }
  if (filter?.status?.length) conditions.push({ status: { in: filter.status } });
  if (filter?.employmentGroup?.length)
    conditions.push({ employmentGroup: { in: filter.employmentGroup } });
  if (typeof filter?.isMigrant === 'boolean') conditions.push({ isMigrant: filter.isMigrant });
  if (filter?.sex) conditions.push({ sex: filter.sex });
  if (filter?.employerName?.trim())
    conditions.push({ employerName: { contains: filter.employerName.trim() } });
  if (filter?.joinedFrom) conditions.push({ joinedOn: { gte: dateColumn(filter.joinedFrom) } });
  if (filter?.joinedTo) conditions.push({ joinedOn: { lte: dateColumn(filter.joinedTo) } });
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

// ---- Changes to members: each in one transaction with its history event, the subtree
// figures of every organisation in the lineage, and an audit row.

const MEMBER_FIELDS_SELECT = {
  id: true,
  organizationId: true,
  lineageIds: true,
  status: true,
  isMigrant: true,
  employmentGroup: true,
  sex: true,
  joinedOn: true,
} as const;

function refuse(error: FieldError, fields: Record<string, string> = {}): never {
  throw ValidationError.of(fields[error.field] ?? error.field, error.rule, error.message);
}

/** A member within the viewer's readable subtrees that they may also change, or NotFound/Forbidden. */
async function memberForWrite(viewer: StaffViewer, globalId: string, field: string) {
  const id = parseGlobalIdOf('Member', globalId, field);
  const member = await prisma.member.findFirst({
    where: { id, ...withinScopes(viewer, 'member.read') },
    select: MEMBER_FIELDS_SELECT,
  });
  if (!member) throw new NotFoundError('会员');
  requirePermissionOn(viewer, 'member.write', member.lineageIds, '会员');
  return member;
}

const nameRule = z
  .string()
  .trim()
  .min(1, 'MEMBER_NAME_EMPTY|请填写姓名')
  .max(50, 'MEMBER_NAME_TOO_LONG|姓名最多 50 个字');
const employerNameRule = z.string().max(100, 'EMPLOYER_NAME_TOO_LONG|单位名称最多 100 个字');

const AddMemberInput = builder.inputType('AddMemberInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'The grassroots-level union.' }),
    name: t.string({ required: true, validate: nameRule }),
    idNumber: t.string({
      required: true,
      description: '居民身份证号; sex and birth date come from it.',
    }),
    phone: t.string({ required: false }),
    joinedOn: t.field({ type: 'Date', required: true }),
    isMigrant: t.boolean({ required: true }),
    employmentGroup: t.field({ type: NewEmploymentGroupEnum, required: false }),
    employerName: t.string({ required: false, validate: employerNameRule }),
  }),
});

const UpdateMemberInput = builder.inputType('UpdateMemberInput', {
  description:
    'Leave a field out to keep it; employmentGroup and employerName accept null to clear.',
  fields: (t) => ({
    name: t.string({ required: false, validate: nameRule }),
    phone: t.string({ required: false }),
    isMigrant: t.boolean({ required: false }),
    employmentGroup: t.field({ type: NewEmploymentGroupEnum, required: false }),
    employerName: t.string({ required: false, validate: employerNameRule }),
  }),
});

function sealPhone(phone: string, field: string) {
  const parsed = parseMobilePhone(phone, field);
  if (!parsed.ok) refuse(parsed.error);
  return sealPhoneNumber(parsed.value);
}

const memberErrors = () => ({
  types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
  directResult: true as const,
});

builder.mutationFields((t) => ({
  addMember: t.prismaField({
    type: 'Member',
    description: '入会: records a new member at a grassroots-level union (one person, one member).',
    errors: memberErrors(),
    args: { input: t.arg({ type: AddMemberInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const target = await organizationForAction(
        viewer,
        'member.write',
        input.organizationId,
        'input.organizationId',
      );
      const organization = await prisma.organization.findUniqueOrThrow({
        where: { id: target.id },
      });
      const now = today();
      const parsed = parseResidentIdNumber(input.idNumber, 'input.idNumber', now);
      if (!parsed.ok) refuse(parsed.error);
      const joining = checkJoining({
        organization: {
          kind: organization.kind,
          foundedOn: calendarDateOf(organization.foundedOn),
          dissolvedOn: organization.dissolvedOn ? calendarDateOf(organization.dissolvedOn) : null,
        },
        joinedOn: input.joinedOn as CalendarDate,
        birthDate: parsed.value.birthDate,
        today: now,
      });
      if (!joining.ok)
        refuse(joining.error, {
          organizationId: 'input.organizationId',
          joinedOn: 'input.joinedOn',
        });
      const idNumber = memberIdentityKey(parsed.value);
      const sealedIdNumber = sealIdNumber(idNumber);
      const { idNumberIndex } = sealedIdNumber;
      const alreadyMember = () =>
        ValidationError.of(
          'input.idNumber',
          'ID_NUMBER_ALREADY_MEMBER',
          '此身份证号已登记为会员（一人一会籍），请办理转会或恢复会籍',
        );
      if (await prisma.member.findUnique({ where: { idNumberIndex }, select: { id: true } })) {
        throw alreadyMember();
      }
      const phone = input.phone?.trim() ? sealPhone(input.phone, 'input.phone') : null;
      try {
        return await prisma.$transaction(async (tx) => {
          if (!(await lockOrganization(tx, organization.id, 'share'))) {
            throw ValidationError.of(
              'input.organizationId',
              'MEMBER_JOINING_ORGANIZATION_DISSOLVED',
              '该工会已撤销',
            );
          }
          const member = await tx.member.create({
            data: {
              organizationId: organization.id,
              lineageIds: organization.lineageIds,
              name: input.name.trim(),
              sex: parsed.value.sex,
              birthDate: dateColumn(parsed.value.birthDate),
              ...sealedIdNumber,
              ...(phone ?? {}),
              joinedOn: dateColumn(input.joinedOn),
              isMigrant: input.isMigrant,
              employmentGroup: input.employmentGroup ?? null,
              employerName: input.employerName?.trim() || null,
            },
          });
          await tx.memberEvent.create({
            data: {
              memberId: member.id,
              type: 'JOINED',
              organizationId: organization.id,
              lineageIds: organization.lineageIds,
              date: member.joinedOn,
              toStatus: member.status,
              actorStaffId: viewer.staffId,
            },
          });
          await applyFiguresDelta(
            tx,
            organization.lineageIds,
            memberChangeDelta(null, memberFacts(member)),
          );
          await applyJoinings(tx, organization.lineageIds, [
            {
              date: member.joinedOn,
              isMigrant: member.isMigrant,
              employmentGroup: member.employmentGroup,
            },
          ]);
          await writeAudit(tx, viewer, {
            action: 'member.add',
            targetType: 'Member',
            targetId: member.id,
            organizationId: organization.id,
            lineageIds: organization.lineageIds,
            after: { idNumberMasked: member.idNumberMasked, joinedOn: input.joinedOn },
          });
          return tx.member.findUniqueOrThrow({ ...query, where: { id: member.id } });
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw alreadyMember();
        }
        throw error;
      }
    },
  }),
  changeMemberStatus: t.prismaField({
    type: 'Member',
    description: '会籍状态变更 (retire, lapse, expel, rejoin). Transfers use transferMember.',
    errors: memberErrors(),
    args: {
      memberId: t.arg.id({ required: true }),
      status: t.arg({ type: MemberStatusEnum, required: true }),
      effectiveOn: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const member = await memberForWrite(viewer, args.memberId, 'memberId');
      const change = checkStatusChange(member.status, args.status, 'status');
      if (!change.ok) refuse(change.error);
      const date = checkStatusChangeDate(
        calendarDateOf(member.joinedOn),
        args.effectiveOn as CalendarDate,
        today(),
        'effectiveOn',
      );
      if (!date.ok) refuse(date.error);
      // 重新入会: 会龄 starts again from the rejoin date.
      const rejoin = isJoining({
        type: 'STATUS_CHANGED',
        fromStatus: member.status,
        toStatus: args.status,
      });
      return prisma.$transaction(async (tx) => {
        const updated = await tx.member.update({
          where: { id: member.id, status: member.status },
          data: {
            status: args.status,
            ...(rejoin ? { joinedOn: dateColumn(args.effectiveOn) } : {}),
          },
        });
        await tx.memberEvent.create({
          data: {
            memberId: member.id,
            type: 'STATUS_CHANGED',
            organizationId: member.organizationId,
            lineageIds: member.lineageIds,
            date: dateColumn(args.effectiveOn),
            fromStatus: member.status,
            toStatus: args.status,
            actorStaffId: viewer.staffId,
          },
        });
        await applyFiguresDelta(
          tx,
          member.lineageIds,
          memberChangeDelta(memberFacts(member), memberFacts(updated)),
        );
        if (rejoin) {
          await applyJoinings(tx, member.lineageIds, [
            {
              date: args.effectiveOn as CalendarDate,
              isMigrant: updated.isMigrant,
              employmentGroup: updated.employmentGroup,
            },
          ]);
        }
        await writeAudit(tx, viewer, {
          action: 'member.changeStatus',
          targetType: 'Member',
          targetId: member.id,
          organizationId: member.organizationId,
          lineageIds: member.lineageIds,
          before: { status: member.status },
          after: { status: args.status, effectiveOn: args.effectiveOn },
        });
        return tx.member.findUniqueOrThrow({ ...query, where: { id: member.id } });
      });
    },
  }),
  transferMember: t.prismaField({
    type: 'Member',
    description:
      '转会: moves a member to another grassroots-level union; 会龄 is unbroken. Needs member.write on both unions.',
    errors: memberErrors(),
    args: {
      memberId: t.arg.id({ required: true }),
      toOrganizationId: t.arg.id({ required: true }),
      transferDate: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const member = await memberForWrite(viewer, args.memberId, 'memberId');
      const targetId = parseGlobalIdOf('Organization', args.toOrganizationId, 'toOrganizationId');
      const target = await prisma.organization.findUnique({ where: { id: targetId } });
      // A union where the viewer may not add members does not exist for this purpose.
      if (!target || !can(viewer.assignments, 'member.write', target.lineageIds)) {
        throw new NotFoundError('组织');
      }
      const plan = planTransfer({
        member: {
          status: member.status,
          organizationId: member.organizationId,
          joinedOn: calendarDateOf(member.joinedOn),
        },
        toOrganization: {
          id: target.id,
          kind: target.kind,
          foundedOn: calendarDateOf(target.foundedOn),
          dissolvedOn: target.dissolvedOn ? calendarDateOf(target.dissolvedOn) : null,
        },
        transferDate: args.transferDate as CalendarDate,
        today: today(),
      });
      if (!plan.ok) refuse(plan.error, { status: 'memberId' });
      const lineageOf = (organizationId: string) =>
        organizationId === member.organizationId ? member.lineageIds : target.lineageIds;
      return prisma.$transaction(async (tx) => {
        if (!(await lockOrganization(tx, target.id, 'share'))) {
          throw ValidationError.of(
            'toOrganizationId',
            'MEMBER_TRANSFER_TARGET_DISSOLVED',
            '转入工会已撤销',
          );
        }
        const updated = await tx.member.update({
          where: { id: member.id, organizationId: member.organizationId },
          data: { organizationId: target.id, lineageIds: target.lineageIds },
        });
        for (const event of plan.value.events) {
          await tx.memberEvent.create({
            data: {
              memberId: member.id,
              type: event.type,
              organizationId: event.organizationId,
              lineageIds: lineageOf(event.organizationId),
              date: dateColumn(event.date),
              fromStatus: member.status,
              toStatus: updated.status,
              counterpartOrganizationId: event.counterpartOrganizationId,
              actorStaffId: viewer.staffId,
            },
          });
        }
        // Only the organisations on one side of the move change: shared ancestors net to 0.
        const shared = new Set(member.lineageIds.filter((id) => target.lineageIds.includes(id)));
        await applyFiguresDelta(
          tx,
          member.lineageIds.filter((id) => !shared.has(id)),
          memberChangeDelta(memberFacts(member), null),
        );
        await applyFiguresDelta(
          tx,
          target.lineageIds.filter((id) => !shared.has(id)),
          memberChangeDelta(null, memberFacts(updated)),
        );
        for (const [organizationId, lineageIds] of [
          [member.organizationId, member.lineageIds],
          [target.id, target.lineageIds],
        ] as const) {
          await writeAudit(tx, viewer, {
            action: 'member.transfer',
            targetType: 'Member',
            targetId: member.id,
            organizationId,
            lineageIds: [...lineageIds],
            before: { organizationId: member.organizationId },
            after: { organizationId: target.id, transferDate: args.transferDate },
          });
        }
        return tx.member.findUniqueOrThrow({ ...query, where: { id: member.id } });
      });
    },
  }),
  updateMember: t.prismaField({
    type: 'Member',
    description: 'Corrects a member’s name, phone, employer and statistics flags.',
    errors: memberErrors(),
    args: {
      memberId: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateMemberInput, required: true }),
    },
    resolve: async (query, _root, { memberId, input }, context) => {
      const viewer = requireStaff(context);
      const member = await memberForWrite(viewer, memberId, 'memberId');
      const data: Prisma.MemberUpdateInput = {};
      if (input.name != null) data.name = input.name.trim();
      if (input.phone !== undefined) {
        Object.assign(
          data,
          input.phone?.trim()
            ? sealPhone(input.phone, 'input.phone')
            : { phoneCipher: null, phoneMasked: null },
        );
      }
      if (input.isMigrant != null) data.isMigrant = input.isMigrant;
      if (input.employmentGroup !== undefined) data.employmentGroup = input.employmentGroup;
      if (input.employerName !== undefined) data.employerName = input.employerName?.trim() || null;
      return prisma.$transaction(async (tx) => {
        const updated = await tx.member.update({ where: { id: member.id }, data });
        await applyFiguresDelta(
          tx,
          member.lineageIds,
          memberChangeDelta(memberFacts(member), memberFacts(updated)),
        );
        await writeAudit(tx, viewer, {
          action: 'member.update',
          targetType: 'Member',
          targetId: member.id,
          organizationId: member.organizationId,
          lineageIds: member.lineageIds,
          // Which fields changed, never their personal values.
          after: { fields: Object.keys(data).filter((key) => key !== 'phoneCipher') },
        });
        return tx.member.findUniqueOrThrow({ ...query, where: { id: member.id } });
      });
    },
  }),
}));
