import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '../src/db.js';
import { gid, hisenseId, idNumberFor, qingdaoId, shinanId } from './aid-disbursement-helpers.js';
import { graphql, signIn } from './graphql.js';

/**
 * Aid applications through real GraphQL requests: consent before storage, encrypted identity,
 * one grant per person/program/period, the workflow with separation of duties, the public
 * notice with masked names, two approvers above the threshold, return and reject, the
 * household's overlapping aid across programs and unions, subtree scoping.
 *
 * Date is faked: 2026-12-01 10:00 in Shanghai; the 5-day notice runs 12-01 to 12-05.
 */

type Typed = Record<string, unknown> & { __typename: string };
type Data = Record<string, Typed>;

const errorFields = /* GraphQL */ `
  ... on ValidationError { field rule issues { field rule message } }
  ... on RuleViolationError { rule reasons { field rule message } }
  ... on Error { code message }
`;
const applicationFields = /* GraphQL */ `
  __typename
  ... on AidApplication { id state applicantName idNumberMasked phoneMasked period requestedFen approvedFen
    paidFen noticeStartsOn noticeEndsOn closingReason approvalsGiven approvalsNeeded availableMoves
    budgetRemainingFen overlappingAidTotalFen unionName explanation hardshipFileId
    entitlement { programLabel category categoryLabel entitlementFen breakdown { label amountFen }
      reasons ruleVersion reductionFen reductionReason }
    overlappingAid { maskedName programName unionName amountFen message }
    history { action fromState toState reason actorName } }
  ${errorFields}
`;
const createProgram = /* GraphQL */ `mutation ($input: CreateAidProgramInput!) { createAidProgram(input: $input) {
  __typename ... on AidUnionProgram { id name kind kindLabel grantPeriod }
  ... on ValidationError { field rule } ... on Error { code message } } }`;
const createBudget = /* GraphQL */ `mutation ($programId: ID!, $year: Int!, $amountFen: Fen!) {
  createAidBudget(programId: $programId, year: $year, amountFen: $amountFen) {
  __typename ... on AidBudget { id year allocatedFen remainingFen ledgerBalanceFen } ${errorFields} } }`;
const submit = /* GraphQL */ `mutation ($input: SubmitAidApplicationInput!) { submitAidApplication(input: $input) { ${applicationFields} } }`;
const move = /* GraphQL */ `mutation ($id: ID!, $move: AidApplicationMove!, $reason: String) {
  moveAidApplication(id: $id, move: $move, reason: $reason) { ${applicationFields} } }`;
const getApplication = /* GraphQL */ `query ($id: ID!) { aidApplication(id: $id) { ${applicationFields.replace('... on RuleViolationError { rule reasons { field rule message } }', '')} } }`;
const notice = /* GraphQL */ `query ($programId: ID!) { aidPublicNotice(programId: $programId) {
  __typename ... on QueryAidPublicNoticeSuccess { data { maskedName programName unionName amountFen text } } ${errorFields.replace('... on RuleViolationError { rule reasons { field rule message } }', '')} } }`;

function field(result: { data?: Data; errors?: unknown }, name: string): Typed {
  const value = result.data?.[name];
  if (!value) throw new Error(`no ${name}: ${JSON.stringify(result.errors ?? result.data)}`);
  return value;
}
const run = (query: string, variables: Record<string, unknown>, session: string) =>
  graphql<Data>(query, variables, { session });
const rulesOf = (value: Typed) =>
  ((value.reasons ?? value.issues) as { rule: string }[] | undefined)?.map((r) => r.rule) ?? [];
const at = (instant: string) => vi.setSystemTime(new Date(instant));

let sessions: Record<'qingdao' | 'shinan' | 'hisense' | 'laoshan' | 'super', string>;
let winterId = '';
let schoolId = '';
/** Hardship files (DEEP, 青岛) whose households hold the test applicants' ID numbers. */
const files: Record<number, string> = {};
const reduceTo = (amountFen: number) => ({ amountFen, reason: '已获街道临时救助，核减' });

