import {
  type AidApplicationMove,
  type AidGrantPeriod,
  type AidGrantRecord,
  aidMovesFor,
  aidNoticeLine,
  approversNeeded,
  type CalendarDate,
  can,
  checkAidApplicationMove,
  checkNoDoubleDipping,
  compareDates,
  type Fen,
  grantPeriodOf,
  grantSlotKey,
  isAidNoticeRunning,
  isWithinSubtree,
  maskPersonName,
  overlappingAid,
  parseMobilePhone,
  parseResidentIdNumber,
  planAidNotice,
  type ResidentIdNumber,
} from '@gonghui/domain';
import {
  entitlementForApplication,
  openEntitlement,
  sealEntitlement,
} from '../../aid/application-entitlement.js';
import {
  aidActorOf,
  aidRuleViolation,
  applicationFacts,
  applicationVisibility,
  noticeOfApplication,
  personKeyOf,
  recordApplicationChange,
  sealApplicant,
  workflowSettingsOf,
} from '../../aid/application-records.js';
import { fileForAction } from '../../aid/hardship-access.js';
import { openHousehold } from '../../aid/hardship-records.js';
import { organizationForAction, requireStaff } from '../../auth/access.js';
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
  type ValidationIssue,
} from '../../errors.js';
import type { AidApplication } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { checkUuidCursors, encodeGlobalId, parseGlobalIdOf } from '../../global-id.js';
import { idNumberIndexOf } from '../../member/sealed-identity.js';
import { dateColumn, today } from '../../shared-dates.js';
import {
  AidApplicationFilter,
  AidApplicationMoveEnum,
  AidApplicationStateEnum,
  AidNoticeLineRef,
  AidOverlapWarningRef,
  type NoticeLineShape,
  SubmitAidApplicationInput,
} from './application-types.js';
import './budget.js';
import { AidEntitlementRef } from './entitlement.js';
import { programVisibility, visibleProgram } from './program.js';

/**
 * One union-name query per request tick for a whole list of applications (instead of one per
 * row): the names asked for while a page's rows resolve are collected and read together.
 */
type NameWaiter = { resolve: (name: string) => void; reject: (error: unknown) => void };
const unionNameBatches = new WeakMap<object, Map<string, NameWaiter[]>>();

function batchedUnionName(context: object, id: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let batch = unionNameBatches.get(context);
    if (!batch) {
      const fresh = new Map<string, NameWaiter[]>();
      batch = fresh;
      unionNameBatches.set(context, fresh);
      setImmediate(() => {
        unionNameBatches.delete(context);
        unionNames([...fresh.keys()]).then(
          (names) => {
            for (const [key, waiting] of fresh) {
              for (const waiter of waiting) waiter.resolve(names.get(key) ?? '');
            }
          },
          (error: unknown) => {
            for (const waiting of fresh.values())
              for (const waiter of waiting) waiter.reject(error);
          },
        );
      });
    }
    batch.set(id, [...(batch.get(id) ?? []), { resolve, reject }]);
  });
}

async function unionNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await prisma.organization.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The overlapping aid of an application's household, across programs and unions. */
async function overlapsOf(application: Pick<AidApplication, 'id' | 'householdKeys'>) {
  const others = await prisma.aidApplication.findMany({
    where: { householdKeys: { hasSome: application.householdKeys }, id: { not: application.id } },
    select: {
      applicantName: true,
      idNumberIndex: true,
      organizationId: true,
      period: true,
      state: true,
      requestedFen: true,
      approvedFen: true,
      programId: true,
      program: { select: { name: true } },
    },
  });
  const names = await unionNames(others.map((other) => other.organizationId));
  const records: AidGrantRecord[] = others.map((other) => ({
    programId: other.programId,
    programName: other.program.name,
    unionName: names.get(other.organizationId) ?? '',
    personKey: other.idNumberIndex,
    maskedName: maskPersonName(other.applicantName),
    period: other.period,
    state: other.state,
    amount: Number(other.approvedFen ?? other.requestedFen) as Fen,
  }));
  // A household member's own application counts too (its applicant is in our household).
  return overlappingAid(application.householdKeys, records);
}

