import {
  type CalendarDate,
  can,
  checkHardshipExit,
  checkHardshipReentry,
  HARDSHIP_FILE_RULES,
  type HardshipClassification,
  nextReviewDue,
  reviewHardshipFile,
} from '@gonghui/domain';
import {
  assessHousehold,
  fileForAction,
  fileVisibility,
  memberForFile,
} from '../../aid/hardship-access.js';
import {
  maskedMember,
  notQualifying,
  openHousehold,
  sealAssessment,
  sealHousehold,
} from '../../aid/hardship-records.js';
import { requirePermissionOn, requireStaff } from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { HardshipFile, HardshipFileEventType } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { validationFailure } from '../../honor/domain-records.js';
import { calendarDateOf, dateColumn, today } from '../../shared-dates.js';
import { HardshipCategoryEnum } from './hardship-category.js';
import { HardshipCauseEnum } from './hardship-cause.js';
import { HardshipConsentInput } from './hardship-consent-input.js';
import { ExitHardshipFileInput } from './hardship-exit-input.js';
import { HardshipExitReasonEnum } from './hardship-exit-reason.js';
import { CreateHardshipFileInput } from './hardship-file-input.js';
import { HardshipFileStateEnum } from './hardship-file-state.js';
import { HardshipFileFilter } from './hardship-filter.js';
import { HardshipHouseholdInput, householdRecordOf } from './hardship-household-input.js';
import { HardshipHouseholdMemberRef } from './hardship-household-member.js';
import './hardship-file-event.js';