function applicationInput(overrides: Record<string, unknown> = {}) {
  return {
    programId: winterId,
    organizationId: gid('Organization', hisenseId),
    applicantName: '王建国',
    idNumber: idNumberFor(1),
    phone: '13812345678',
    householdIdNumbers: [idNumberFor(2)],
    householdSize: 3,
    hardshipFileId: files[1],
    reduction: reduceTo(150_000),
    situation: '妻子重病住院，家庭人均收入低于低保标准',
    consent: { givenBy: '王建国', givenOn: '2026-11-30' },
    ...overrides,
  };
}

/** Signs everyone in (again after the clock moves: sessions expire). */
async function signInAll() {
  sessions = {
    qingdao: await signIn('qingdao.admin'),
    shinan: await signIn('shinan.admin'),
    hisense: await signIn('hisense.caseworker'),
    laoshan: await signIn('laoshan.admin'),
    super: await signIn('super.admin'),
  };
}

const createFile = /* GraphQL */ `mutation ($input: CreateHardshipFileInput!) {
  createHardshipFile(input: $input) { __typename ... on HardshipFile { id category } ${errorFields} } }`;

/**
 * Registers three DEEP files (3 persons, 36,000 元 a year, 6,750 元 deductible) of 海信 workers
 * without one: their households hold idNumberFor(1) and (2), idNumberFor(11), idNumberFor(21).
 */
async function createFiles() {
  const withFile = (await prisma.hardshipFile.findMany({ select: { memberId: true } })).map(
    (file) => file.memberId,
  );
  const workers = await prisma.member.findMany({
    where: {
      organizationId: hisenseId,
      status: 'ACTIVE',
      isMigrant: false,
      id: { notIn: withFile },
    },
    select: { id: true, name: true },
    take: 3,
    orderBy: { id: 'asc' },
  });
  const households: [number, (string | null)[]][] = [
    [1, [idNumberFor(1), idNumberFor(2)]],
    [11, [idNumberFor(11), null]],
    [21, [idNumberFor(21), null]],
  ];
  for (const [index, [key, ids]] of households.entries()) {
    const worker = workers[index];
    if (!worker) throw new Error('not enough 海信 members without a file');
    const created = field(
      await run(
        createFile,
        {
          input: {
            memberId: gid('Member', worker.id),
            consent: { givenBy: worker.name, givenOn: '2026-11-30' },
            household: {
              members: [
                { name: worker.name, relation: 'SELF', health: 'HEALTHY' },
                { name: '王建国', relation: 'SPOUSE', health: 'SERIOUS_ILLNESS', idNumber: ids[0] },
                {
                  name: '李秀英',
                  relation: 'OTHER',
                  health: 'HEALTHY',
                  ...(ids[1] ? { idNumber: ids[1] } : {}),
                },
              ],
              facts: {
                size: 3,
                incomes: [
                  { kind: 'WAGE', annualAmountFen: 3_000_000 },
                  { kind: 'TRANSFER', annualAmountFen: 600_000 },
                ],
                expenditures: [
                  { kind: 'MEDICAL', annualAmountFen: 450_000 },
                  { kind: 'EDUCATION', annualAmountFen: 225_000 },
                ],
                homesOwned: 1,
              },
              causes: ['ILLNESS'],
              documents: ['住院费用票据'],
              situation: '家人重病住院',
            },
          },
        },
        sessions.hisense,
      ),
      'createHardshipFile',
    );
    expect(created).toMatchObject({ __typename: 'HardshipFile', category: 'DEEP' });
    files[key] = created.id as string;
  }
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2026-12-01T02:00:00Z');
  await signInAll();
  await createFiles();
  const winter = field(
    await run(
      createProgram,
      {
        input: {
          organizationId: gid('Organization', qingdaoId),
          kind: 'WINTER_RELIEF',
          name: '2026 冬送温暖',
          grantPeriod: 'YEAR',
          publicNoticeRequired: true,
          noticeDays: 5,
          secondApprovalAboveFen: 100_000,
        },
      },
      sessions.qingdao,
    ),
    'createAidProgram',
  );
  expect(winter).toMatchObject({ __typename: 'AidUnionProgram', kindLabel: '冬送温暖' });
  winterId = winter.id as string;
  const budget = field(
    await run(
      createBudget,
      { programId: winterId, year: 2026, amountFen: 10_000_000 },
      sessions.qingdao,
    ),
    'createAidBudget',
  );
  expect(budget).toMatchObject({
    allocatedFen: 10_000_000,
    remainingFen: 10_000_000,
    ledgerBalanceFen: 10_000_000,
  });
  const school = field(
    await run(
      createProgram,
      {
        input: {
          organizationId: gid('Organization', shinanId),
          kind: 'EDUCATION_AID',
          name: '市南区金秋助学',
          grantPeriod: 'YEAR',
          publicNoticeRequired: false,
          secondApprovalAboveFen: 500_000,
        },
      },
      sessions.shinan,
    ),
    'createAidProgram',
  );
  schoolId = school.id as string;
  field(
    await run(
      createBudget,
      { programId: schoolId, year: 2026, amountFen: 2_000_000 },
      sessions.shinan,
    ),
    'createAidBudget',
  );
});

