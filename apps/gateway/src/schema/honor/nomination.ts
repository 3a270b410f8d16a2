import {
  availableNominationMoves,
  CONSENT_SCOPES,
  can,
  checkNominationMove,
  findHonorTitle,
  isWithinSubtree,
  type NominationMoveContext,
  planPublicNotice,
  publicProfileScopes,
} from '@gonghui/domain';
import {
  organizationForAction,
  requirePermissionOn,
  requireStaff,
  withinScopes,
} from '../../auth/access.js';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { campaignVisibility, honorActor, nominationVisibility } from '../../honor/access.js';
import { honorCalendar, honorCatalogue } from '../../honor/catalogue.js';
import { newCertificateCode } from '../../honor/certificate-code.js';
import {
  consentOf,
  nominationFacts,
  noticeOf,
  objectionOf,
  ruleViolation,
} from '../../honor/domain-records.js';
import { recordNominationChange } from '../../honor/history.js';
import { invalidatePublicHonorReads } from '../../honor/public-read-cache.js';
import { visibleNomination } from '../../honor/visible-nomination.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import './honor-campaign.js';
import { HonorConsentRef } from './honor-consent.js';
import { HonorSubjectEnum } from './honor-subject.js';
import { NominateInput } from './nominate-input.js';
import './nomination-event.js';
import { NominationFilter } from './nomination-filter.js';
import { NominationMoveEnum } from './nomination-move.js';
import { NominationStateEnum } from './nomination-state.js';
import './objection.js';
import { SexEnum } from '../member/member.js';
import { UpdateNominationInput } from './update-nomination-input.js';

export const NominationRef = builder.prismaObject('HonorNomination', {
  name: 'Nomination',
  description: '推荐: one nominee of one campaign. Staff only, within their honor.read subtrees.',
  select: { id: true, lineageIds: true },
  authScopes: (nomination, context) =>
    context.viewer.kind === 'staff' &&
    can(context.viewer.assignments, 'honor.read', nomination.lineageIds),
  fields: (t) => ({
    id: t.id({ resolve: (nomination) => encodeGlobalId('Nomination', nomination.id) }),
    campaign: t.relation('campaign'),
    organizationId: t.id({
      description: 'The nominating union’s global id.',
      select: { organizationId: true },
      resolve: (nomination) => encodeGlobalId('Organization', nomination.organizationId),
    }),
    nominatingUnionName: t.string({
      select: { organization: { select: { name: true } } },
      resolve: (nomination) => nomination.organization.name,
    }),
    memberId: t.id({
      nullable: true,
      description: 'The member nominated, when the nominee is one.',
      select: { memberId: true },
      resolve: (nomination) =>
        nomination.memberId ? encodeGlobalId('Member', nomination.memberId) : null,
    }),
    subject: t.expose('subject', { type: HonorSubjectEnum }),
    name: t.exposeString('name'),
    sex: t.expose('sex', { type: SexEnum, nullable: true }),
    employerName: t.exposeString('employerName'),
    regionCode: t.exposeString('regionCode'),
    industry: t.exposeString('industry', { nullable: true }),
    photoUrl: t.exposeString('photoUrl', { nullable: true }),
    citation: t.exposeString('citation'),
    categories: t.exposeStringList('categories'),
    state: t.expose('state', { type: NominationStateEnum }),
    availableMoves: t.field({
      type: [NominationMoveEnum],
      description: 'The moves the workflow allows from the current state (permissions aside).',
      select: { state: true },
      resolve: (nomination) => [...availableNominationMoves(nomination.state)],
    }),
    noticeStartsOn: t.expose('noticeStartsOn', { type: 'Date', nullable: true }),
    noticeEndsOn: t.expose('noticeEndsOn', { type: 'Date', nullable: true }),
    closingReason: t.exposeString('closingReason', {
      nullable: true,
      description: 'Reason of the rejection, withdrawal or revocation.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    objections: t.relation('objections', {
      query: { orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] },
    }),
    consent: t.field({
      type: HonorConsentRef,
      nullable: true,
      description: 'The consent in force (the latest recorded).',
      select: { consents: { orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }], take: 1 } },
      resolve: (nomination) => nomination.consents[0] ?? null,
    }),
    history: t.relation('events', {
      description: 'Oldest first.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    certificateCode: t.string({
      nullable: true,
      description: 'The award’s verification code, once published.',
      select: { award: { select: { certificateCode: true } } },
      resolve: (nomination) => nomination.award?.certificateCode ?? null,
    }),
    awardRevokedAt: t.field({
      type: 'DateTime',
      nullable: true,
      select: { award: { select: { revokedAt: true } } },
      resolve: (nomination) => nomination.award?.revokedAt ?? null,
    }),
  }),
});

