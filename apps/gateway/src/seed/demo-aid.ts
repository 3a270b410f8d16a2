import {
  addYears,
  allocationEntries,
  type CalendarDate,
  classifyHardship,
  computeEntitlement,
  disbursementEntries,
  type EntitlementFacts,
  type Fen,
  formatYuan,
  grantSlotKey,
  type HardshipCause,
  type HardshipExitReason,
  type HouseholdFacts,
  NATIONAL_DEFAULT_RULE_SET,
  type ResidentIdNumber,
  resolveHardshipRules,
  type SchoolLevel,
} from '@gonghui/domain';
import { sealEntitlement } from '../aid/application-entitlement.js';
import { personKeyOf, sealApplicant } from '../aid/application-records.js';
import { payloadHashOf } from '../aid/disbursement-service.js';
import type { HouseholdMemberRecord } from '../aid/hardship-records.js';
import { sealAssessment, sealHousehold } from '../aid/hardship-records.js';
import { decryptPersonalData } from '../auth/personal-data-crypto.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * Demo data of 帮扶救助 in 廊坊 (issue 8): eight invented households of members of
 * 中国石油管道局工程有限公司工会 (广阳区) classified by the domain under the national default
 * rules (廊坊 has no override: the 低保 line of 800 元 a month), one of them helped out of
 * hardship in 2026; three programs of 廊坊市总工会 with their 2026 budgets (冬送温暖 without a
 * notice, 金秋助学 with a 5-day notice, 医疗救助); ten applications in every state, their
 * amounts computed by the domain from the files' categories; four of them paid, each a balanced
 * ledger transaction beside the budgets' allocations. Names and figures are invented.
 */

type MemberRow = Prisma.MemberCreateManyInput & { id: string };
type OrganizationRow = { id: string; regionCode: string; lineageIds?: unknown };

const yuan = (amount: number) => Math.round(amount * 100) as Fen;
const date = (text: string) => new Date(`${text}T00:00:00Z`);
const at = (text: string) => new Date(`${text}T02:00:00Z`);

const noExclusions = {
  homesOwned: 1,
  ownsBusiness: false,
  employsOthers: false,
  childAtHighFeePrivateSchool: false,
  childSelfFundedStudyAbroad: false,
  ownsNonEssentialVehicle: false,
  accident: null,
  migrantWorker: null,
};

const person = (
  name: string,
  relation: HouseholdMemberRecord['relation'],
  health: HouseholdMemberRecord['health'] = 'HEALTHY',
  extra: Partial<HouseholdMemberRecord> = {},
): HouseholdMemberRecord => ({
  name,
  relation,
  idNumber: null,
  health,
  occupation: null,
  schoolLevel: null,
  modelWorkerTitle: null,
  ...extra,
});

interface DemoFile {
  registeredOn: string;
  causes: HardshipCause[];
  relatives: HouseholdMemberRecord[];
  wage: number;
  medical?: number;
  situation: string;
  exit?: { on: string; reason: HardshipExitReason; note: string };
}