afterAll(() => {
  vi.useRealTimers();
});

describe('programs and budgets', () => {
  it('refuses a budget without aid.approve at the program’s union, and a second budget for the year', async () => {
    const caseworker = field(
      await run(
        createBudget,
        { programId: winterId, year: 2027, amountFen: 100 },
        sessions.hisense,
      ),
      'createAidBudget',
    );
    expect(caseworker.__typename).toMatch(/NotFoundError|ForbiddenError/);
    const twice = field(
      await run(
        createBudget,
        { programId: winterId, year: 2026, amountFen: 100 },
        sessions.qingdao,
      ),
      'createAidBudget',
    );
    expect(twice).toMatchObject({ __typename: 'RuleViolationError', rule: 'AID_BUDGET_EXISTS' });
    const negative = field(
      await run(createBudget, { programId: winterId, year: 2027, amountFen: -5 }, sessions.qingdao),
      'createAidBudget',
    );
    expect(negative).toMatchObject({ __typename: 'ValidationError', field: 'amountFen' });
  });
});

describe('submitting an application', () => {
  it('stores nothing without the applicant’s consent (PIPL)', async () => {
    const before = await prisma.aidApplication.count();
    const refused = field(
      await run(
        submit,
        { input: applicationInput({ consent: { givenBy: '  ', givenOn: '2026-12-02' } }) },
        sessions.hisense,
      ),
      'submitAidApplication',
    );
    expect(refused.__typename).toBe('ValidationError');
    expect(rulesOf(refused)).toEqual(['AID_CONSENT_MISSING', 'AID_CONSENT_FUTURE']);
    expect(await prisma.aidApplication.count()).toBe(before);
  });

  it('refuses bad input field by field', async () => {
    const refused = field(
      await run(
        submit,
        {
          input: applicationInput({
            idNumber: '370202198001011234',
            householdSize: 0,
          }),
        },
        sessions.hisense,
      ),
      'submitAidApplication',
    );
    expect(refused.__typename).toBe('ValidationError');
    expect(rulesOf(refused)).toEqual(['ID_NUMBER_CHECKSUM', 'AID_HOUSEHOLD_SIZE']);
  });

  it('stores the ID number and phone encrypted, shows them masked, and refuses a second grant', async () => {
    const created = field(
      await run(submit, { input: applicationInput() }, sessions.hisense),
      'submitAidApplication',
    );
    expect(created).toMatchObject({
      __typename: 'AidApplication',
      state: 'SUBMITTED',
      period: '2026',
      idNumberMasked: `${idNumberFor(1).slice(0, 4)}**********${idNumberFor(1).slice(14)}`,
      phoneMasked: '138****5678',
      requestedFen: 150_000,
      budgetRemainingFen: 10_000_000,
      unionName: expect.any(String),
      hardshipFileId: files[1],
      entitlement: {
        programLabel: '冬送温暖',
        category: 'DEEP',
        categoryLabel: '深度困难',
        entitlementFen: 200_000,
        breakdown: [{ label: '深度困难家庭标准', amountFen: 200_000 }],
        reasons: ['深度困难家庭冬送温暖标准为 2,000 元'],
        ruleVersion: expect.stringMatching(/^000000 v\d+ \/ 370200 v\d+$/),
        reductionFen: 50_000,
        reductionReason: '已获街道临时救助，核减',
      },
    });
    const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      'SELECT * FROM aid_application',
    );
    const stored = JSON.stringify(rows, (_key, value) =>
      typeof value === 'bigint' ? String(value) : value,
    );
    expect(stored).not.toContain(idNumberFor(1));
    expect(stored).not.toContain(idNumberFor(2));
    expect(stored).not.toContain('13812345678');
    expect(stored).not.toContain('已获街道临时救助');
    const again = field(
      await run(
        submit,
        { input: applicationInput({ applicantName: '王建国', reduction: reduceTo(1000) }) },
        sessions.hisense,
      ),
      'submitAidApplication',
    );
    expect(again).toMatchObject({ __typename: 'RuleViolationError', rule: 'AID_DUPLICATE_GRANT' });
    expect(again.message).toContain('王**');
  });
});