async function currentApprovals(application: Pick<AidApplication, 'id' | 'round'>) {
  const rows = await prisma.aidApproval.findMany({
    where: { applicationId: application.id, round: application.round },
    orderBy: { createdAt: 'asc' },
    select: { staffId: true },
  });
  return rows.map((row) => row.staffId);
}

export const AidApplicationRef = builder.prismaObject('AidApplication', {
  description:
    '救助申请. Staff with aid.read within the applicant union’s subtree. The ID number and phone are masked.',
  select: { id: true, lineageIds: true },
  authScopes: (application, context) =>
    context.viewer.kind === 'staff' &&
    can(context.viewer.assignments, 'aid.read', application.lineageIds),
  fields: (t) => ({
    id: t.id({ resolve: (a) => encodeGlobalId('AidApplication', a.id) }),
    program: t.relation('program'),
    budget: t.relation('budget'),
    organizationId: t.id({
      select: { organizationId: true },
      resolve: (a) => encodeGlobalId('Organization', a.organizationId),
    }),
    unionName: t.string({
      select: { organizationId: true },
      resolve: (a, _args, context) => batchedUnionName(context, a.organizationId),
    }),
    applicantName: t.exposeString('applicantName'),
    idNumberMasked: t.exposeString('idNumberMasked'),
    phoneMasked: t.exposeString('phoneMasked', { nullable: true }),
    householdSize: t.exposeInt('householdSize'),
    period: t.exposeString('period'),
    state: t.expose('state', { type: AidApplicationStateEnum }),
    requestedFen: t.field({
      type: 'Fen',
      select: { requestedFen: true },
      resolve: (a) => Number(a.requestedFen),
    }),
    approvedFen: t.field({
      type: 'Fen',
      nullable: true,
      select: { approvedFen: true },
      resolve: (a) => (a.approvedFen === null ? null : Number(a.approvedFen)),
    }),
    paidFen: t.field({ type: 'Fen', select: { paidFen: true }, resolve: (a) => Number(a.paidFen) }),
    hardshipFileId: t.id({
      nullable: true,
      description: 'The hardship file whose category the entitlement used.',
      select: { hardshipFileId: true },
      resolve: (a) => (a.hardshipFileId ? encodeGlobalId('HardshipFile', a.hardshipFileId) : null),
    }),
    entitlement: t.field({
      type: AidEntitlementRef,
      nullable: true,
      description:
        '测算结果: the entitlement computed on submission (breakdown, reasons, rule version) and any reduction. Null for applications keyed in before amounts were computed.',
      select: { entitlementCipher: true },
      resolve: (a) => (a.entitlementCipher ? openEntitlement(a.entitlementCipher) : null),
    }),
    explanation: t.field({
      type: 'JSON',
      description: '困难情况说明 and the entitlement’s explanation, as recorded.',
      select: { explanation: true },
      resolve: (a) => a.explanation,
    }),
    noticeStartsOn: t.expose('noticeStartsOn', { type: 'Date', nullable: true }),
    noticeEndsOn: t.expose('noticeEndsOn', { type: 'Date', nullable: true }),
    closingReason: t.exposeString('closingReason', { nullable: true }),
    consentGivenBy: t.exposeString('consentGivenBy'),
    consentGivenOn: t.expose('consentGivenOn', { type: 'Date' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    approvalsGiven: t.int({
      description: 'Approvals of the current round.',
      select: { id: true, round: true },
      resolve: async (a) => (await currentApprovals(a)).length,
    }),
    approvalsNeeded: t.int({
      description: '1, or 2 above the program’s threshold.',
      select: {
        requestedFen: true,
        approvedFen: true,
        program: { select: { secondApprovalAboveFen: true, publicNoticeRequired: true } },
      },
      resolve: (a) =>
        approversNeeded(
          Number(a.approvedFen ?? a.requestedFen) as Fen,
          workflowSettingsOf(a.program),
        ),
    }),
    availableMoves: t.field({
      type: [AidApplicationMoveEnum],
      description:
        'The moves the viewer may make now (permissions and 回避 included; DISBURSE via disburseAid).',
      select: {
        id: true,
        round: true,
        state: true,
        createdByStaffId: true,
        applicantStaffId: true,
        requestedFen: true,
        approvedFen: true,
        noticeStartsOn: true,
        noticeEndsOn: true,
        program: { select: { secondApprovalAboveFen: true, publicNoticeRequired: true } },
      },
      resolve: async (a, _args, context) => {
        if (context.viewer.kind !== 'staff') return [];
        return [
          ...aidMovesFor(
            applicationFacts(a, await currentApprovals(a)),
            aidActorOf(context.viewer, a.lineageIds),
            workflowSettingsOf(a.program),
            { today: today(), notice: noticeOfApplication(a) },
          ),
        ];
      },
    }),
    overlappingAid: t.field({
      type: [AidOverlapWarningRef],
      description: 'Overlapping aid of the household across programs and unions (warning).',
      select: { id: true, householdKeys: true },
      resolve: async (a) =>
        (await overlapsOf(a)).warnings.map((w) => ({
          maskedName: w.maskedName,
          programName: w.programName,
          unionName: w.unionName,
          period: w.period,
          amountFen: w.amount,
          message: w.message,
        })),
    }),
    overlappingAidTotalFen: t.field({
      type: 'Fen',
      select: { id: true, householdKeys: true },
      resolve: async (a) => (await overlapsOf(a)).total,
    }),
    budgetRemainingFen: t.field({
      type: 'Fen',
      select: { budget: { select: { remainingFen: true } } },
      resolve: (a) => Number(a.budget.remainingFen),
    }),
    history: t.relation('events', { query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
    disbursements: t.relation('disbursements', { query: { orderBy: { createdAt: 'asc' } } }),
  }),
});

builder.prismaObject('AidApplicationEvent', {
  description: 'One move of an application.',
  fields: (t) => ({
    action: t.exposeString('action'),
    fromState: t.expose('fromState', { type: AidApplicationStateEnum, nullable: true }),
    toState: t.expose('toState', { type: AidApplicationStateEnum }),
    reason: t.exposeString('reason', { nullable: true }),
    actorName: t.exposeString('actorName'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

type FilterInput = typeof AidApplicationFilter.$inferInput;

function applicationsWhere(viewer: StaffViewer, filter: FilterInput | null | undefined) {
  const conditions: Prisma.AidApplicationWhereInput[] = [applicationVisibility(viewer)];
  if (filter?.programId) {
    conditions.push({
      programId: parseGlobalIdOf('AidUnionProgram', filter.programId, 'filter.programId'),
    });
  }
  if (filter?.organizationId) {
    const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
    conditions.push({ lineageIds: { has: id } });
  }
  if (filter?.state?.length) conditions.push({ state: { in: filter.state } });
  const search = filter?.search?.trim();
  if (search) conditions.push({ applicantName: { contains: search } });
  return { AND: conditions };
}

async function visibleApplication(viewer: StaffViewer, globalId: string, field = 'id') {
  const application = await prisma.aidApplication.findFirst({
    where: {
      AND: [
        { id: parseGlobalIdOf('AidApplication', globalId, field) },
        applicationVisibility(viewer),
      ],
    },
    include: { program: true },
  });
  if (!application) throw new NotFoundError('救助申请');
  return application;
}

builder.queryFields((t) => ({
  aidApplications: t.prismaConnection({
    type: 'AidApplication',
    cursor: 'id',
    description:
      'Applications within the viewer’s aid.read subtrees (the caseworker queue), oldest first.',
    authScopes: { permission: 'aid.read' },
    errors: { types: [ValidationError, UnauthenticatedError, ForbiddenError] },
    args: { filter: t.arg({ type: AidApplicationFilter, required: false }) },
    totalCount: (_root, args, context) =>
      prisma.aidApplication.count({ where: applicationsWhere(requireStaff(context), args.filter) }),
    resolve: (query, _root, args, context) => {
      checkUuidCursors(args);
      return prisma.aidApplication.findMany({
        ...query,
        where: applicationsWhere(requireStaff(context), args.filter),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  aidApplication: t.prismaField({
    type: 'AidApplication',
    errors: { types: [ValidationError, NotFoundError, UnauthenticatedError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const application = await visibleApplication(requireStaff(context), args.id);
      return prisma.aidApplication.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  aidPublicNotice: t.field({
    type: [AidNoticeLineRef],
    description:
      '救助公示 of a program: the applications whose notice runs today, masked names only (for posting).',
    authScopes: { permission: 'aid.read' },
    errors: {
      types: [ValidationError, NotFoundError, UnauthenticatedError, ForbiddenError],
    },
    args: { programId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const program = await visibleProgram(viewer, args.programId, 'programId');
      const now = today();
      const rows = await prisma.aidApplication.findMany({
        where: {
          programId: program.id,
          noticeStartsOn: { not: null },
          state: { in: ['DISTRICT_REVIEWED', 'APPROVED'] },
        },
        orderBy: [{ noticeStartsOn: 'asc' }, { id: 'asc' }],
      });
      const names = await unionNames(rows.map((row) => row.organizationId));
      const lines: NoticeLineShape[] = [];
      for (const row of rows) {
        const notice = noticeOfApplication(row);
        if (!notice || !isAidNoticeRunning(notice, now)) continue;
        const line = aidNoticeLine({
          applicantName: row.applicantName,
          programName: program.name,
          unionName: names.get(row.organizationId) ?? '',
          amount: Number(row.approvedFen ?? row.requestedFen) as Fen,
          notice,
        });
        lines.push({
          applicationId: encodeGlobalId('AidApplication', row.id),
          maskedName: line.maskedName,
          programName: line.programName,
          unionName: line.unionName,
          amountFen: line.amount,
          startsOn: notice.startsOn,
          endsOn: notice.endsOn,
          text: line.text,
        });
      }
      return lines;
    },
  }),
}));

const mutationErrors = {
  types: [ValidationError, RuleViolationError, NotFoundError, ForbiddenError, UnauthenticatedError],
  directResult: true as const,
};

function duplicateGrant(message: string) {
  return new RuleViolationError('AID_DUPLICATE_GRANT', message, [
    { field: 'input.idNumber', rule: 'AID_DUPLICATE_GRANT', message },
  ]);
}

/** The union's region code (whose rules apply without a hardship file). */
async function regionOf(organizationId: string): Promise<string> {
  const row = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { regionCode: true },
  });
  return row.regionCode;
}

/**
 * The applicant's hardship file: one the viewer may process, in the applicant's union subtree,
 * still open (在档), with the applicant the worker or one of the household members.
 */
async function applicantFile(
  viewer: StaffViewer,
  globalId: string,
  unionId: string,
  idNumber: string,
) {
  const file = await fileForAction(viewer, globalId, 'input.hardshipFileId', 'aid.process');
  if (!isWithinSubtree(file.lineageIds, unionId)) {
    throw ValidationError.of(
      'input.hardshipFileId',
      'AID_FILE_OUTSIDE_UNION',
      '该困难职工档案不属于申请人所在工会',
    );
  }
  if (file.state !== 'ACTIVE') {
    throw ValidationError.of(
      'input.hardshipFileId',
      'AID_FILE_EXITED',
      '该困难职工档案已解困脱困，不能据此申请救助',
    );
  }
  const worker = await prisma.member.findUnique({
    where: { id: file.memberId },
    select: { idNumberIndex: true },
  });
  const household = openHousehold(file.householdCipher);
  if (
    worker?.idNumberIndex !== idNumberIndexOf(idNumber as ResidentIdNumber) &&
    !household.members.some((member) => member.idNumber === idNumber)
  ) {
    throw ValidationError.of(
      'input.idNumber',
      'AID_APPLICANT_NOT_IN_FILE',
      '申请人身份证号不在该困难职工档案的家庭成员中',
    );
  }
  return file;
}

async function submitApplication(
  context: Context,
  input: typeof SubmitAidApplicationInput.$inferInput,
) {
  const viewer = requireStaff(context);
  const now = today();
  // 1. Everything about the input, the consent first: nothing is stored without it.
  const issues: ValidationIssue[] = [];
  const givenBy = input.consent.givenBy.trim();
  if (givenBy === '' || givenBy.length > 50) {
    issues.push({
      field: 'input.consent.givenBy',
      rule: 'AID_CONSENT_MISSING',
      message: '须记录申请人同意处理其个人信息（同意人）',
    });
  }
  if (compareDates(input.consent.givenOn as CalendarDate, now) > 0) {
    issues.push({
      field: 'input.consent.givenOn',
      rule: 'AID_CONSENT_FUTURE',
      message: `同意日期 ${input.consent.givenOn} 晚于今天`,
    });
  }
  const name = input.applicantName.trim();
  if (name === '' || name.length > 50) {
    issues.push({
      field: 'input.applicantName',
      rule: 'AID_APPLICANT_NAME',
      message: '请填写申请人姓名（50 字以内）',
    });
  }
  const idNumber = parseResidentIdNumber(input.idNumber, 'input.idNumber', now);
  if (!idNumber.ok) issues.push(idNumber.error);
  const phone = input.phone?.trim() ? parseMobilePhone(input.phone, 'input.phone') : null;
  if (phone && !phone.ok) issues.push(phone.error);
  const household: string[] = [];
  for (const [index, text] of (input.householdIdNumbers ?? []).entries()) {
    const parsed = parseResidentIdNumber(text, `input.householdIdNumbers.${index}`, now);
    if (parsed.ok) household.push(parsed.value.idNumber);
    else issues.push(parsed.error);
  }
  const situation = input.situation.trim();
  if (situation === '' || situation.length > 2000) {
    issues.push({
      field: 'input.situation',
      rule: 'AID_SITUATION',
      message: '请填写困难情况说明（2000 字以内）',
    });
  }
  const keys = idNumber.ok
    ? [
        ...new Set([
          personKeyOf(idNumber.value.idNumber),
          ...household.map((n) => personKeyOf(n as never)),
        ]),
      ]
    : [];
  if (
    !Number.isInteger(input.householdSize) ||
    input.householdSize < Math.max(1, keys.length) ||
    input.householdSize > 30
  ) {
    issues.push({
      field: 'input.householdSize',
      rule: 'AID_HOUSEHOLD_SIZE',
      message: '家庭人口应不少于所列家庭成员人数，且不超过 30',
    });
  }
  const [first, ...rest] = issues;
  if (first) throw new ValidationError([first, ...rest]);
  if (!idNumber.ok) throw new Error('unreachable');

  // 2. Where: a program the viewer sees, a union within it where they may process aid.
  const program = await visibleProgram(viewer, input.programId, 'input.programId');
  const union = await organizationForAction(
    viewer,
    'aid.process',
    input.organizationId,
    'input.organizationId',
  );
  if (!isWithinSubtree(union.lineageIds, program.organizationId)) {
    throw ValidationError.of(
      'input.organizationId',
      'AID_UNION_OUTSIDE_PROGRAM',
      '申请人所在工会不在该项目的工会范围内',
    );
  }
  const year = Number(now.slice(0, 4));
  const budget = await prisma.aidBudget.findUnique({
    where: { programId_year: { programId: program.id, year } },
    select: { id: true },
  });
  if (!budget) {
    throw new RuleViolationError(
      'AID_BUDGET_MISSING',
      `「${program.name}」尚未建立 ${year} 年度预算`,
    );
  }
  let memberId = input.memberId
    ? parseGlobalIdOf('Member', input.memberId, 'input.memberId')
    : null;
  const file = input.hardshipFileId
    ? await applicantFile(viewer, input.hardshipFileId, union.id, idNumber.value.idNumber)
    : null;
  if (file) {
    if (memberId && memberId !== file.memberId) {
      throw ValidationError.of(
        'input.memberId',
        'AID_APPLICANT_NOT_IN_FILE',
        '所选会员与困难职工档案不是同一人',
      );
    }
    memberId = file.memberId;
  }
  if (memberId) {
    const member = await prisma.member.findFirst({
      where: { id: memberId, lineageIds: { has: union.id } },
      select: { id: true },
    });
    if (!member) throw new NotFoundError('会员');
  }

  // 3. One grant per person, program and period (the UNIQUE grant slot settles races).
  const personKey = personKeyOf(idNumber.value.idNumber);
  // 4. The amount: the program's entitlement under the rules in force today, or a reduction.
  const { amount, stored } = await entitlementForApplication({
    programKind: program.kind,
    file,
    regionCode: await regionOf(union.id),
    facts: input.facts ?? {},
    reduction: input.reduction
      ? { amount: input.reduction.amountFen, reason: input.reduction.reason }
      : null,
    personKey,
    date: now,
  });
  const period = grantPeriodOf(program.grantPeriod as AidGrantPeriod, now);
  const earlier = await prisma.aidApplication.findMany({
    where: { programId: program.id, idNumberIndex: personKey, period },
    select: { state: true, organizationId: true, requestedFen: true, approvedFen: true },
  });
  const names = await unionNames(earlier.map((e) => e.organizationId));
  const dipping = checkNoDoubleDipping(
    { programId: program.id, personKey, period },
    earlier.map((e) => ({
      programId: program.id,
      programName: program.name,
      unionName: names.get(e.organizationId) ?? '',
      personKey,
      maskedName: maskPersonName(name),
      period,
      state: e.state,
      amount: Number(e.approvedFen ?? e.requestedFen) as Fen,
    })),
  );
  if (!dipping.ok) throw duplicateGrant(dipping.error[0]?.message ?? '重复申请');

  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.aidApplication.create({
        data: {
          programId: program.id,
          budgetId: budget.id,
          organizationId: union.id,
          lineageIds: union.lineageIds,
          memberId,
          applicantName: name,
          ...sealApplicant(idNumber.value.idNumber, phone?.ok ? phone.value : null),
          householdKeys: keys,
          householdSize: input.householdSize,
          period,
          grantSlot: grantSlotKey(program.id, personKey, period, 'SUBMITTED'),
          requestedFen: BigInt(amount.amount),
          hardshipFileId: file?.id ?? null,
          entitlementFen: BigInt(amount.entitlement),
          ruleVersion: stored.ruleVersion,
          entitlementCipher: sealEntitlement(stored),
          explanation: { situation },
          consentGivenBy: givenBy,
          consentGivenOn: dateColumn(input.consent.givenOn),
          consentRecordedBy: viewer.staffId,
          createdByStaffId: viewer.staffId,
        },
      });
      await recordApplicationChange(tx, viewer, {
        application: created,
        action: 'SUBMIT',
        fromState: null,
        toState: 'SUBMITTED',
        after: {
          state: 'SUBMITTED',
          programId: program.id,
          period,
          requestedFen: amount.amount,
          entitlementFen: amount.entitlement,
          reductionFen: amount.reduction,
          ruleVersion: stored.ruleVersion,
          consent: true,
        },
      });
      return created.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw duplicateGrant(
        `${maskPersonName(name)} 在「${program.name}」${period} 已有申请，同一人同一项目同一期只能救助一次`,
      );
    }
    throw error;
  }
}

async function moveApplication(
  context: Context,
  args: { id: string; move: AidApplicationMove; reason?: string | null },
) {
  const viewer = requireStaff(context);
  const application = await visibleApplication(viewer, args.id);
  const approvals = await currentApprovals(application);
  const now = today();
  const settings = workflowSettingsOf(application.program);
  const checked = checkAidApplicationMove(
    applicationFacts(application, approvals),
    args.move,
    aidActorOf(viewer, application.lineageIds),
    settings,
    { today: now, reason: args.reason ?? null, notice: noticeOfApplication(application) },
  );
  if (!checked.ok) throw aidRuleViolation(checked.error);
  const outcome = checked.value;
  const reason = args.reason?.trim() || null;
  const data: Prisma.AidApplicationUpdateManyMutationInput = { state: outcome.state };
  const after: Record<string, string | number | null> = { state: outcome.state };
  if (args.move === 'DISTRICT_REVIEW' && application.program.publicNoticeRequired) {
    const notice = planAidNotice(now, application.program.noticeDays);
    data.noticeStartsOn = dateColumn(notice.startsOn);
    data.noticeEndsOn = dateColumn(notice.endsOn);
    after.noticeStartsOn = notice.startsOn;
    after.noticeEndsOn = notice.endsOn;
  }
  if (args.move === 'APPROVE' && outcome.state === 'APPROVED') {
    data.approvedFen = application.requestedFen;
    after.approvedFen = Number(application.requestedFen);
  }
  if (args.move === 'RETURN') {
    data.round = { increment: 1 };
    data.closingReason = reason;
    data.noticeStartsOn = null;
    data.noticeEndsOn = null;
  }
  if (args.move === 'REJECT') {
    data.closingReason = reason;
    data.grantSlot = null;
  }
  await prisma.$transaction(async (tx) => {
    const updated = await tx.aidApplication.updateMany({
      where: { id: application.id, state: application.state, round: application.round },
      data,
    });
    if (updated.count !== 1) {
      throw new RuleViolationError('AID_APPLICATION_CHANGED', '该申请刚被他人办理，请刷新后重试');
    }
    if (outcome.approvalRecorded) {
      await tx.aidApproval.create({
        data: { applicationId: application.id, round: application.round, staffId: viewer.staffId },
      });
      after.approvalsStillNeeded = outcome.approvalsStillNeeded;
    }
    await recordApplicationChange(tx, viewer, {
      application,
      action: args.move,
      fromState: application.state,
      toState: outcome.state,
      reason,
      after,
    });
  });
  return application.id;
}

builder.mutationFields((t) => ({
  submitAidApplication: t.prismaField({
    type: 'AidApplication',
    description:
      '救助申请: needs the applicant’s consent (PIPL), aid.process at the applicant’s union, a budget for this year, and no other application of the same person in the same program and period.',
    errors: mutationErrors,
    args: { input: t.arg({ type: SubmitAidApplicationInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const id = await submitApplication(context, input);
      return prisma.aidApplication.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  moveAidApplication: t.prismaField({
    type: 'AidApplication',
    description:
      'One workflow move, checked by the domain (permissions at the application’s union, no self-review, two approvers above the threshold, notice). DISBURSE is refused here: use disburseAid.',
    errors: mutationErrors,
    args: {
      id: t.arg.id({ required: true }),
      move: t.arg({ type: AidApplicationMoveEnum, required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, args, context) => {
      if (args.reason && args.reason.length > 500) {
        throw ValidationError.of('reason', 'AID_REASON_TOO_LONG', '理由最多 500 个字');
      }
      const id = await moveApplication(context, args);
      return prisma.aidApplication.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

export { programVisibility };