interface NominationFilterInput {
  campaignId?: string | null;
  organizationId?: string | null;
  state?: (typeof NominationStateEnum.$inferType)[] | null;
  search?: string | null;
}

function nominationsWhere(
  viewer: StaffViewer,
  filter: NominationFilterInput | null | undefined,
): Prisma.HonorNominationWhereInput {
  const conditions: Prisma.HonorNominationWhereInput[] = [nominationVisibility(viewer)];
  if (filter?.campaignId) {
    conditions.push({
      campaignId: parseGlobalIdOf('HonorCampaign', filter.campaignId, 'filter.campaignId'),
    });
  }
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  if (filter?.state?.length) conditions.push({ state: { in: filter.state } });
  const search = filter?.search?.trim();
  if (search) {
    conditions.push({
      OR: [{ name: { contains: search } }, { employerName: { contains: search } }],
    });
  }
  return { AND: conditions };
}

builder.queryFields((t) => ({
  nominations: t.prismaConnection({
    type: 'HonorNomination',
    cursor: 'id',
    description: 'Nominations within the viewer’s honor.read subtrees, oldest first.',
    authScopes: { permission: 'honor.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { filter: t.arg({ type: NominationFilter, required: false }) },
    totalCount: (_root, args, context) =>
      prisma.honorNomination.count({ where: nominationsWhere(requireStaff(context), args.filter) }),
    resolve: (query, _root, args, context) => {
      checkUuidCursors(args);
      return prisma.honorNomination.findMany({
        ...query,
        where: nominationsWhere(requireStaff(context), args.filter),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  nomination: t.prismaField({
    type: 'HonorNomination',
    description: 'One nomination the viewer sees.',
    errors: { types: [ValidationError, NotFoundError, UnauthenticatedError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const nomination = await prisma.honorNomination.findFirst({
        ...query,
        where: {
          AND: [{ id: parseGlobalIdOf('Nomination', args.id) }, nominationVisibility(viewer)],
        },
      });
      if (!nomination) throw new NotFoundError('推荐');
      return nomination;
    },
  }),
}));

const nominationErrors = () => ({
  types: [ValidationError, RuleViolationError, ForbiddenError, NotFoundError, UnauthenticatedError],
  directResult: true as const,
});

function refuseDraftOnly(state: string) {
  if (state !== 'DRAFT') {
    throw new RuleViolationError(
      'HONOR_NOMINATION_NOT_DRAFT',
      '推荐已报送，不能再修改材料；如需修改请先撤回',
    );
  }
}

async function nominate(context: Context, input: typeof NominateInput.$inferInput) {
  const viewer = requireStaff(context);
  const campaignId = parseGlobalIdOf('HonorCampaign', input.campaignId, 'input.campaignId');
  const campaign = await prisma.honorCampaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignVisibility(viewer)] },
  });
  if (!campaign) throw new NotFoundError('评选活动');
  const title = findHonorTitle(honorCatalogue, campaign.titleCode);
  if (!title) throw new Error(`campaign ${campaign.id} has an unknown title`);
  const union = await organizationForAction(
    viewer,
    'honor.nominate',
    input.organizationId ?? encodeGlobalId('Organization', campaign.organizationId),
    'input.organizationId',
  );
  if (!isWithinSubtree(union.lineageIds, campaign.organizationId)) {
    throw ValidationError.of(
      'input.organizationId',
      'HONOR_NOMINATING_UNION_OUTSIDE_CAMPAIGN',
      '推荐单位不在该评选活动的组织范围内',
    );
  }
  const hasMember = Boolean(input.memberId);
  if (hasMember === Boolean(input.person)) {
    throw ValidationError.of(
      'input.memberId',
      'HONOR_NOMINEE_EXACTLY_ONE',
      '请选择一名会员，或填写被推荐人信息（二者选一）',
    );
  }
  let nominee: Omit<
    Prisma.HonorNominationUncheckedCreateInput,
    'campaignId' | 'organizationId' | 'lineageIds' | 'subject' | 'citation' | 'nominatedByStaffId'
  >;
  if (input.memberId) {
    if (title.subject !== 'PERSON') {
      throw ValidationError.of(
        'input.memberId',
        'HONOR_MEMBER_FOR_PERSON_TITLE',
        `「${title.name}」授予${title.subject === 'COLLECTIVE' ? '集体' : '单位'}，不能推荐个人会员`,
      );
    }
    const memberId = parseGlobalIdOf('Member', input.memberId, 'input.memberId');
    const member = await prisma.member.findFirst({
      where: { AND: [{ id: memberId }, withinScopes(viewer, 'member.read')] },
      select: {
        id: true,
        name: true,
        sex: true,
        status: true,
        employerName: true,
        lineageIds: true,
        organization: {
          select: { name: true, employerName: true, regionCode: true, industry: true },
        },
      },
    });
    if (!member) throw new NotFoundError('会员');
    if (!isWithinSubtree(member.lineageIds, union.id)) {
      throw ValidationError.of(
        'input.memberId',
        'HONOR_NOMINEE_OUTSIDE_UNION',
        '该会员不属于推荐单位',
      );
    }
    const already = await prisma.honorNomination.findFirst({
      where: {
        campaignId: campaign.id,
        memberId: member.id,
        state: { notIn: ['REJECTED', 'WITHDRAWN', 'REVOKED'] },
      },
      select: { id: true },
    });
    if (already) {
      throw ValidationError.of(
        'input.memberId',
        'HONOR_NOMINEE_ALREADY_NOMINATED',
        '该会员已在本次评选中被推荐',
      );
    }
    nominee = {
      memberId: member.id,
      name: member.name,
      sex: member.sex,
      employerName:
        member.employerName ?? member.organization.employerName ?? member.organization.name,
      regionCode: member.organization.regionCode,
      industry: input.industry?.trim() || member.organization.industry,
      photoUrl: input.photoUrl?.trim() || null,
    };
  } else {
    const person = input.person as NonNullable<typeof input.person>;
    nominee = {
      memberId: null,
      name: person.name.trim(),
      sex: title.subject === 'PERSON' ? (person.sex ?? null) : null,
      employerName: person.employerName.trim(),
      regionCode: person.regionCode.trim(),
      industry: person.industry?.trim() || null,
      photoUrl: person.photoUrl?.trim() || null,
    };
  }
  return prisma.$transaction(async (tx) => {
    const created = await tx.honorNomination.create({
      data: {
        ...nominee,
        campaignId: campaign.id,
        organizationId: union.id,
        lineageIds: union.lineageIds,
        subject: title.subject,
        citation: input.citation.trim(),
        categories: [...new Set(input.categories)],
        nominatedByStaffId: viewer.staffId,
      },
    });
    await recordNominationChange(tx, viewer, {
      nomination: created,
      action: 'CREATE',
      fromState: null,
      toState: created.state,
      audit: {
        after: {
          state: created.state,
          campaignId: campaign.id,
          memberLinked: created.memberId !== null,
          categories: created.categories,
        },
      },
    });
    return created.id;
  });
}

/** The data a move writes besides the new state. */
function moveData(
  move: typeof NominationMoveEnum.$inferType,
  viewer: StaffViewer,
  context: NominationMoveContext,
): Prisma.HonorNominationUpdateManyMutationInput {
  switch (move) {
    case 'SUBMIT':
      return { submittedByStaffId: viewer.staffId };
    case 'START_NOTICE':
      return context.notice
        ? {
            noticeStartsOn: dateColumn(context.notice.startsOn),
            noticeEndsOn: dateColumn(context.notice.endsOn),
          }
        : {};
    case 'REJECT':
    case 'WITHDRAW':
    case 'REVOKE':
      return { closingReason: context.reason?.trim() || null };
    default:
      return {};
  }
}

async function moveNomination(
  context: Context,
  args: { id: string; move: typeof NominationMoveEnum.$inferType; reason?: string | null },
) {
  const viewer = requireStaff(context);
  const nomination = await visibleNomination(viewer, args.id, 'id');
  const [objections, consent] = await Promise.all([
    prisma.honorObjection.findMany({ where: { nominationId: nomination.id } }),
    prisma.honorConsent.findFirst({
      where: { nominationId: nomination.id },
      orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
    }),
  ]);
  const now = today();
  let notice = noticeOf(nomination);
  if (args.move === 'START_NOTICE') {
    const planned = planPublicNotice(now, honorCalendar, nomination.campaign.noticeWorkingDays);
    if (!planned.ok) throw ruleViolation(planned.error, { startsOn: 'move' });
    notice = planned.value;
  }
  const moveContext: NominationMoveContext = {
    today: now,
    notice,
    objections: objections.map(objectionOf),
    consent: consentOf(consent),
    reason: args.reason ?? null,
    nominationDeadline: calendarDateOf(nomination.campaign.nominationDeadline),
  };
  const actor = honorActor(viewer, nomination.campaign.lineageIds, nomination.lineageIds);
  const checked = checkNominationMove(nominationFacts(nomination), args.move, actor, moveContext);
  if (!checked.ok) throw ruleViolation(checked.error);
  const to = checked.value;
  const reason = args.reason?.trim() || null;
  await prisma.$transaction(async (tx) => {
    const updated = await tx.honorNomination.updateMany({
      where: { id: nomination.id, state: nomination.state },
      data: { state: to, ...moveData(args.move, viewer, moveContext) },
    });
    if (updated.count !== 1) {
      throw new RuleViolationError('HONOR_NOMINATION_CHANGED', '该推荐刚被他人办理，请刷新后重试');
    }
    const after: Record<string, string> = { state: to };
    if (args.move === 'PUBLISH') {
      const title = findHonorTitle(honorCatalogue, nomination.campaign.titleCode);
      if (!title) throw new Error(`campaign ${nomination.campaign.id} has an unknown title`);
      const award = await tx.honorAward.create({
        data: {
          nominationId: nomination.id,
          campaignId: nomination.campaign.id,
          lineageIds: nomination.lineageIds,
          titleCode: title.code,
          titleName: title.name,
          level: title.level,
          subject: nomination.subject,
          year: nomination.campaign.year,
          name: nomination.name,
          employerName: nomination.employerName,
          regionCode: nomination.regionCode,
          industry: nomination.industry,
          citation: nomination.citation,
          photoUrl: nomination.photoUrl,
          // A person is shown as far as their consent allows; a team or an employer in full.
          publicScopes:
            nomination.subject === 'PERSON'
              ? [...publicProfileScopes(moveContext.consent, now)]
              : [...CONSENT_SCOPES],
          certificateCode: newCertificateCode(),
          publishedAt: new Date(),
        },
      });
      after.awardId = award.id;
    }
    if (args.move === 'REVOKE') {
      await tx.honorAward.update({
        where: { nominationId: nomination.id },
        data: { revokedAt: new Date(), revokedReason: reason },
      });
    }
    if (args.move === 'START_NOTICE' && notice) {
      after.noticeStartsOn = notice.startsOn;
      after.noticeEndsOn = notice.endsOn;
    }
    await recordNominationChange(tx, viewer, {
      nomination,
      action: args.move,
      fromState: nomination.state,
      toState: to,
      reason,
      audit: { before: { state: nomination.state }, after },
    });
  });
  // The public roll shows awards: drop its cached answers once the change has committed.
  if (args.move === 'PUBLISH' || args.move === 'REVOKE') invalidatePublicHonorReads();
  return nomination.id;
}

builder.mutationFields((t) => ({
  nominate: t.prismaField({
    type: 'HonorNomination',
    description:
      '推荐: a DRAFT nomination of a member (public fields copied, never the ID number) or of a new person; needs honor.nominate at the nominating union.',
    errors: nominationErrors(),
    args: { input: t.arg({ type: NominateInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const id = await nominate(context, input);
      return prisma.honorNomination.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateNomination: t.prismaField({
    type: 'HonorNomination',
    description: 'Corrects a DRAFT nomination’s public fields, citation and categories.',
    errors: nominationErrors(),
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateNominationInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      const viewer = requireStaff(context);
      const nomination = await visibleNomination(viewer, id, 'id');
      requirePermissionOn(viewer, 'honor.nominate', nomination.lineageIds, '推荐');
      refuseDraftOnly(nomination.state);
      const data: Prisma.HonorNominationUpdateManyMutationInput = {};
      if (input.name != null) data.name = input.name.trim();
      if (input.sex != null && nomination.subject === 'PERSON') data.sex = input.sex;
      if (input.employerName != null) data.employerName = input.employerName.trim();
      if (input.regionCode != null) data.regionCode = input.regionCode.trim();
      if (input.industry !== undefined) data.industry = input.industry?.trim() || null;
      if (input.photoUrl !== undefined) data.photoUrl = input.photoUrl?.trim() || null;
      if (input.citation != null) data.citation = input.citation.trim();
      if (input.categories != null) data.categories = [...new Set(input.categories)];
      await prisma.$transaction(async (tx) => {
        const updated = await tx.honorNomination.updateMany({
          where: { id: nomination.id, state: 'DRAFT' },
          data,
        });
        if (updated.count !== 1) refuseDraftOnly('CHANGED');
        await recordNominationChange(tx, viewer, {
          nomination,
          action: 'UPDATE',
          fromState: nomination.state,
          toState: nomination.state,
          audit: { after: { fields: Object.keys(data) } },
        });
      });
      return prisma.honorNomination.findUniqueOrThrow({ ...query, where: { id: nomination.id } });
    },
  }),
  moveNomination: t.prismaField({
    type: 'HonorNomination',
    description:
      'One workflow move, checked by the domain (permissions at the organising or nominating union, no self-approval, notice, objections, consent). PUBLISH creates the award and its certificate code; REVOKE takes it off the public roll at once.',
    errors: nominationErrors(),
    args: {
      id: t.arg.id({ required: true }),
      move: t.arg({ type: NominationMoveEnum, required: true }),
      reason: t.arg.string({
        required: false,
        description: 'Required for REJECT and REVOKE.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      if (args.reason && args.reason.length > 500) {
        throw ValidationError.of('reason', 'HONOR_REASON_TOO_LONG', '理由最多 500 个字');
      }
      const id = await moveNomination(context, args);
      return prisma.honorNomination.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