describe('the amount: the program’s entitlement, or an explained reduction', () => {
  const refusal = async (overrides: Record<string, unknown>) => {
    const before = await prisma.aidApplication.count();
    const refused = field(
      await run(submit, { input: applicationInput(overrides) }, sessions.hisense),
      'submitAidApplication',
    );
    expect(await prisma.aidApplication.count()).toBe(before);
    return refused;
  };

  it('names the missing inputs: the hardship file, the school level', async () => {
    expect(
      await refusal({ idNumber: idNumberFor(31), householdIdNumbers: [], hardshipFileId: null }),
    ).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.hardshipFileId',
      rule: 'AID_ENTITLEMENT_FILE_REQUIRED',
    });
    expect(
      await refusal({ programId: schoolId, idNumber: idNumberFor(2), householdIdNumbers: [] }),
    ).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.facts.schoolLevel',
      rule: 'AID_ENTITLEMENT_INPUT_MISSING',
    });
  });

  it('never goes above the entitlement, and a reduction needs its reason', async () => {
    expect(await refusal({ reduction: reduceTo(200_001) })).toMatchObject({
      field: 'input.reduction.amountFen',
      rule: 'AID_REDUCTION_AMOUNT',
    });
    expect(await refusal({ reduction: { amountFen: 100_000, reason: ' ' } })).toMatchObject({
      field: 'input.reduction.reason',
      rule: 'AID_REDUCTION_REASON',
    });
  });

  it('takes the category from an open file the applicant belongs to', async () => {
    expect(await refusal({ idNumber: idNumberFor(31), householdIdNumbers: [] })).toMatchObject({
      field: 'input.idNumber',
      rule: 'AID_APPLICANT_NOT_IN_FILE',
    });
    const exited = await prisma.hardshipFile.findFirstOrThrow({
      where: { organizationId: hisenseId, state: 'EXITED' },
    });
    expect(await refusal({ hardshipFileId: gid('HardshipFile', exited.id) })).toMatchObject({
      field: 'input.hardshipFileId',
      rule: 'AID_FILE_EXITED',
    });
  });

  it('is held by the database too: the amount applied for never exceeds the entitlement', async () => {
    const row = await prisma.aidApplication.findFirstOrThrow({
      where: { entitlementFen: { not: null } },
    });
    await expect(
      prisma.aidApplication.update({
        where: { id: row.id },
        data: { requestedFen: (row.entitlementFen ?? 0n) + 1n },
      }),
    ).rejects.toThrow();
  });
});

