import {
  type CalendarDate,
  checkLeadQualification,
  checkStudioName,
  checkStudioStatusChange,
  compareDates,
  missedEvaluationYears,
} from '@gonghui/domain';
import { organizationForAction, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { ruleViolation, validationFailure } from '../../honor/domain-records.js';
import { studioForAction } from '../../innovation/access.js';
import { innovationConfigFor } from '../../innovation/config-records.js';
import { studioWhere } from '../../innovation/filters.js';
import { isPublicAward, leadAwardFor, leadAwardSelect } from '../../innovation/lead-award.js';
import { studioById } from '../../innovation/studio-read.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import { CreateStudioInput } from './create-studio-input.js';
import { StudioFilter } from './studio-filter.js';
import { StudioLeadRef } from './studio-lead.js';
import { StudioLevelEnum } from './studio-level.js';
import { StudioStatusEnum } from './studio-status.js';

export const InnovationStudioRef = builder.prismaObject('InnovationStudio', {
  description: '劳模和工匠人才创新工作室: public. The lead is shown by their public profile only.',
  fields: (t) => ({
    id: t.id({ resolve: (studio) => encodeGlobalId('InnovationStudio', studio.id) }),
    name: t.exposeString('name'),
    level: t.expose('level', { type: StudioLevelEnum }),
    status: t.expose('status', { type: StudioStatusEnum }),
    statusSince: t.expose('statusSince', { type: 'Date' }),
    hostEmployerName: t.exposeString('hostEmployerName', { description: '依托单位.' }),
    industryChain: t.exposeString('industryChain', { description: '产业链.' }),
    regionCode: t.exposeString('regionCode', { description: 'GB/T 2260 code.' }),
    foundedOn: t.expose('foundedOn', { type: 'Date' }),
    description: t.exposeString('description', { nullable: true }),
    stars: t.exposeInt('stars', {
      nullable: true,
      description: 'The rating of the latest evaluated year; null before the first.',
    }),
    organizationId: t.id({
      description: 'The registering union’s global id.',
      resolve: (studio) => encodeGlobalId('Organization', studio.organizationId),
    }),
    lead: t.field({
      type: StudioLeadRef,
      select: { leadAward: { select: leadAwardSelect } },
      resolve: (studio) => ({
        name: studio.leadName,
        honorCodes: studio.leadHonorCodes,
        skillLevel: studio.leadSkillLevel,
        publicAwardId:
          studio.leadAward && isPublicAward(studio.leadAward) ? studio.leadAward.id : null,
      }),
    }),
    members: t.relation('members', {
      description: 'Current members (not left), by joining date.',
      query: { where: { leftOn: null }, orderBy: [{ joinedOn: 'asc' }, { id: 'asc' }] },
    }),
    ratings: t.relation('ratings', {
      description: '评定记录: every year’s rating, newest first.',
      query: { orderBy: { year: 'desc' } },
    }),
    statusChanges: t.relation('statusChanges', {
      query: { orderBy: [{ changedOn: 'asc' }, { createdAt: 'asc' }] },
    }),
    alliances: t.relation('alliances', {
      description: 'Alliance memberships, current and past, newest first.',
      query: { orderBy: [{ joinedOn: 'desc' }, { id: 'asc' }] },
    }),
    results: t.relation('results', {
      description: 'Results credited to the studio, newest first (at most 100).',
      // The id settles results registered in the same transaction (same createdAt).
      query: { orderBy: [{ year: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }], take: 100 },
    }),
    missedEvaluationYears: t.intList({
      description:
        'Years whose evaluation is overdue (an active studio that missed its yearly evaluation is flagged).',
      select: { ratings: { select: { year: true } } },
      resolve: (studio) =>
        missedEvaluationYears({
          foundedOn: calendarDateOf(studio.foundedOn),
          status: studio.status,
          evaluatedYears: studio.ratings.map((rating) => rating.year),
          today: today(),
        }),
    }),
  }),
});

builder.queryFields((t) => ({
  studios: t.prismaConnection({
    type: 'InnovationStudio',
    cursor: 'id',
    description:
      '创新工作室名录: public. Highest level and most stars first; de-listed studios only when asked by status.',
    errors: { types: [ValidationError] },
    args: { filter: t.arg({ type: StudioFilter, required: false }) },
    totalCount: (_root, args) => prisma.innovationStudio.count({ where: studioWhere(args.filter) }),
    resolve: (query, _root, args) => {
      checkUuidCursors(args);
      return prisma.innovationStudio.findMany({
        ...query,
        where: studioWhere(args.filter),
        orderBy: [
          { level: 'asc' },
          { stars: { sort: 'desc', nulls: 'last' } },
          { name: 'asc' },
          { id: 'asc' },
        ],
      });
    },
  }),
  studio: t.prismaField({
    type: 'InnovationStudio',
    nullable: true,
    description: 'One studio (de-listed ones too: their record stays); null when unknown.',
    errors: { types: [ValidationError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args) => {
      const id = parseGlobalIdOf('InnovationStudio', args.id);
      // One statement when the selection allows it (the public page's); Prisma otherwise.
      const read = await studioById(query, id);
      if (read !== undefined) return read as never;
      return prisma.innovationStudio.findUnique({ ...query, where: { id } });
    },
  }),
}));

const studioErrors = () => ({
  types: [ValidationError, RuleViolationError, ForbiddenError, NotFoundError, UnauthenticatedError],
  directResult: true as const,
});

builder.mutationFields((t) => ({
  createStudio: t.prismaField({
    type: 'InnovationStudio',
    description: '登记创新工作室: needs innovation.manage at the registering union.',
    errors: studioErrors(),
    args: { input: t.arg({ type: CreateStudioInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const organization = await organizationForAction(
        viewer,
        'innovation.manage',
        input.organizationId,
        'input.organizationId',
      );
      if (organization.dissolvedOn) {
        throw new RuleViolationError('INNOVATION_ORGANIZATION_DISSOLVED', '该组织已撤销');
      }
      const name = checkStudioName(input.name, 'input.name');
      if (!name.ok) throw validationFailure(name.error);
      const foundedOn = input.foundedOn as CalendarDate;
      if (compareDates(foundedOn, today()) > 0) {
        throw ValidationError.of(
          'input.foundedOn',
          'INNOVATION_FOUNDED_IN_FUTURE',
          '成立日期不能晚于今天',
        );
      }
      const leadAward = input.leadHonoreeId
        ? await leadAwardFor(input.leadHonoreeId, input.leadName, 'input.leadHonoreeId')
        : null;
      const honorCodes = [
        ...new Set([...input.leadHonorCodes, ...(leadAward ? [leadAward.titleCode] : [])]),
      ]
        .map((code) => code.trim())
        .filter((code) => code !== '');
      const qualification = checkLeadQualification(
        { honorCodes, skillLevel: input.leadSkillLevel ?? null },
        (await innovationConfigFor(input.regionCode, today())).leadQualification,
        'input.leadHonorCodes',
      );
      if (!qualification.ok) throw ruleViolation(qualification.error);
      return prisma.$transaction(async (tx) => {
        const studio = await tx.innovationStudio.create({
          data: {
            organizationId: organization.id,
            lineageIds: organization.lineageIds,
            name: name.value,
            level: input.level,
            statusSince: dateColumn(foundedOn),
            hostEmployerName: input.hostEmployerName.trim(),
            industryChain: input.industryChain.trim(),
            regionCode: input.regionCode,
            foundedOn: dateColumn(foundedOn),
            description: input.description?.trim() || null,
            leadName: input.leadName.trim(),
            // Only what qualifies the lead is kept on the public profile.
            leadHonorCodes: qualification.value.flatMap((reason) =>
              reason.kind === 'HONOR' ? [reason.honorCode] : [],
            ),
            leadSkillLevel: input.leadSkillLevel ?? null,
            leadAwardId: leadAward?.id ?? null,
            createdByStaffId: viewer.staffId,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'innovation.studio.create',
          targetType: 'InnovationStudio',
          targetId: studio.id,
          organizationId: organization.id,
          lineageIds: organization.lineageIds,
          after: { name: studio.name, level: studio.level, leadAwardId: studio.leadAwardId },
        });
        return tx.innovationStudio.findUniqueOrThrow({ ...query, where: { id: studio.id } });
      });
    },
  }),
  changeStudioStatus: t.prismaField({
    type: 'InnovationStudio',
    description:
      '暂停、恢复、摘牌: a dated status change with its reason (innovation.review); de-listing is final.',
    errors: studioErrors(),
    args: {
      studioId: t.arg.id({ required: true }),
      status: t.arg({ type: StudioStatusEnum, required: true }),
      changedOn: t.arg({ type: 'Date', required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      if (args.reason.length > 500) {
        throw ValidationError.of('reason', 'INNOVATION_REASON_TOO_LONG', '理由最多 500 个字');
      }
      const studio = await studioForAction(viewer, 'innovation.review', args.studioId, 'studioId');
      const changedOn = args.changedOn as CalendarDate;
      if (compareDates(changedOn, today()) > 0) {
        throw ValidationError.of('changedOn', 'INNOVATION_DATE_IN_FUTURE', '日期不能晚于今天');
      }
      const checked = checkStudioStatusChange(
        { status: studio.status, since: calendarDateOf(studio.statusSince) },
        args.status,
        changedOn,
        args.reason,
      );
      if (!checked.ok) throw ruleViolation(checked.error, { on: 'changedOn' });
      return prisma.$transaction(async (tx) => {
        const updated = await tx.innovationStudio.updateMany({
          where: { id: studio.id, status: studio.status },
          data: { status: checked.value.to, statusSince: dateColumn(changedOn) },
        });
        if (updated.count !== 1) {
          throw new RuleViolationError(
            'INNOVATION_STUDIO_CHANGED',
            '该工作室刚被他人变更，请刷新后重试',
          );
        }
        await tx.innovationStudioStatusChange.create({
          data: {
            studioId: studio.id,
            fromStatus: checked.value.from,
            toStatus: checked.value.to,
            changedOn: dateColumn(changedOn),
            reason: checked.value.reason,
            staffId: viewer.staffId,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'innovation.studio.status',
          targetType: 'InnovationStudio',
          targetId: studio.id,
          organizationId: studio.organizationId,
          lineageIds: studio.lineageIds,
          before: { status: studio.status },
          after: { status: checked.value.to, on: changedOn },
          reason: checked.value.reason,
        });
        return tx.innovationStudio.findUniqueOrThrow({ ...query, where: { id: studio.id } });
      });
    },
  }),
}));
