import {
  addYears,
  type CalendarDate,
  classifyHardship,
  type Fen,
  type HardshipCategory,
  type HardshipCause,
  type HardshipExitReason,
  type HouseholdFacts,
  NATIONAL_DEFAULT_RULE_SET,
  QINGDAO_DEMO_RULE_SET,
  resolveHardshipRules,
} from '@gonghui/domain';
import type { HouseholdMemberRecord } from '../aid/hardship-records.js';
import { sealAssessment, sealHousehold } from '../aid/hardship-records.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * Demo data of the hardship registry (帮扶救助规则与困难职工档案):
 * - the hardship rules: the national default (relative hardship below 2 × the 低保 line,
 *   accident-induced within 3 ×) and the 青岛市 override (the city's monthly line of 1,090 元,
 *   relative hardship below 1.5 ×), as in the domain's presets;
 * - six invented households of members of 海信集团工会 (市南区), classified by the domain under
 *   those rules: deep, relative and accident-induced hardship, a 困难劳模 household, a file whose
 *   yearly review is overdue, and one helped out of hardship (解困脱困) in 2026.
 * The people are invented; their household details are sealed like real ones.
 */

type MemberRow = Prisma.MemberCreateManyInput & { id: string };
type OrganizationRow = { id: string; regionCode: string };

const yuan = (amount: number) => Math.round(amount * 100) as Fen;
const date = (text: string) => new Date(`${text}T00:00:00Z`);

interface DemoFile {
  registeredOn: string;
  lastReviewedOn: string;
  causes: HardshipCause[];
  relatives: HouseholdMemberRecord[];
  facts: Omit<HouseholdFacts, 'size'>;
  situation: string;
  documents: string[];
  exit?: { on: string; reason: HardshipExitReason; note: string };
}

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

const DEMO_FILES: DemoFile[] = [
  {
    // 812.50 元 a head after medical and schooling costs: below the 1,090 元 line.
    registeredOn: '2026-03-10',
    lastReviewedOn: '2026-03-10',
    causes: ['ILLNESS', 'EDUCATION'],
    relatives: [
      person('于秀梅', 'SPOUSE', 'SERIOUS_ILLNESS', { occupation: '无业' }),
      person('于小雨', 'CHILD', 'HEALTHY', { schoolLevel: 'JUNIOR_SECONDARY' }),
    ],
    facts: {
      ...noExclusions,
      incomes: [
        { kind: 'WAGE', annualAmount: yuan(30_000) },
        { kind: 'TRANSFER', annualAmount: yuan(6_000) },
      ],
      expenditures: [
        { kind: 'MEDICAL', annualAmount: yuan(4_500) },
        { kind: 'EDUCATION', annualAmount: yuan(2_250) },
      ],
    },
    situation: '配偶患尿毒症长期透析，子女上初中，家庭仅一人有工资收入。',
    documents: ['住院及透析费用票据', '子女在学证明'],
  },
  {
    // 1,500 元 a head: between the line and 1.5 × the line.
    registeredOn: '2026-05-20',
    lastReviewedOn: '2026-05-20',
    causes: ['LOW_WAGE', 'SINGLE_PARENT'],
    relatives: [person('孙可欣', 'CHILD', 'HEALTHY', { schoolLevel: 'PRIMARY' })],
    facts: {
      ...noExclusions,
      incomes: [{ kind: 'WAGE', annualAmount: yuan(36_000) }],
      expenditures: [],
    },
    situation: '单亲家庭，独自抚养上小学的女儿。',
    documents: ['离婚证明'],
  },
  {
    // An accident in 2026 left the household below the line after compensation.
    registeredOn: '2026-08-15',
    lastReviewedOn: '2026-08-15',
    causes: ['ACCIDENT'],
    relatives: [
      person('郭丽', 'SPOUSE', 'DISABLED', { occupation: '因伤停工' }),
      person('郭子轩', 'CHILD', 'HEALTHY', { schoolLevel: 'SENIOR_SECONDARY' }),
    ],
    facts: {
      ...noExclusions,
      incomes: [{ kind: 'WAGE', annualAmount: yuan(100_000) }],
      expenditures: [],
      accident: {
        date: '2026-06-10' as CalendarDate,
        description: '配偶遭遇交通事故致残',
        costs: yuan(90_000),
        compensation: yuan(20_000),
      },
    },
    situation: '配偶交通事故致残，扣除保险赔付后仍需承担大额医疗和康复费用。',
    documents: ['事故认定书', '保险理赔单', '医疗费用票据'],
  },
  {
    // 困难劳模: the worker's father is a 市劳动模范; deep hardship from illness.
    registeredOn: '2026-02-01',
    lastReviewedOn: '2026-02-01',
    causes: ['ILLNESS', 'DISABILITY'],
    relatives: [
      person('宋德山', 'PARENT', 'CHRONIC_ILLNESS', {
        occupation: '退休',
        modelWorkerTitle: '青岛市劳动模范',
      }),
      person('宋玉兰', 'PARENT', 'DISABLED'),
    ],
    facts: {
      ...noExclusions,
      incomes: [
        { kind: 'WAGE', annualAmount: yuan(28_000) },
        { kind: 'PENSION', annualAmount: yuan(14_000) },
      ],
      expenditures: [
        { kind: 'MEDICAL', annualAmount: yuan(6_000) },
        { kind: 'DISABILITY', annualAmount: yuan(4_000) },
      ],
    },
    situation: '父亲为市劳动模范，患慢性病；母亲残疾需护理。',
    documents: ['劳模证书复印件', '残疾证'],
  },
  {
    // Registered in 2025 and not reviewed since: the review is overdue.
    registeredOn: '2025-04-12',
    lastReviewedOn: '2025-04-12',
    causes: ['UNEMPLOYMENT'],
    relatives: [person('彭静', 'SPOUSE', 'HEALTHY', { occupation: '失业' })],
    facts: {
      ...noExclusions,
      incomes: [{ kind: 'WAGE', annualAmount: yuan(24_000) }],
      expenditures: [],
    },
    situation: '配偶失业，家庭仅一人有收入。',
    documents: ['失业登记证明'],
  },
  {
    // Helped out of hardship in 2026: the spouse found work again.
    registeredOn: '2025-03-01',
    lastReviewedOn: '2025-03-01',
    causes: ['UNEMPLOYMENT'],
    relatives: [person('曾海燕', 'SPOUSE', 'HEALTHY', { occupation: '再就业' })],
    facts: {
      ...noExclusions,
      incomes: [{ kind: 'WAGE', annualAmount: yuan(20_000) }],
      expenditures: [],
    },
    situation: '配偶下岗，家庭收入低。',
    documents: ['下岗证明'],
    exit: { on: '2026-06-30', reason: 'REEMPLOYED', note: '配偶实现再就业，家庭收入提高' },
  },
];