describe('the caseworker queue', () => {
  it('lists the applications of the subtree with their union’s name; another district sees none', async () => {
    const list = field(
      await run(
        /* GraphQL */ `query { aidApplications(first: 50) { __typename ... on QueryAidApplicationsSuccess { data {
          totalCount edges { node { applicantName unionName state } } } } } }`,
        {},
        sessions.shinan,
      ),
      'aidApplications',
    );
    const nodes = (list.data as { edges: { node: { unionName: string } }[] }).edges.map(
      (e) => e.node,
    );
    expect(nodes.length).toBeGreaterThan(0);
    const hisense = await prisma.organization.findUniqueOrThrow({ where: { id: hisenseId } });
    expect(new Set(nodes.map((n) => n.unionName))).toEqual(new Set([hisense.name]));
    const outsider = field(
      await run(
        /* GraphQL */ `query { aidApplications(first: 50) { __typename ... on QueryAidApplicationsSuccess { data { totalCount } } } }`,
        {},
        sessions.laoshan,
      ),
      'aidApplications',
    );
    expect((outsider.data as { totalCount: number }).totalCount).toBe(0);
  });
});

describe('the workflow', () => {
  it('goes SUBMITTED → … → APPROVED with separation of duties, the notice and two approvers', async () => {
    const created = field(
      await run(
        submit,
        {
          input: applicationInput({
            idNumber: idNumberFor(11),
            householdIdNumbers: [],
            hardshipFileId: files[11],
            reduction: null,
          }),
        },
        sessions.hisense,
      ),
      'submitAidApplication',
    );
    const id = created.id as string;
    expect(created.availableMoves).toEqual(['RETURN', 'REJECT']);
    const own = field(
      await run(move, { id, move: 'GRASSROOTS_REVIEW' }, sessions.hisense),
      'moveAidApplication',
    );
    expect(own).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_APPLICATION_SELF_REVIEW',
    });
    const outsider = field(
      await run(move, { id, move: 'GRASSROOTS_REVIEW' }, sessions.laoshan),
      'moveAidApplication',
    );
    expect(outsider.__typename).toBe('NotFoundError');
    field(
      await run(move, { id, move: 'GRASSROOTS_REVIEW' }, sessions.shinan),
      'moveAidApplication',
    );
    const reviewed = field(
      await run(move, { id, move: 'DISTRICT_REVIEW' }, sessions.shinan),
      'moveAidApplication',
    );
    expect(reviewed).toMatchObject({
      state: 'DISTRICT_REVIEWED',
      noticeStartsOn: '2026-12-01',
      noticeEndsOn: '2026-12-05',
    });

    const posted = field(
      await run(notice, { programId: winterId }, sessions.qingdao),
      'aidPublicNotice',
    );
    const lines = posted.data as { maskedName: string; text: string }[];
    expect(lines.map((l) => l.maskedName)).toContain('王**');
    expect(JSON.stringify(lines)).not.toContain('建国');

    const early = field(
      await run(move, { id, move: 'APPROVE' }, sessions.qingdao),
      'moveAidApplication',
    );
    expect(early).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_APPLICATION_NOTICE_RUNNING',
    });

    at('2026-12-06T02:00:00Z');
    await signInAll();
    const first = field(
      await run(move, { id, move: 'APPROVE' }, sessions.qingdao),
      'moveAidApplication',
    );
    expect(first).toMatchObject({
      state: 'DISTRICT_REVIEWED',
      approvalsGiven: 1,
      approvalsNeeded: 2,
    });
    const same = field(
      await run(move, { id, move: 'APPROVE' }, sessions.qingdao),
      'moveAidApplication',
    );
    expect(same).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_APPLICATION_SAME_APPROVER',
    });
    const second = field(
      await run(move, { id, move: 'APPROVE' }, sessions.super),
      'moveAidApplication',
    );
    expect(second).toMatchObject({ state: 'APPROVED', approvedFen: 200_000, approvalsGiven: 2 });
    const bare = field(
      await run(move, { id, move: 'DISBURSE' }, sessions.shinan),
      'moveAidApplication',
    );
    expect(bare).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_APPLICATION_DISBURSE_VIA_LEDGER',
    });
    expect((second.history as { action: string }[]).map((h) => h.action)).toEqual([
      'SUBMIT',
      'GRASSROOTS_REVIEW',
      'DISTRICT_REVIEW',
      'APPROVE',
      'APPROVE',
    ]);
    const audits = await prisma.auditLog.count({
      where: {
        targetType: 'AidApplication',
        targetId: (
          await prisma.aidApplicationEvent.findFirstOrThrow({
            where: { action: 'APPROVE', actorName: { not: '' } },
            orderBy: { createdAt: 'desc' },
          })
        ).applicationId,
      },
    });
    expect(audits).toBe(5);
    at('2026-12-01T02:00:00Z');
    await signInAll();
  });

  it('returns for more documents (approvals start over) and rejects with a reason, freeing the slot', async () => {
    const created = field(
      await run(
        submit,
        {
          input: applicationInput({
            idNumber: idNumberFor(21),
            householdIdNumbers: [],
            hardshipFileId: files[21],
            reduction: reduceTo(50_000),
          }),
        },
        sessions.hisense,
      ),
      'submitAidApplication',
    );
    const id = created.id as string;
    const noReason = field(
      await run(move, { id, move: 'RETURN' }, sessions.shinan),
      'moveAidApplication',
    );
    expect(noReason).toMatchObject({ rule: 'AID_APPLICATION_REASON_REQUIRED' });
    const returned = field(
      await run(move, { id, move: 'RETURN', reason: '缺少医疗费用票据' }, sessions.shinan),
      'moveAidApplication',
    );
    expect(returned).toMatchObject({ state: 'RETURNED', closingReason: '缺少医疗费用票据' });
    const resubmitted = field(
      await run(move, { id, move: 'RESUBMIT' }, sessions.hisense),
      'moveAidApplication',
    );
    expect(resubmitted.state).toBe('SUBMITTED');
    const rejected = field(
      await run(move, { id, move: 'REJECT', reason: '核实家庭有两套住房' }, sessions.shinan),
      'moveAidApplication',
    );
    expect(rejected).toMatchObject({ state: 'REJECTED', availableMoves: [] });
    const final = field(
      await run(move, { id, move: 'RESUBMIT' }, sessions.hisense),
      'moveAidApplication',
    );
    expect(final).toMatchObject({ rule: 'AID_APPLICATION_FINAL' });
    const anew = field(
      await run(
        submit,
        {
          input: applicationInput({
            idNumber: idNumberFor(21),
            householdIdNumbers: [],
            hardshipFileId: files[21],
            reduction: reduceTo(40_000),
          }),
        },
        sessions.hisense,
      ),
      'submitAidApplication',
    );
    expect(anew.state).toBe('SUBMITTED');
  });

  it('warns the reviewer of the household’s aid in other programs and unions', async () => {
    // The spouse (idNumberFor(2)) asks 市南区金秋助学 for their child's schooling.
    const spouse = field(
      await run(
        submit,
        {
          input: applicationInput({
            programId: schoolId,
            applicantName: '李秀英',
            idNumber: idNumberFor(2),
            householdIdNumbers: [idNumberFor(1)],
            facts: { schoolLevel: 'UNDERGRADUATE' },
            reduction: reduceTo(80_000),
            consent: { givenBy: '李秀英', givenOn: '2026-12-01' },
          }),
        },
        sessions.hisense,
      ),
      'submitAidApplication',
    );
    expect(spouse.overlappingAidTotalFen).toBe(150_000);
    expect((spouse.overlappingAid as { message: string }[]).map((w) => w.message)).toEqual([
      expect.stringMatching(/^家庭成员 王\*\* 2026 在.+「2026 冬送温暖」有在办申请 1,500\.00 元$/),
    ]);
    const husband = await prisma.aidApplication.findFirstOrThrow({
      where: {
        applicantName: '王建国',
        programId: { not: undefined },
        state: 'SUBMITTED',
        householdKeys: { isEmpty: false },
      },
      orderBy: { createdAt: 'asc' },
    });
    const seen = field(
      await run(getApplication, { id: gid('AidApplication', husband.id) }, sessions.shinan),
      'aidApplication',
    );
    expect(seen.overlappingAid as { maskedName: string; programName: string }[]).toEqual([
      expect.objectContaining({ maskedName: '李**', programName: '市南区金秋助学' }),
    ]);
  });
});