export const HardshipFileRef = builder.prismaNode('HardshipFile', {
  description:
    '困难职工档案. Staff with aid.read over the worker’s union. Household details (names, ID numbers, health, incomes) are sealed: lists show masked members only; revealHardshipFile shows the rest, logged with a reason.',
  id: { field: 'id' },
  select: { lineageIds: true },
  authScopes: (file, context) =>
    context.viewer.kind === 'staff' && can(context.viewer.assignments, 'aid.read', file.lineageIds),
  fields: (t) => ({
    memberId: t.id({
      select: { memberId: true },
      resolve: (file) => encodeGlobalId('Member', file.memberId),
    }),
    workerName: t.exposeString('workerName'),
    organizationId: t.id({
      select: { organizationId: true },
      resolve: (file) => encodeGlobalId('Organization', file.organizationId),
    }),
    organizationName: t.string({
      select: { organizationId: true },
      resolve: async (file) =>
        (
          await prisma.organization.findUniqueOrThrow({
            where: { id: file.organizationId },
            select: { name: true },
          })
        ).name,
    }),
    regionCode: t.exposeString('regionCode'),
    state: t.expose('state', { type: HardshipFileStateEnum }),
    category: t.expose('category', { type: HardshipCategoryEnum }),
    causes: t.field({
      type: [HardshipCauseEnum],
      select: { causes: true },
      resolve: (file) => file.causes as never[],
    }),
    isModelWorker: t.exposeBoolean('isModelWorker', { description: '困难劳模.' }),
    householdSize: t.exposeInt('householdSize'),
    household: t.field({
      type: [HardshipHouseholdMemberRef],
      description: 'The household, masked.',
      select: { householdCipher: true },
      resolve: (file) => openHousehold(file.householdCipher).members.map(maskedMember),
    }),
    ruleVersion: t.exposeString('ruleVersion'),
    assessedOn: t.expose('assessedOn', { type: 'Date' }),
    registeredOn: t.expose('registeredOn', { type: 'Date' }),
    lastReviewedOn: t.expose('lastReviewedOn', { type: 'Date' }),
    nextReviewDue: t.expose('nextReviewDue', { type: 'Date' }),
    reviewDue: t.boolean({
      description: 'Active, and the yearly review is due today or overdue.',
      select: { state: true, nextReviewDue: true },
      resolve: (file) => file.state === 'ACTIVE' && calendarDateOf(file.nextReviewDue) <= today(),
    }),
    exitedOn: t.expose('exitedOn', { type: 'Date', nullable: true }),
    exitReason: t.field({
      type: HardshipExitReasonEnum,
      nullable: true,
      select: { exitReason: true },
      resolve: (file) => (file.exitReason as never) ?? null,
    }),
    exitNote: t.exposeString('exitNote', { nullable: true }),
    consentGivenBy: t.exposeString('consentGivenBy'),
    consentGivenOn: t.expose('consentGivenOn', { type: 'Date' }),
    history: t.relation('events', {
      description: 'Newest first.',
      query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

type FilterInput = typeof HardshipFileFilter.$inferInput;

function filesWhere(viewer: StaffViewer, filter: FilterInput | null | undefined) {
  const conditions: Prisma.HardshipFileWhereInput[] = [fileVisibility(viewer)];
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  if (filter?.state) conditions.push({ state: filter.state });
  if (filter?.category?.length) conditions.push({ category: { in: filter.category } });
  if (filter?.reviewDue === true) {
    conditions.push({ state: 'ACTIVE', nextReviewDue: { lte: dateColumn(today()) } });
  }
  if (filter?.reviewDue === false) {
    conditions.push({ NOT: { state: 'ACTIVE', nextReviewDue: { lte: dateColumn(today()) } } });
  }
  if (typeof filter?.isModelWorker === 'boolean') {
    conditions.push({ isModelWorker: filter.isModelWorker });
  }
  if (filter?.search?.trim()) conditions.push({ workerName: { contains: filter.search.trim() } });
  if (filter?.exitedFrom) conditions.push({ exitedOn: { gte: dateColumn(filter.exitedFrom) } });
  if (filter?.exitedTo) conditions.push({ exitedOn: { lte: dateColumn(filter.exitedTo) } });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  hardshipFiles: t.prismaConnection({
    type: 'HardshipFile',
    cursor: 'id',
    description:
      '困难职工档案 within the viewer’s aid.read subtrees; the review list is reviewDue: true (oldest due first).',
    authScopes: { permission: 'aid.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { filter: t.arg({ type: HardshipFileFilter, required: false }) },
    totalCount: (_root, args, context) =>
      prisma.hardshipFile.count({ where: filesWhere(requireStaff(context), args.filter) }),
    resolve: (query, _root, args, context) => {
      checkUuidCursors(args);
      const viewer = requireStaff(context);
      return prisma.hardshipFile.findMany({
        ...query,
        where: filesWhere(viewer, args.filter),
        orderBy: args.filter?.reviewDue
          ? [{ nextReviewDue: 'asc' }, { id: 'asc' }]
          : [{ updatedAt: 'desc' }, { id: 'asc' }],
      });
    },
  }),
  hardshipFile: t.prismaField({
    type: 'HardshipFile',
    description: 'One file the viewer sees.',
    errors: {
      types: [ValidationError, NotFoundError, ForbiddenError, UnauthenticatedError],
      directResult: true,
    },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const file = await fileForAction(viewer, args.id, 'id', 'aid.read');
      return prisma.hardshipFile.findUniqueOrThrow({ ...query, where: { id: file.id } });
    },
  }),
}));

const fileErrors = () => ({
  types: [ValidationError, RuleViolationError, ForbiddenError, NotFoundError, UnauthenticatedError],
  directResult: true as const,
});

/** What an audit row may say about a file: never its personal figures. */
function auditFacts(file: Pick<HardshipFile, 'category' | 'state' | 'householdSize'>) {
  return { category: file.category, state: file.state, householdSize: file.householdSize };
}

interface EventInput {
  type: HardshipFileEventType;
  date: CalendarDate;
  fromCategory: HardshipFile['category'] | null;
  toCategory: HardshipFile['category'] | null;
  classification?: HardshipClassification;
  exitReason?: string | null;
  note?: string | null;
}

async function recordEvent(
  tx: Prisma.TransactionClient,
  viewer: StaffViewer,
  file: Pick<HardshipFile, 'id' | 'organizationId' | 'lineageIds'>,
  event: EventInput,
  audit: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue; reason?: string },
) {
  await tx.hardshipFileEvent.create({
    data: {
      fileId: file.id,
      lineageIds: file.lineageIds,
      type: event.type,
      date: dateColumn(event.date),
      fromCategory: event.fromCategory,
      toCategory: event.toCategory,
      ruleVersion: event.classification?.ruleVersion ?? null,
      assessmentCipher: event.classification ? sealAssessment(event.classification) : null,
      exitReason: event.exitReason ?? null,
      note: event.note ?? null,
      actorStaffId: viewer.staffId,
    },
  });
  await writeAudit(tx, viewer, {
    action: `aid.hardship.${event.type.toLowerCase()}`,
    targetType: 'HardshipFile',
    targetId: file.id,
    organizationId: file.organizationId,
    lineageIds: file.lineageIds,
    ...audit,
  });
}

/** A conditional update that found the file changed meanwhile (state or version). */
function staleFile(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
    throw new RuleViolationError(HARDSHIP_FILE_RULES.NOT_ACTIVE, '档案已被他人修改，请刷新后重试');
  }
  throw error;
}

function checkConsent(consent: { givenBy: string; givenOn: string }, now: CalendarDate) {
  const givenBy = consent.givenBy.trim();
  if (givenBy === '' || givenBy.length > 50) {
    throw ValidationError.of(
      'input.consent.givenBy',
      'AID_FILE_CONSENT_GIVER',
      '请填写同意人（职工本人或监护人，最多 50 个字）',
    );
  }
  if (consent.givenOn > now) {
    throw ValidationError.of(
      'input.consent.givenOn',
      'AID_FILE_CONSENT_DATE',
      '同意日期不能晚于今天',
    );
  }
  return { givenBy, givenOn: consent.givenOn as CalendarDate };
}

async function reloadFile(
  tx: Prisma.TransactionClient,
  query: { select?: Prisma.HardshipFileSelect; include?: Prisma.HardshipFileInclude },
  id: string,
) {
  return tx.hardshipFile.findUniqueOrThrow({ ...query, where: { id } });
}

builder.mutationFields((t) => ({
  createHardshipFile: t.prismaField({
    type: 'HardshipFile',
    description:
      '建档: classifies the member’s household under today’s rules and stores it sealed. Needs aid.process at the member’s union and the worker’s consent (PIPL); a household that does not qualify is refused with the reasons.',
    errors: fileErrors(),
    args: { input: t.arg({ type: CreateHardshipFileInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const viewer = requireStaff(context);
      const member = await memberForFile(viewer, input.memberId, 'input.memberId');
      const now = today();
      const consent = checkConsent(input.consent, now);
      const { record, causes } = householdRecordOf(input.household, 'input.household');
      const assessed = await assessHousehold(member, record, now, 'input.household');
      if (assessed.classification.category === 'NONE') {
        throw notQualifying(assessed.classification, HARDSHIP_FILE_RULES.NOT_QUALIFYING);
      }
      if (await prisma.hardshipFile.findUnique({ where: { memberId: member.id } })) {
        throw new RuleViolationError(
          'AID_FILE_EXISTS',
          '该会员已有困难职工档案，请更新、复核或重新纳入该档案',
        );
      }
      try {
        return await prisma.$transaction(async (tx) => {
          const file = await tx.hardshipFile.create({
            data: {
              memberId: member.id,
              organizationId: member.organizationId,
              lineageIds: member.lineageIds,
              workerName: member.name,
              regionCode: member.organization.regionCode,
              category: assessed.classification.category,
              causes,
              isModelWorker: assessed.isModelWorker,
              householdSize: record.members.length,
              householdCipher: sealHousehold(assessed.record),
              assessmentCipher: sealAssessment(assessed.classification),
              ruleVersion: assessed.classification.ruleVersion,
              assessedOn: dateColumn(now),
              registeredOn: dateColumn(now),
              lastReviewedOn: dateColumn(now),
              nextReviewDue: dateColumn(nextReviewDue(now)),
              consentGivenBy: consent.givenBy,
              consentGivenOn: dateColumn(consent.givenOn),
              consentRecordedBy: viewer.staffId,
              createdByStaffId: viewer.staffId,
            },
          });
          await recordEvent(
            tx,
            viewer,
            file,
            {
              type: 'REGISTERED',
              date: now,
              fromCategory: null,
              toCategory: file.category,
              classification: assessed.classification,
            },
            {
              after: {
                ...auditFacts(file),
                ruleVersion: file.ruleVersion,
                consentGivenOn: consent.givenOn,
              },
            },
          );
          return reloadFile(tx, query, file.id);
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw new RuleViolationError('AID_FILE_EXISTS', '该会员已有困难职工档案');
        }
        throw error;
      }
    },
  }),
  updateHardshipFile: t.prismaField({
    type: 'HardshipFile',
    description:
      '更新档案: replaces the household of an active file and re-classifies it under today’s rules. A household that no longer qualifies must go through the yearly review or an exit.',
    errors: fileErrors(),
    args: {
      id: t.arg.id({ required: true }),
      household: t.arg({ type: HardshipHouseholdInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const file = await fileForAction(viewer, args.id, 'id', 'aid.process');
      if (file.state !== 'ACTIVE') {
        throw new RuleViolationError(
          HARDSHIP_FILE_RULES.NOT_ACTIVE,
          '档案已解困脱困，请先重新纳入',
        );
      }
      const member = await memberForFile(viewer, encodeGlobalId('Member', file.memberId), 'id');
      const now = today();
      const { record, causes } = householdRecordOf(args.household, 'household');
      const assessed = await assessHousehold(member, record, now, 'household');
      if (assessed.classification.category === 'NONE') {
        throw new RuleViolationError(
          HARDSHIP_FILE_RULES.NOT_QUALIFYING,
          '按新的家庭情况已不符合认定条件，请通过年度复核或解困脱困办理',
          assessed.classification.reasons.map((message) => ({
            field: 'household',
            rule: HARDSHIP_FILE_RULES.NOT_QUALIFYING,
            message,
          })),
        );
      }
      return prisma
        .$transaction(async (tx) => {
          const updated = await tx.hardshipFile.update({
            where: { id: file.id, state: 'ACTIVE', updatedAt: file.updatedAt },
            data: {
              organizationId: member.organizationId,
              lineageIds: member.lineageIds,
              regionCode: member.organization.regionCode,
              category: assessed.classification.category,
              causes,
              isModelWorker: assessed.isModelWorker,
              householdSize: record.members.length,
              householdCipher: sealHousehold(assessed.record),
              assessmentCipher: sealAssessment(assessed.classification),
              ruleVersion: assessed.classification.ruleVersion,
              assessedOn: dateColumn(now),
            },
          });
          await recordEvent(
            tx,
            viewer,
            updated,
            {
              type: 'UPDATED',
              date: now,
              fromCategory: file.category,
              toCategory: updated.category,
              classification: assessed.classification,
            },
            {
              before: auditFacts(file),
              after: { ...auditFacts(updated), ruleVersion: updated.ruleVersion },
            },
          );
          return reloadFile(tx, query, file.id);
        })
        .catch(staleFile);
    },
  }),
  reviewHardshipFile: t.prismaField({
    type: 'HardshipFile',
    description:
      '年度复核: re-classifies the household under today’s rules. The file keeps or changes its category; a household that no longer qualifies exits (解困脱困), which needs aid.approve.',
    errors: fileErrors(),
    args: {
      id: t.arg.id({ required: true }),
      household: t.arg({ type: HardshipHouseholdInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const file = await fileForAction(viewer, args.id, 'id', 'aid.process');
      const member = await memberForFile(viewer, encodeGlobalId('Member', file.memberId), 'id');
      const now = today();
      const { record, causes } = householdRecordOf(args.household, 'household');
      const assessed = await assessHousehold(member, record, now, 'household');
      const outcome = reviewHardshipFile(
        {
          state: file.state,
          category: file.category,
          lastReviewedOn: calendarDateOf(file.lastReviewedOn),
        },
        now,
        assessed.classification,
      );
      if (!outcome.ok) throw new RuleViolationError(outcome.error.rule, outcome.error.message);
      const exiting = outcome.value.action === 'EXIT';
      if (exiting) requirePermissionOn(viewer, 'aid.approve', file.lineageIds, '困难职工档案');
      return prisma
        .$transaction(async (tx) => {
          const updated = await tx.hardshipFile.update({
            where: { id: file.id, state: 'ACTIVE', updatedAt: file.updatedAt },
            data: {
              organizationId: member.organizationId,
              lineageIds: member.lineageIds,
              regionCode: member.organization.regionCode,
              category: assessed.classification.category,
              causes,
              isModelWorker: assessed.isModelWorker,
              householdSize: record.members.length,
              householdCipher: sealHousehold(assessed.record),
              assessmentCipher: sealAssessment(assessed.classification),
              ruleVersion: assessed.classification.ruleVersion,
              assessedOn: dateColumn(now),
              lastReviewedOn: dateColumn(now),
              nextReviewDue: dateColumn(nextReviewDue(now)),
              ...(exiting
                ? {
                    state: 'EXITED' as const,
                    exitedOn: dateColumn(now),
                    exitReason: outcome.value.exitReason,
                    exitNote: outcome.value.message,
                  }
                : {}),
            },
          });
          await recordEvent(
            tx,
            viewer,
            updated,
            {
              type: 'REVIEWED',
              date: now,
              fromCategory: file.category,
              toCategory: updated.category,
              classification: assessed.classification,
              note: outcome.value.message,
            },
            {
              before: auditFacts(file),
              after: { ...auditFacts(updated), ruleVersion: updated.ruleVersion },
            },
          );
          if (exiting) {
            await recordEvent(
              tx,
              viewer,
              updated,
              {
                type: 'EXITED',
                date: now,
                fromCategory: file.category,
                toCategory: null,
                exitReason: outcome.value.exitReason,
                note: outcome.value.message,
              },
              {
                before: auditFacts(file),
                after: { state: 'EXITED', exitReason: outcome.value.exitReason },
              },
            );
          }
          return reloadFile(tx, query, file.id);
        })
        .catch(staleFile);
    },
  }),
  exitHardshipFile: t.prismaField({
    type: 'HardshipFile',
    description: '解困脱困: closes an active file with a date and a reason (aid.approve).',
    errors: fileErrors(),
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: ExitHardshipFileInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      const viewer = requireStaff(context);
      const file = await fileForAction(viewer, id, 'id', 'aid.approve');
      const note = input.note?.trim() || null;
      if (note && note.length > 500) {
        throw ValidationError.of('input.note', 'AID_FILE_TEXT_TOO_LONG', '说明最多 500 个字');
      }
      const checked = checkHardshipExit(
        { state: file.state, registeredOn: calendarDateOf(file.registeredOn) },
        { exitedOn: input.exitedOn as CalendarDate, reason: input.reason, note },
        today(),
      );
      if (!checked.ok) {
        if (checked.error.rule === HARDSHIP_FILE_RULES.NOT_ACTIVE) {
          throw new RuleViolationError(checked.error.rule, checked.error.message);
        }
        throw validationFailure(checked.error, { exitedOn: 'input.exitedOn', note: 'input.note' });
      }
      return prisma
        .$transaction(async (tx) => {
          const updated = await tx.hardshipFile.update({
            where: { id: file.id, state: 'ACTIVE', updatedAt: file.updatedAt },
            data: {
              state: 'EXITED',
              exitedOn: dateColumn(input.exitedOn),
              exitReason: input.reason,
              exitNote: note,
            },
          });
          await recordEvent(
            tx,
            viewer,
            updated,
            {
              type: 'EXITED',
              date: input.exitedOn as CalendarDate,
              fromCategory: file.category,
              toCategory: null,
              exitReason: input.reason,
              note,
            },
            {
              before: auditFacts(file),
              after: { state: 'EXITED', exitedOn: input.exitedOn, exitReason: input.reason },
            },
          );
          return reloadFile(tx, query, file.id);
        })
        .catch(staleFile);
    },
  }),
  reenterHardshipFile: t.prismaField({
    type: 'HardshipFile',
    description:
      '重新纳入: reopens an exited file when the household falls back into hardship (classified under today’s rules), with a fresh consent.',
    errors: fileErrors(),
    args: {
      id: t.arg.id({ required: true }),
      household: t.arg({ type: HardshipHouseholdInput, required: true }),
      consent: t.arg({ type: HardshipConsentInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const file = await fileForAction(viewer, args.id, 'id', 'aid.process');
      const member = await memberForFile(viewer, encodeGlobalId('Member', file.memberId), 'id');
      const now = today();
      const consent = checkConsent(args.consent, now);
      const { record, causes } = householdRecordOf(args.household, 'household');
      const assessed = await assessHousehold(member, record, now, 'household');
      const checked = checkHardshipReentry(
        { state: file.state, exitedOn: file.exitedOn ? calendarDateOf(file.exitedOn) : null },
        now,
        assessed.classification,
      );
      if (!checked.ok) {
        if (checked.error.rule === HARDSHIP_FILE_RULES.NOT_QUALIFYING) {
          throw notQualifying(assessed.classification, checked.error.rule);
        }
        throw new RuleViolationError(checked.error.rule, checked.error.message);
      }
      return prisma
        .$transaction(async (tx) => {
          const updated = await tx.hardshipFile.update({
            where: { id: file.id, state: 'EXITED', updatedAt: file.updatedAt },
            data: {
              state: 'ACTIVE',
              organizationId: member.organizationId,
              lineageIds: member.lineageIds,
              regionCode: member.organization.regionCode,
              category: assessed.classification.category,
              causes,
              isModelWorker: assessed.isModelWorker,
              householdSize: record.members.length,
              householdCipher: sealHousehold(assessed.record),
              assessmentCipher: sealAssessment(assessed.classification),
              ruleVersion: assessed.classification.ruleVersion,
              assessedOn: dateColumn(now),
              lastReviewedOn: dateColumn(now),
              nextReviewDue: dateColumn(nextReviewDue(now)),
              exitedOn: null,
              exitReason: null,
              exitNote: null,
              consentGivenBy: consent.givenBy,
              consentGivenOn: dateColumn(consent.givenOn),
              consentRecordedBy: viewer.staffId,
            },
          });
          await recordEvent(
            tx,
            viewer,
            updated,
            {
              type: 'REENTERED',
              date: now,
              fromCategory: null,
              toCategory: updated.category,
              classification: assessed.classification,
            },
            {
              before: auditFacts(file),
              after: { ...auditFacts(updated), ruleVersion: updated.ruleVersion },
            },
          );
          return reloadFile(tx, query, file.id);
        })
        .catch(staleFile);
    },
  }),
}));