const FILES: DemoFile[] = [
  {
    registeredOn: '2026-03-10',
    causes: ['ILLNESS', 'EDUCATION'],
    relatives: [
      person('韩秀云', 'SPOUSE', 'SERIOUS_ILLNESS'),
      person('韩雨萱', 'CHILD', 'HEALTHY', { schoolLevel: 'UNDERGRADUATE' }),
    ],
    wage: 24_000,
    medical: 3_000,
    situation: '配偶患尿毒症长期透析，女儿就读大学。',
  },
  {
    registeredOn: '2026-04-02',
    causes: ['LOW_WAGE'],
    relatives: [
      person('邵桂英', 'SPOUSE', 'HEALTHY', { occupation: '无固定工作' }),
      person('邵子涵', 'CHILD', 'HEALTHY', { schoolLevel: 'JUNIOR_SECONDARY' }),
      person('邵德明', 'PARENT', 'CHRONIC_ILLNESS'),
    ],
    wage: 48_000,
    situation: '一人收入供养四口之家，父亲患慢性病。',
  },
  {
    registeredOn: '2026-04-18',
    causes: ['DISABILITY', 'EDUCATION'],
    relatives: [
      person('龚丽', 'SPOUSE', 'DISABLED'),
      person('龚浩然', 'CHILD', 'HEALTHY', { schoolLevel: 'SENIOR_SECONDARY' }),
    ],
    wage: 20_000,
    medical: 2_000,
    situation: '配偶二级残疾，儿子就读高中。',
  },
  {
    registeredOn: '2026-05-06',
    causes: ['ILLNESS'],
    relatives: [person('钱春梅', 'SPOUSE', 'SERIOUS_ILLNESS')],
    wage: 18_000,
    situation: '配偶确诊恶性肿瘤，需长期治疗。',
  },
  {
    registeredOn: '2026-05-20',
    causes: ['LOW_WAGE'],
    relatives: [
      person('姚娟', 'SPOUSE', 'HEALTHY', { occupation: '临时工' }),
      person('姚欣怡', 'CHILD', 'HEALTHY', { schoolLevel: 'PRIMARY' }),
    ],
    wage: 45_000,
    situation: '配偶打零工，收入不稳定。',
  },
  {
    registeredOn: '2026-06-11',
    causes: ['SINGLE_PARENT'],
    relatives: [person('汤宇航', 'CHILD', 'HEALTHY', { schoolLevel: 'JUNIOR_SECONDARY' })],
    wage: 30_000,
    situation: '单亲家庭，独自抚养儿子。',
  },
  {
    registeredOn: '2026-07-01',
    causes: ['ILLNESS', 'UNEMPLOYMENT'],
    relatives: [
      person('薛艳', 'SPOUSE', 'CHRONIC_ILLNESS', { occupation: '失业' }),
      person('薛文博', 'CHILD', 'HEALTHY', { schoolLevel: 'PRIMARY' }),
      person('薛国庆', 'PARENT', 'DISABLED'),
    ],
    wage: 30_000,
    situation: '配偶失业且患慢性病，父亲残疾。',
  },
  {
    registeredOn: '2025-10-09',
    causes: ['UNEMPLOYMENT'],
    relatives: [person('段海燕', 'SPOUSE', 'HEALTHY', { occupation: '再就业' })],
    wage: 15_000,
    situation: '配偶下岗，家庭收入低。',
    exit: { on: '2026-09-30', reason: 'REEMPLOYED', note: '配偶再就业，家庭人均收入超过标准' },
  },
];

interface DemoProgram {
  key: string;
  kind: 'WINTER_RELIEF' | 'EDUCATION_AID' | 'MEDICAL_AID';
  name: string;
  notice: number;
  secondApprovalAbove: Fen;
  budget: Fen;
}

const PROGRAMS: DemoProgram[] = [
  {
    key: 'winter',
    kind: 'WINTER_RELIEF',
    name: '2026 年廊坊市冬送温暖',
    notice: 0,
    secondApprovalAbove: yuan(5_000),
    budget: yuan(200_000),
  },
  {
    key: 'school',
    kind: 'EDUCATION_AID',
    name: '2026 年廊坊市金秋助学',
    notice: 5,
    secondApprovalAbove: yuan(5_000),
    budget: yuan(150_000),
  },
  {
    key: 'medical',
    kind: 'MEDICAL_AID',
    name: '2026 年廊坊市职工医疗救助',
    notice: 0,
    secondApprovalAbove: yuan(10_000),
    budget: yuan(300_000),
  },
];

type State =
  | 'SUBMITTED'
  | 'GRASSROOTS_REVIEWED'
  | 'DISTRICT_REVIEWED'
  | 'APPROVED'
  | 'DISBURSED'
  | 'REJECTED';

interface DemoApplication {
  file: number;
  program: DemoProgram['key'];
  state: State;
  on: string;
  facts?: EntitlementFacts;
  reason?: string;
}

const APPLICATIONS: DemoApplication[] = [
  { file: 0, program: 'winter', state: 'DISBURSED', on: '2026-11-03' },
  { file: 1, program: 'winter', state: 'DISBURSED', on: '2026-11-04' },
  { file: 2, program: 'winter', state: 'APPROVED', on: '2026-11-10' },
  { file: 3, program: 'winter', state: 'DISTRICT_REVIEWED', on: '2026-11-12' },
  { file: 4, program: 'winter', state: 'GRASSROOTS_REVIEWED', on: '2026-11-18' },
  { file: 5, program: 'winter', state: 'SUBMITTED', on: '2026-11-24' },
  {
    file: 6,
    program: 'winter',
    state: 'REJECTED',
    on: '2026-11-05',
    reason: '经核实本年度已在企业工会领取同类慰问，不予重复救助',
  },
  {
    file: 0,
    program: 'school',
    state: 'DISBURSED',
    on: '2026-09-01',
    facts: { schoolLevel: 'UNDERGRADUATE' as SchoolLevel },
  },
  {
    file: 2,
    program: 'school',
    state: 'SUBMITTED',
    on: '2026-09-08',
    facts: { schoolLevel: 'SENIOR_SECONDARY' as SchoolLevel },
  },
  {
    file: 3,
    program: 'medical',
    state: 'DISBURSED',
    on: '2026-08-20',
    facts: {
      totalCostFen: yuan(68_000),
      insuranceReimbursedFen: yuan(41_000),
      otherReimbursedFen: 0,
    },
  },
];