/** The rule sets: the national default and the 青岛市 override. */
export function demoAidRuleSetRows(): Prisma.AidRuleSetCreateManyInput[] {
  return [NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET].map((ruleSet) => ({
    regionCode: ruleSet.regionCode,
    regionName: ruleSet.regionName,
    version: ruleSet.version,
    effectiveFrom: date(ruleSet.effectiveFrom),
    effectiveTo: ruleSet.effectiveTo ? date(ruleSet.effectiveTo) : null,
    parameters: ruleSet.parameters as Prisma.InputJsonValue,
    source: ruleSet.source ?? null,
    changeNote: '初始版本（演示数据）',
  }));
}

/** The demo hardship files of 海信集团工会 members, with their history. */
export function demoHardshipRows(
  organizations: readonly OrganizationRow[],
  members: readonly MemberRow[],
  seedUuid: (key: string) => string,
) {
  const unionId = seedUuid('qingdao-shinan-hisense');
  const union = organizations.find((organization) => organization.id === unionId);
  const workers = members
    .filter(
      (member) =>
        member.organizationId === unionId &&
        (member.status ?? 'ACTIVE') === 'ACTIVE' &&
        !member.isMigrant,
    )
    .slice(0, DEMO_FILES.length);
  if (!union || workers.length < DEMO_FILES.length) return { files: [], events: [] };
  const caseworker = seedUuid('staff:hisense.caseworker');
  const ruleSets = [NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET];
  const files: Prisma.HardshipFileCreateManyInput[] = [];
  const events: Prisma.HardshipFileEventCreateManyInput[] = [];
  DEMO_FILES.forEach((demo, index) => {
    const worker = workers[index] as MemberRow;
    const rules = resolveHardshipRules(
      ruleSets,
      union.regionCode,
      demo.lastReviewedOn as CalendarDate,
    );
    if (!rules.ok) throw new Error(rules.error.message);
    const members = [
      person(worker.name, 'SELF', 'HEALTHY', { occupation: '海信集团职工' }),
      ...demo.relatives,
    ];
    const facts: HouseholdFacts = { ...demo.facts, size: members.length };
    const classification = classifyHardship(facts, rules.value);
    if (!classification.ok) throw new Error(classification.error.message);
    const category: HardshipCategory = classification.value.category;
    const id = seedUuid(`hardship-file:${index}`);
    const lineageIds = worker.lineageIds as string[];
    files.push({
      id,
      memberId: worker.id,
      organizationId: unionId,
      lineageIds,
      workerName: worker.name,
      regionCode: union.regionCode,
      state: demo.exit ? 'EXITED' : 'ACTIVE',
      category,
      causes: demo.causes,
      isModelWorker: members.some((member) => member.modelWorkerTitle !== null),
      householdSize: members.length,
      householdCipher: sealHousehold({
        members,
        facts,
        documents: demo.documents,
        situation: demo.situation,
      }),
      assessmentCipher: sealAssessment(classification.value),
      ruleVersion: classification.value.ruleVersion,
      assessedOn: date(demo.lastReviewedOn),
      registeredOn: date(demo.registeredOn),
      lastReviewedOn: date(demo.lastReviewedOn),
      nextReviewDue: date(addYears(demo.lastReviewedOn as CalendarDate, 1)),
      exitedOn: demo.exit ? date(demo.exit.on) : null,
      exitReason: demo.exit?.reason ?? null,
      exitNote: demo.exit?.note ?? null,
      consentGivenBy: worker.name,
      consentGivenOn: date(demo.registeredOn),
      consentRecordedBy: caseworker,
      createdByStaffId: caseworker,
    });
    events.push({
      id: seedUuid(`hardship-file:${index}:registered`),
      fileId: id,
      lineageIds,
      type: 'REGISTERED',
      date: date(demo.registeredOn),
      toCategory: category,
      ruleVersion: classification.value.ruleVersion,
      assessmentCipher: sealAssessment(classification.value),
      actorStaffId: caseworker,
      createdAt: new Date(`${demo.registeredOn}T02:00:00Z`),
    });
    if (demo.exit) {
      events.push({
        id: seedUuid(`hardship-file:${index}:exited`),
        fileId: id,
        lineageIds,
        type: 'EXITED',
        date: date(demo.exit.on),
        fromCategory: category,
        exitReason: demo.exit.reason,
        note: demo.exit.note,
        actorStaffId: caseworker,
        createdAt: new Date(`${demo.exit.on}T02:00:00Z`),
      });
    }
  });
  return { files, events };
}