/** The moves that led to a state, in order (the history rows of a seeded application). */
const PATH: Record<State, readonly [string, State][]> = {
  SUBMITTED: [['SUBMIT', 'SUBMITTED']],
  GRASSROOTS_REVIEWED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
  ],
  DISTRICT_REVIEWED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
    ['DISTRICT_REVIEW', 'DISTRICT_REVIEWED'],
  ],
  APPROVED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
    ['DISTRICT_REVIEW', 'DISTRICT_REVIEWED'],
    ['APPROVE', 'APPROVED'],
  ],
  DISBURSED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
    ['DISTRICT_REVIEW', 'DISTRICT_REVIEWED'],
    ['APPROVE', 'APPROVED'],
    ['DISBURSE', 'DISBURSED'],
  ],
  REJECTED: [
    ['SUBMIT', 'SUBMITTED'],
    ['REJECT', 'REJECTED'],
  ],
};

/** The demo aid rows of 廊坊 (empty when the union or its members are missing). */
export function demoAidRows(
  organizations: readonly OrganizationRow[],
  members: readonly MemberRow[],
  seedUuid: (key: string) => string,
) {
  const empty = {
    files: [] as Prisma.HardshipFileCreateManyInput[],
    fileEvents: [] as Prisma.HardshipFileEventCreateManyInput[],
    programs: [] as Prisma.AidUnionProgramCreateManyInput[],
    budgets: [] as Prisma.AidBudgetCreateManyInput[],
    applications: [] as Prisma.AidApplicationCreateManyInput[],
    events: [] as Prisma.AidApplicationEventCreateManyInput[],
    approvals: [] as Prisma.AidApprovalCreateManyInput[],
    disbursements: [] as Prisma.AidDisbursementCreateManyInput[],
    transactions: [] as Prisma.AidLedgerTransactionCreateManyInput[],
    entries: [] as Prisma.AidLedgerEntryCreateManyInput[],
  };
  const city = organizations.find((o) => o.id === seedUuid('langfang'));
  const union = organizations.find((o) => o.id === seedUuid('langfang-guangyang-cppe'));
  const workers = members
    .filter(
      (m) => m.organizationId === union?.id && (m.status ?? 'ACTIVE') === 'ACTIVE' && !m.isMigrant,
    )
    .slice(0, FILES.length);
  if (!city || !union || workers.length < FILES.length) return empty;
  const out = empty;
  const caseworker = seedUuid('staff:langfang.caseworker');
  const reviewer = seedUuid('staff:guangyang.caseworker');
  const approver = seedUuid('staff:langfang.admin');
  const names: Record<string, string> = {
    [caseworker]: '冯雪梅',
    [reviewer]: '田志刚',
    [approver]: '孙立华',
  };
  const rulesOn = (day: string) => {
    const resolved = resolveHardshipRules(
      [NATIONAL_DEFAULT_RULE_SET],
      union.regionCode,
      day as CalendarDate,
    );
    if (!resolved.ok) throw new Error(resolved.error.message);
    return resolved.value;
  };

  // Hardship files.
  const categories = FILES.map((demo, index) => {
    const worker = workers[index] as MemberRow;
    const rules = rulesOn(demo.registeredOn);
    const householdMembers = [
      person(worker.name, 'SELF', 'HEALTHY', { occupation: '管道工程施工' }),
      ...demo.relatives,
    ];
    const facts: HouseholdFacts = {
      ...noExclusions,
      size: householdMembers.length,
      incomes: [{ kind: 'WAGE', annualAmount: yuan(demo.wage) }],
      expenditures: demo.medical ? [{ kind: 'MEDICAL', annualAmount: yuan(demo.medical) }] : [],
    };
    const classification = classifyHardship(facts, rules);
    if (!classification.ok) throw new Error(classification.error.message);
    const category = classification.value.category;
    const id = seedUuid(`langfang-hardship-file:${index}`);
    const lineageIds = worker.lineageIds as string[];
    out.files.push({
      id,
      memberId: worker.id,
      organizationId: union.id,
      lineageIds,
      workerName: worker.name,
      regionCode: union.regionCode,
      state: demo.exit ? 'EXITED' : 'ACTIVE',
      category,
      causes: demo.causes,
      isModelWorker: false,
      householdSize: householdMembers.length,
      householdCipher: sealHousehold({
        members: householdMembers,
        facts,
        documents: ['收入证明'],
        situation: demo.situation,
      }),
      assessmentCipher: sealAssessment(classification.value),
      ruleVersion: classification.value.ruleVersion,
      assessedOn: date(demo.registeredOn),
      registeredOn: date(demo.registeredOn),
      lastReviewedOn: date(demo.registeredOn),
      nextReviewDue: date(addYears(demo.registeredOn as CalendarDate, 1)),
      exitedOn: demo.exit ? date(demo.exit.on) : null,
      exitReason: demo.exit?.reason ?? null,
      exitNote: demo.exit?.note ?? null,
      consentGivenBy: worker.name,
      consentGivenOn: date(demo.registeredOn),
      consentRecordedBy: caseworker,
      createdByStaffId: caseworker,
    });
    out.fileEvents.push({
      id: seedUuid(`langfang-hardship-file:${index}:registered`),
      fileId: id,
      lineageIds,
      type: 'REGISTERED',
      date: date(demo.registeredOn),
      toCategory: category,
      ruleVersion: classification.value.ruleVersion,
      assessmentCipher: sealAssessment(classification.value),
      actorStaffId: caseworker,
      createdAt: at(demo.registeredOn),
    });
    if (demo.exit) {
      out.fileEvents.push({
        id: seedUuid(`langfang-hardship-file:${index}:exited`),
        fileId: id,
        lineageIds,
        type: 'EXITED',
        date: date(demo.exit.on),
        fromCategory: category,
        exitReason: demo.exit.reason,
        note: demo.exit.note,
        actorStaffId: approver,
        createdAt: at(demo.exit.on),
      });
    }
    return category;
  });

  // Programs and their 2026 budgets (an allocation each from the city's union funds).
  const budgetLeft = new Map<string, number>();
  const programIds = new Map<string, string>();
  for (const program of PROGRAMS) {
    const id = seedUuid(`langfang-aid-program:${program.key}`);
    const budgetId = seedUuid(`langfang-aid-budget:${program.key}:2026`);
    programIds.set(program.key, id);
    out.programs.push({
      id,
      organizationId: city.id,
      lineageIds: city.lineageIds as string[],
      kind: program.kind,
      name: program.name,
      grantPeriod: 'YEAR',
      publicNoticeRequired: program.notice > 0,
      noticeDays: program.notice,
      secondApprovalAboveFen: BigInt(program.secondApprovalAbove),
      createdByStaffId: approver,
      createdAt: at('2026-01-15'),
    });
    budgetLeft.set(budgetId, program.budget);
    const transactionId = seedUuid(`langfang-aid-allocation:${program.key}`);
    out.transactions.push({
      id: transactionId,
      kind: 'ALLOCATION',
      organizationId: city.id,
      lineageIds: city.lineageIds as string[],
      budgetId,
      memo: `${program.name} 2026 年度预算 ${formatYuan(program.budget)} 元`,
      staffId: approver,
      createdAt: at('2026-01-20'),
    });
    const entries = allocationEntries(city.id, budgetId, program.budget);
    if (!entries.ok) throw new Error(entries.error[0]?.message);
    for (const entry of entries.value) {
      out.entries.push({
        transactionId,
        accountKind: entry.account.kind,
        accountRef: entry.account.ref,
        amountFen: BigInt(entry.amount),
      });
    }
  }

  // Applications, their history, approvals and payments.
  APPLICATIONS.forEach((demo, index) => {
    const program = PROGRAMS.find((p) => p.key === demo.program) as DemoProgram;
    const programId = programIds.get(program.key) as string;
    const budgetId = seedUuid(`langfang-aid-budget:${program.key}:2026`);
    const worker = workers[demo.file] as MemberRow;
    const idNumber = decryptPersonalData(
      worker.idNumberCipher,
      'member.idNumber',
    ) as ResidentIdNumber;
    const category = categories[demo.file] ?? 'NONE';
    const facts = demo.facts ?? {};
    const request =
      program.kind === 'WINTER_RELIEF'
        ? { program: program.kind, category }
        : program.kind === 'EDUCATION_AID'
          ? { program: program.kind, category, schoolLevel: facts.schoolLevel as SchoolLevel }
          : {
              program: program.kind,
              category,
              totalCost: facts.totalCostFen as Fen,
              insuranceReimbursed: facts.insuranceReimbursedFen as Fen,
              otherReimbursed: 0 as Fen,
              alreadyGrantedThisYear: 0 as Fen,
            };
    const entitlement = computeEntitlement(rulesOn(demo.on), request);
    if (!entitlement.ok || !entitlement.value.eligible) {
      throw new Error(`demo aid application ${index} is not entitled`);
    }
    const amount = entitlement.value.amount;
    const id = seedUuid(`langfang-aid-application:${index}`);
    const personKey = personKeyOf(idNumber);
    const paid = demo.state === 'DISBURSED';
    const approved = demo.state === 'APPROVED' || paid;
    out.applications.push({
      id,
      programId,
      budgetId,
      organizationId: union.id,
      lineageIds: union.lineageIds as string[],
      memberId: worker.id,
      applicantName: worker.name,
      ...sealApplicant(idNumber, null),
      householdKeys: [personKey],
      householdSize: (FILES[demo.file] as DemoFile).relatives.length + 1,
      period: '2026',
      grantSlot: grantSlotKey(programId, personKey, '2026', demo.state),
      state: demo.state,
      requestedFen: BigInt(amount),
      approvedFen: approved ? BigInt(amount) : null,
      paidFen: paid ? BigInt(amount) : 0n,
      hardshipFileId: seedUuid(`langfang-hardship-file:${demo.file}`),
      entitlementFen: BigInt(amount),
      ruleVersion: entitlement.value.ruleVersion,
      entitlementCipher: sealEntitlement({
        program: program.kind,
        category,
        facts,
        eligible: true,
        amountFen: amount,
        breakdown: entitlement.value.breakdown.map((line) => ({
          label: line.label,
          amountFen: line.amount,
        })),
        reasons: entitlement.value.reasons,
        ruleVersion: entitlement.value.ruleVersion,
        reductionFen: 0,
        reductionReason: null,
      }),
      explanation: { situation: (FILES[demo.file] as DemoFile).situation },
      closingReason: demo.reason ?? null,
      consentGivenBy: worker.name,
      consentGivenOn: date(demo.on),
      consentRecordedBy: caseworker,
      createdByStaffId: caseworker,
      createdAt: at(demo.on),
    });
    PATH[demo.state].forEach(([action, toState], step) => {
      const actor = action === 'SUBMIT' ? caseworker : action === 'APPROVE' ? approver : reviewer;
      out.events.push({
        id: seedUuid(`langfang-aid-application:${index}:event:${step}`),
        applicationId: id,
        action,
        fromState: step === 0 ? null : ((PATH[demo.state][step - 1] as [string, State])[1] ?? null),
        toState,
        reason: action === 'REJECT' ? (demo.reason ?? null) : null,
        actorStaffId: actor,
        actorName: names[actor] ?? '',
        createdAt: new Date(at(demo.on).getTime() + step * 86_400_000),
      });
      if (action === 'APPROVE') {
        out.approvals.push({ applicationId: id, round: 0, staffId: approver });
      }
    });
    if (paid) {
      const disbursementId = seedUuid(`langfang-aid-disbursement:${index}`);
      const transactionId = seedUuid(`langfang-aid-disbursement-tx:${index}`);
      const paidAt = new Date(at(demo.on).getTime() + 4 * 86_400_000);
      out.disbursements.push({
        id: disbursementId,
        idempotencyKey: `demo-langfang-${index}`,
        payloadHash: payloadHashOf(id, amount),
        applicationId: id,
        budgetId,
        amountFen: BigInt(amount),
        staffId: reviewer,
        createdAt: paidAt,
      });
      out.transactions.push({
        id: transactionId,
        kind: 'DISBURSEMENT',
        organizationId: union.id,
        lineageIds: union.lineageIds as string[],
        budgetId,
        disbursementId,
        memo: `${program.name} 发放 ${formatYuan(amount)} 元`,
        staffId: reviewer,
        createdAt: paidAt,
      });
      const entries = disbursementEntries(budgetId, id, amount);
      if (!entries.ok) throw new Error(entries.error[0]?.message);
      for (const entry of entries.value) {
        out.entries.push({
          transactionId,
          accountKind: entry.account.kind,
          accountRef: entry.account.ref,
          amountFen: BigInt(entry.amount),
        });
      }
      budgetLeft.set(budgetId, (budgetLeft.get(budgetId) ?? 0) - amount);
    }
  });
  for (const program of PROGRAMS) {
    const budgetId = seedUuid(`langfang-aid-budget:${program.key}:2026`);
    out.budgets.push({
      id: budgetId,
      programId: programIds.get(program.key) as string,
      organizationId: city.id,
      lineageIds: city.lineageIds as string[],
      year: 2026,
      allocatedFen: BigInt(program.budget),
      remainingFen: BigInt(budgetLeft.get(budgetId) ?? program.budget),
      createdAt: at('2026-01-20'),
    });
  }
  return out;
}
