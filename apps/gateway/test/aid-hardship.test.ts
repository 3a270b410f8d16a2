import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

/**
 * Hardship rules and the hardship registry through real GraphQL requests: the dry-run
 * classification, rule-set versions (config.manage, append-only), files from registration to
 * yearly review, exit and re-entry, sealed personal data and the logged reveal, subtree scoping
 * and the registry figures. Time is faked (Date only): 2026-12-01, 10:00 in Shanghai.
 */

const gid = (type: string, id: string) => encodeGlobalId(type, id);
const qingdao = gid('Organization', seedUuid('qingdao'));
const hisenseId = seedUuid('qingdao-shinan-hisense');
const hisense = gid('Organization', hisenseId);

type Typed = Record<string, unknown> & { __typename: string };
type Data = Record<string, Typed>;

const errorFields = /* GraphQL */ `
  ... on ValidationError { field rule issues { field rule message } }
  ... on RuleViolationError { rule violations: reasons { field rule message } }
  ... on Error { code message }
`;
const validationErrors = /* GraphQL */ `
  ... on ValidationError { field rule issues { field rule message } }
  ... on Error { code message }
`;
const assessment = /* GraphQL */ `
  category categoryLabel householdSize annualIncomeFen deductibleExpenditureFen annualNetIncomeFen
  perCapitaMonthlyNetIncomeFen perCapitaMonthlyIncomeAfterAccidentFen exclusions reasons ruleVersion date
  thresholds { minimumLivingStandardFen relativeLineFen relativeLinePercent accidentIncomeLineFen }
`;
const assess = /* GraphQL */ `query ($input: AssessHardshipInput!) { assessHardship(input: $input) {
  __typename ... on HardshipAssessment { ${assessment} } ${errorFields} } }`;
const fileFields = /* GraphQL */ `
  __typename
  ... on HardshipFile { id workerName state category causes isModelWorker householdSize ruleVersion
    registeredOn lastReviewedOn nextReviewDue reviewDue exitedOn exitReason exitNote consentGivenBy
    household { relation nameMasked idNumberMasked }
    history { type date fromCategory toCategory ruleVersion exitReason note } }
  ${errorFields}
`;
const createFile = /* GraphQL */ `mutation ($input: CreateHardshipFileInput!) { createHardshipFile(input: $input) { ${fileFields} } }`;
const reviewFile = /* GraphQL */ `mutation ($id: ID!, $household: HardshipHouseholdInput!) { reviewHardshipFile(id: $id, household: $household) { ${fileFields} } }`;
const updateFile = /* GraphQL */ `mutation ($id: ID!, $household: HardshipHouseholdInput!) { updateHardshipFile(id: $id, household: $household) { ${fileFields} } }`;
const exitFile = /* GraphQL */ `mutation ($id: ID!, $input: ExitHardshipFileInput!) { exitHardshipFile(id: $id, input: $input) { ${fileFields} } }`;
const reenterFile = /* GraphQL */ `mutation ($id: ID!, $household: HardshipHouseholdInput!, $consent: HardshipConsentInput!) {
  reenterHardshipFile(id: $id, household: $household, consent: $consent) { ${fileFields} } }`;
const fileQuery = /* GraphQL */ `query ($id: ID!) { hardshipFile(id: $id) { ${fileFields.replace(errorFields, validationErrors)} } }`;
const filesQuery = /* GraphQL */ `query ($filter: HardshipFileFilter) { hardshipFiles(filter: $filter, first: 50) {
  __typename ... on QueryHardshipFilesSuccess { data { totalCount edges { node { id workerName category state reviewDue isModelWorker } } } }
  ${validationErrors} } }`;
const reveal = /* GraphQL */ `mutation ($id: ID!, $reason: String!) { revealHardshipFile(id: $id, reason: $reason) {
  __typename ... on HardshipFileDetails { members { name relation idNumber health schoolLevel modelWorkerTitle }
    incomes { kind annualAmountFen } expenditures { kind annualAmountFen } homesOwned documents situation
    assessment { ${assessment} } }
  ${validationErrors} } }`;
const figures = /* GraphQL */ `query ($org: ID!, $year: Int) { hardshipFigures(organizationId: $org, year: $year) {
  __typename ... on HardshipFigures { year activeHouseholds byCategory { category households }
    modelWorkerHouseholds registeredThisYear exitedThisYear reenteredThisYear reviewsDue }
  ${validationErrors} } }`;
const ruleSets = /* GraphQL */ `query ($region: String) { aidRuleSets(regionCode: $region) {
  __typename ... on QueryAidRuleSetsSuccess { data { id regionCode regionName version effectiveFrom effectiveTo parameters changeNote } }
  ${validationErrors} } }`;
const inForce = /* GraphQL */ `query ($region: String!, $date: Date) { aidRulesInForce(regionCode: $region, date: $date) {
  __typename ... on AidRulesInForce { regionCode date version minimumLivingStandardFen relativeLinePercent
    sources { regionCode version } parameters }
  ${errorFields} } }`;
const createRuleSet = /* GraphQL */ `mutation ($input: AidRuleSetInput!) { createAidRuleSetVersion(input: $input) {
  __typename ... on AidRuleSet { id regionCode version effectiveFrom parameters changeNote } ${validationErrors} } }`;

function field(result: { data?: Data; errors?: unknown }, name: string): Typed {
  const value = result.data?.[name];
  if (!value) throw new Error(`no ${name}: ${JSON.stringify(result.errors ?? result.data)}`);
  return value;
}

async function run(query: string, variables: Record<string, unknown>, session?: string) {
  return graphql<Data>(query, variables, session ? { session } : {});
}

const yuan = (amount: number) => Math.round(amount * 100);

/** 3 persons, 36,000 元 a year, 6,750 元 deductible: 812.50 元 a head (DEEP in 青岛). */
const deepFacts = {
  size: 3,
  incomes: [
    { kind: 'WAGE', annualAmountFen: yuan(30_000) },
    { kind: 'TRANSFER', annualAmountFen: yuan(6_000) },
  ],
  expenditures: [
    { kind: 'MEDICAL', annualAmountFen: yuan(4_500) },
    { kind: 'EDUCATION', annualAmountFen: yuan(2_250) },
  ],
  homesOwned: 1,
};

const spouseIdNumber = '370202198503151227';

function household(facts: Record<string, unknown>, workerName: string) {
  const members = [
    { name: workerName, relation: 'SELF', health: 'HEALTHY', occupation: '装配工' },
    {
      name: '林晓梅',
      relation: 'SPOUSE',
      health: 'SERIOUS_ILLNESS',
      idNumber: spouseIdNumber,
    },
    { name: '林一诺', relation: 'CHILD', health: 'HEALTHY', schoolLevel: 'PRIMARY' },
  ].slice(0, Number(facts.size));
  return {
    members,
    facts,
    causes: ['ILLNESS'],
    documents: ['住院费用票据'],
    situation: '配偶重病住院',
  };
}

let caseworker: string;
let viewer: string;
let laoshan: string;
let superAdmin: string;
let worker: { id: string; name: string };

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T02:00:00Z'));
  [caseworker, viewer, laoshan, superAdmin] = await Promise.all([
    signIn('hisense.caseworker'),
    signIn('qingdao.viewer'),
    signIn('laoshan.admin'),
    signIn('super.admin'),
  ]);
  const withFile = (await prisma.hardshipFile.findMany({ select: { memberId: true } })).map(
    (file) => file.memberId,
  );
  const member = await prisma.member.findFirstOrThrow({
    where: {
      organizationId: hisenseId,
      status: 'ACTIVE',
      isMigrant: false,
      id: { notIn: withFile },
    },
    select: { id: true, name: true },
  });
  worker = member;
});

/** Moves the faked clock; sessions expire over such jumps, so everyone signs in again. */
async function travelTo(instant: string) {
  vi.setSystemTime(new Date(instant));
  [caseworker, viewer, laoshan, superAdmin] = await Promise.all([
    signIn('hisense.caseworker'),
    signIn('qingdao.viewer'),
    signIn('laoshan.admin'),
    signIn('super.admin'),
  ]);
}

afterAll(() => {
  vi.useRealTimers();
});

describe('assessHardship (dry run)', () => {
  it('classifies a household under the city’s rules with reasons, storing nothing', async () => {
    const before = await prisma.hardshipFile.count();
    const result = field(
      await run(assess, { input: { organizationId: hisense, household: deepFacts } }, caseworker),
      'assessHardship',
    );
    expect(result).toMatchObject({
      __typename: 'HardshipAssessment',
      category: 'DEEP',
      categoryLabel: '深度困难',
      householdSize: 3,
      annualIncomeFen: yuan(36_000),
      deductibleExpenditureFen: yuan(6_750),
      perCapitaMonthlyNetIncomeFen: yuan(812.5),
      ruleVersion: '000000 v1 / 370200 v1',
      date: '2026-12-01',
      thresholds: {
        minimumLivingStandardFen: yuan(1_090),
        relativeLineFen: yuan(1_635),
        relativeLinePercent: 150,
        accidentIncomeLineFen: yuan(3_270),
      },
    });
    expect(result.reasons).toContain('家庭人均纯收入 812.50 元，低于当地低保标准 1,090 元');
    expect(await prisma.hardshipFile.count()).toBe(before);
  });

  it('uses the national default outside an overriding region', async () => {
    const result = field(
      await run(assess, { input: { regionCode: '110101', household: deepFacts } }, viewer),
      'assessHardship',
    );
    expect(result).toMatchObject({ category: 'RELATIVE', ruleVersion: '000000 v1' });
    expect(result.reasons).toContain(
      '家庭人均纯收入 812.50 元，不低于当地低保标准 800 元，但低于相对困难标准 1,600 元（低保标准的 2 倍）',
    );
  });

  it('refuses malformed facts field by field, a missing region, and anonymous callers', async () => {
    const bad = field(
      await run(
        assess,
        { input: { organizationId: hisense, household: { ...deepFacts, size: 0 } } },
        caseworker,
      ),
      'assessHardship',
    );
    expect(bad).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.household.size',
      rule: 'AID_HOUSEHOLD_SIZE',
    });
    const negative = field(
      await run(
        assess,
        {
          input: {
            regionCode: '370202',
            household: { ...deepFacts, incomes: [{ kind: 'WAGE', annualAmountFen: -5 }] },
          },
        },
        caseworker,
      ),
      'assessHardship',
    );
    expect(negative).toMatchObject({ field: 'input.household.incomes.0.annualAmount' });
    const noRegion = field(
      await run(assess, { input: { household: deepFacts } }, caseworker),
      'assessHardship',
    );
    expect(noRegion).toMatchObject({ rule: 'AID_ASSESS_REGION_REQUIRED' });
    const badRegion = field(
      await run(assess, { input: { regionCode: '99', household: deepFacts } }, caseworker),
      'assessHardship',
    );
    expect(badRegion).toMatchObject({ __typename: 'ValidationError', field: 'input.regionCode' });
    const anonymous = await run(assess, { input: { regionCode: '370202', household: deepFacts } });
    expect(JSON.stringify(anonymous)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous)).not.toContain('HardshipAssessment');
  });

  it('answers NotFound for a union outside the viewer’s subtree', async () => {
    const result = field(
      await run(assess, { input: { organizationId: hisense, household: deepFacts } }, laoshan),
      'assessHardship',
    );
    expect(result).toMatchObject({ __typename: 'NotFoundError' });
  });
});

describe('rule sets as versioned data', () => {
  it('lists the seeded versions and resolves the rules in force', async () => {
    const list = field(await run(ruleSets, { region: '370202' }, viewer), 'aidRuleSets');
    const rows = (list.data as { regionCode: string; version: number }[]).map(
      (row) => `${row.regionCode} v${row.version}`,
    );
    expect(rows).toEqual(['000000 v1', '370200 v1']);
    const resolved = field(await run(inForce, { region: '370202' }, viewer), 'aidRulesInForce');
    expect(resolved).toMatchObject({
      version: '000000 v1 / 370200 v1',
      minimumLivingStandardFen: yuan(1_090),
      relativeLinePercent: 150,
    });
    expect(
      (resolved.parameters as { accidentIncomeLinePercent: number }).accidentIncomeLinePercent,
    ).toBe(300);
  });

  it('needs config.manage to add a version', async () => {
    const input = {
      regionCode: '370200',
      regionName: '青岛市',
      effectiveFrom: '2030-01-01',
      parameters: { minimumLivingStandard: yuan(1_200) },
    };
    const refused = field(
      await run(createRuleSet, { input }, caseworker),
      'createAidRuleSetVersion',
    );
    expect(refused).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('stores an edit as a new version; the old one and its dates stay as they were', async () => {
    const created = field(
      await run(
        createRuleSet,
        {
          input: {
            regionCode: '370200',
            regionName: '青岛市',
            effectiveFrom: '2030-01-01',
            parameters: { minimumLivingStandard: yuan(1_200), relativeLinePercent: 150 },
            changeNote: '低保标准调整（测试）',
          },
        },
        superAdmin,
      ),
      'createAidRuleSetVersion',
    );
    expect(created).toMatchObject({
      __typename: 'AidRuleSet',
      version: 2,
      changeNote: '低保标准调整（测试）',
    });
    const before = field(
      await run(inForce, { region: '370202', date: '2029-12-31' }, viewer),
      'aidRulesInForce',
    );
    const after = field(
      await run(inForce, { region: '370202', date: '2030-01-01' }, viewer),
      'aidRulesInForce',
    );
    expect(before).toMatchObject({
      version: '000000 v1 / 370200 v1',
      minimumLivingStandardFen: yuan(1_090),
    });
    expect(after).toMatchObject({
      version: '000000 v1 / 370200 v2',
      minimumLivingStandardFen: yuan(1_200),
    });
    const audit = await prisma.auditLog.findFirst({
      where: {
        action: 'aid.ruleSet.create',
        targetId: Buffer.from(String(created.id), 'base64url').toString().split(':')[1],
      },
    });
    expect(audit).not.toBeNull();
  });

  it('refuses bad parameters and an incomplete national default', async () => {
    const unknownKey = field(
      await run(
        createRuleSet,
        {
          input: {
            regionCode: '370200',
            regionName: '青岛市',
            effectiveFrom: '2031-01-01',
            parameters: { minimumLivingStandard: yuan(1_300), bonus: 1 },
          },
        },
        superAdmin,
      ),
      'createAidRuleSetVersion',
    );
    expect(unknownKey).toMatchObject({ __typename: 'ValidationError' });
    const badValue = field(
      await run(
        createRuleSet,
        {
          input: {
            regionCode: '370200',
            regionName: '青岛市',
            effectiveFrom: '2031-01-01',
            effectiveTo: '2030-01-01',
            parameters: { relativeLinePercent: 50 },
          },
        },
        superAdmin,
      ),
      'createAidRuleSetVersion',
    );
    expect(badValue).toMatchObject({ __typename: 'ValidationError' });
    expect((badValue.issues as { field: string }[]).map((issue) => issue.field)).toEqual([
      'input.effectiveTo',
      'input.parameters.relativeLinePercent',
    ]);
    const national = field(
      await run(
        createRuleSet,
        {
          input: {
            regionCode: '000000',
            regionName: '全国',
            effectiveFrom: '2031-01-01',
            parameters: { minimumLivingStandard: yuan(900) },
          },
        },
        superAdmin,
      ),
      'createAidRuleSetVersion',
    );
    expect(national).toMatchObject({ rule: 'AID_RULE_SET_INCOMPLETE' });
    expect(
      await prisma.aidRuleSet.count({ where: { effectiveFrom: new Date('2031-01-01') } }),
    ).toBe(0);
  });

  it('cannot be altered in the database: the table is append-only', async () => {
    await expect(
      prisma.aidRuleSet.updateMany({ where: { regionCode: '370200' }, data: { regionName: 'x' } }),
    ).rejects.toThrow();
    await expect(prisma.aidRuleSet.deleteMany({ where: { version: 2 } })).rejects.toThrow();
    expect(await prisma.aidRuleSet.count({ where: { regionName: 'x' } })).toBe(0);
  });
});

describe('the registry: figures and the review list from the demo data', () => {
  it('counts the subtree’s households by category and those helped out of hardship in the year', async () => {
    const result = field(
      await run(figures, { org: qingdao, year: 2026 }, viewer),
      'hardshipFigures',
    );
    expect(result).toMatchObject({
      year: 2026,
      activeHouseholds: 5,
      byCategory: [
        { category: 'DEEP', households: 3 },
        { category: 'ACCIDENT', households: 1 },
        { category: 'RELATIVE', households: 1 },
      ],
      modelWorkerHouseholds: 1,
      exitedThisYear: 1,
      reviewsDue: 1,
    });
    const laoshanFigures = field(
      await run(
        figures,
        { org: gid('Organization', seedUuid('qingdao-laoshan')), year: 2026 },
        laoshan,
      ),
      'hardshipFigures',
    );
    expect(laoshanFigures).toMatchObject({ activeHouseholds: 0, exitedThisYear: 0 });
    const outside = field(await run(figures, { org: hisense }, laoshan), 'hardshipFigures');
    expect(outside).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('lists the files due for review, and only within the viewer’s subtree', async () => {
    const due = field(
      await run(filesQuery, { filter: { reviewDue: true } }, caseworker),
      'hardshipFiles',
    );
    const data = due.data as { totalCount: number; edges: { node: { reviewDue: boolean } }[] };
    expect(data.totalCount).toBe(1);
    expect(data.edges[0]?.node.reviewDue).toBe(true);
    const none = field(await run(filesQuery, {}, laoshan), 'hardshipFiles');
    expect((none.data as { totalCount: number }).totalCount).toBe(0);
  });
});

describe('a hardship file from registration to re-entry', () => {
  let fileId = '';

  it('refuses a household that does not qualify, with the reasons', async () => {
    const rich = { ...deepFacts, incomes: [{ kind: 'WAGE', annualAmountFen: yuan(200_000) }] };
    const result = field(
      await run(
        createFile,
        {
          input: {
            memberId: gid('Member', worker.id),
            household: household(rich, worker.name),
            consent: { givenBy: worker.name, givenOn: '2026-11-30' },
          },
        },
        caseworker,
      ),
      'createHardshipFile',
    );
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'AID_FILE_NOT_QUALIFYING',
    });
    expect((result.violations as { message: string }[]).map((r) => r.message)).toContain(
      '结论：不符合困难职工认定条件',
    );
  });

  it('refuses a consent dated in the future, a size that does not match, and no SELF', async () => {
    const future = field(
      await run(
        createFile,
        {
          input: {
            memberId: gid('Member', worker.id),
            household: household(deepFacts, worker.name),
            consent: { givenBy: worker.name, givenOn: '2026-12-02' },
          },
        },
        caseworker,
      ),
      'createHardshipFile',
    );
    expect(future).toMatchObject({ field: 'input.consent.givenOn' });
    const noSelf = household(deepFacts, worker.name);
    noSelf.members = noSelf.members.map((member) => ({ ...member, relation: 'CHILD' }));
    noSelf.facts = { ...deepFacts, size: 2 };
    const bad = field(
      await run(
        createFile,
        {
          input: {
            memberId: gid('Member', worker.id),
            household: noSelf,
            consent: { givenBy: worker.name, givenOn: '2026-11-30' },
          },
        },
        caseworker,
      ),
      'createHardshipFile',
    );
    expect(bad).toMatchObject({ __typename: 'ValidationError' });
    expect((bad.issues as { field: string }[]).map((issue) => issue.field)).toEqual([
      'input.household.members',
      'input.household.facts.size',
    ]);
    expect(await prisma.hardshipFile.count({ where: { memberId: worker.id } })).toBe(0);
  });

  it('registers a qualifying household, sealed, with its consent, history and audit row', async () => {
    const result = field(
      await run(
        createFile,
        {
          input: {
            memberId: gid('Member', worker.id),
            household: household(deepFacts, worker.name),
            consent: { givenBy: worker.name, givenOn: '2026-11-30' },
          },
        },
        caseworker,
      ),
      'createHardshipFile',
    );
    expect(result).toMatchObject({
      __typename: 'HardshipFile',
      workerName: worker.name,
      state: 'ACTIVE',
      category: 'DEEP',
      causes: ['ILLNESS'],
      isModelWorker: false,
      householdSize: 3,
      ruleVersion: '000000 v1 / 370200 v1',
      registeredOn: '2026-12-01',
      nextReviewDue: '2027-12-01',
      reviewDue: false,
      consentGivenBy: worker.name,
      household: [
        {
          relation: 'SELF',
          nameMasked: `${Array.from(worker.name)[0]}${'*'.repeat(Array.from(worker.name).length - 1)}`,
        },
        { relation: 'SPOUSE', nameMasked: '林**', idNumberMasked: '3702**********1227' },
        { relation: 'CHILD', nameMasked: '林**', idNumberMasked: null },
      ],
      history: [{ type: 'REGISTERED', toCategory: 'DEEP', ruleVersion: '000000 v1 / 370200 v1' }],
    });
    fileId = String(result.id);
    const [row] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      'SELECT * FROM hardship_file WHERE member_id = $1::uuid',
      worker.id,
    );
    const stored = JSON.stringify(row);
    for (const secret of [spouseIdNumber, '林晓梅', '3000000', '812.50', '配偶重病住院']) {
      expect(stored).not.toContain(secret);
    }
    const events = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      'SELECT * FROM hardship_file_event e JOIN hardship_file f ON f.id = e.file_id WHERE f.member_id = $1::uuid',
      worker.id,
    );
    expect(JSON.stringify(events)).not.toContain('812.50');
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: 'aid.hardship.registered', targetId: String(row?.id) },
    });
    expect(audit.after).toMatchObject({ category: 'DEEP', householdSize: 3 });
    expect(JSON.stringify(audit.after)).not.toContain(spouseIdNumber);
  });

  it('refuses a second file for the same member', async () => {
    const again = field(
      await run(
        createFile,
        {
          input: {
            memberId: gid('Member', worker.id),
            household: household(deepFacts, worker.name),
            consent: { givenBy: worker.name, givenOn: '2026-11-30' },
          },
        },
        caseworker,
      ),
      'createHardshipFile',
    );
    expect(again).toMatchObject({ rule: 'AID_FILE_EXISTS' });
  });

  it('reveals the sealed household only with aid.process and a logged reason', async () => {
    const forViewer = field(
      await run(reveal, { id: fileId, reason: '核实家庭收入情况' }, viewer),
      'revealHardshipFile',
    );
    expect(forViewer).toMatchObject({ __typename: 'ForbiddenError' });
    const forOutsider = field(
      await run(reveal, { id: fileId, reason: '核实家庭收入情况' }, laoshan),
      'revealHardshipFile',
    );
    expect(forOutsider).toMatchObject({ __typename: 'NotFoundError' });
    const shortReason = field(
      await run(reveal, { id: fileId, reason: '看' }, caseworker),
      'revealHardshipFile',
    );
    expect(shortReason).toMatchObject({ __typename: 'ValidationError', field: 'reason' });
    const details = field(
      await run(reveal, { id: fileId, reason: '年度复核前核实家庭收入' }, caseworker),
      'revealHardshipFile',
    );
    expect(details).toMatchObject({
      __typename: 'HardshipFileDetails',
      members: [
        { name: worker.name, relation: 'SELF' },
        { name: '林晓梅', relation: 'SPOUSE', idNumber: spouseIdNumber, health: 'SERIOUS_ILLNESS' },
        { name: '林一诺', relation: 'CHILD', schoolLevel: 'PRIMARY' },
      ],
      incomes: [
        { kind: 'WAGE', annualAmountFen: yuan(30_000) },
        { kind: 'TRANSFER', annualAmountFen: yuan(6_000) },
      ],
      documents: ['住院费用票据'],
      situation: '配偶重病住院',
      assessment: { category: 'DEEP', perCapitaMonthlyNetIncomeFen: yuan(812.5) },
    });
    const logged = await prisma.auditLog.findMany({ where: { action: 'aid.hardship.reveal' } });
    expect(logged.map((entry) => entry.reason)).toEqual(['年度复核前核实家庭收入']);
  });

  it('viewers see the file masked; other subtrees do not see it at all', async () => {
    const seen = field(await run(fileQuery, { id: fileId }, viewer), 'hardshipFile');
    expect(seen).toMatchObject({ __typename: 'HardshipFile', category: 'DEEP' });
    const hidden = field(await run(fileQuery, { id: fileId }, laoshan), 'hardshipFile');
    expect(hidden).toMatchObject({ __typename: 'NotFoundError' });
    const update = field(
      await run(updateFile, { id: fileId, household: household(deepFacts, worker.name) }, viewer),
      'updateHardshipFile',
    );
    expect(update).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('re-classifies at the yearly review, and exits a household that no longer qualifies', async () => {
    await travelTo('2027-12-02T02:00:00Z');
    const due = field(await run(fileQuery, { id: fileId }, caseworker), 'hardshipFile');
    expect(due.reviewDue).toBe(true);
    const better = { ...deepFacts, incomes: [{ kind: 'WAGE', annualAmountFen: yuan(50_000) }] };
    const relative = field(
      await run(reviewFile, { id: fileId, household: household(better, worker.name) }, caseworker),
      'reviewHardshipFile',
    );
    expect(relative).toMatchObject({
      state: 'ACTIVE',
      category: 'RELATIVE',
      lastReviewedOn: '2027-12-02',
      nextReviewDue: '2028-12-02',
      reviewDue: false,
    });
    expect((relative.history as { type: string; note: string }[])[0]).toMatchObject({
      type: 'REVIEWED',
      fromCategory: 'DEEP',
      toCategory: 'RELATIVE',
      note: '复核由深度困难调整为相对困难',
    });
    const rich = { ...deepFacts, incomes: [{ kind: 'WAGE', annualAmountFen: yuan(120_000) }] };
    const exited = field(
      await run(reviewFile, { id: fileId, household: household(rich, worker.name) }, caseworker),
      'reviewHardshipFile',
    );
    expect(exited).toMatchObject({
      state: 'EXITED',
      exitedOn: '2027-12-02',
      exitReason: 'NO_LONGER_QUALIFIES',
    });
    expect((exited.history as { type: string }[]).slice(0, 2).map((event) => event.type)).toEqual([
      'EXITED',
      'REVIEWED',
    ]);
    const stats = field(
      await run(figures, { org: hisense, year: 2027 }, caseworker),
      'hardshipFigures',
    );
    expect(stats).toMatchObject({ exitedThisYear: 1, registeredThisYear: 0 });
  });

  it('refuses to review or exit an exited file, and re-enters it when hardship returns', async () => {
    const review = field(
      await run(
        reviewFile,
        { id: fileId, household: household(deepFacts, worker.name) },
        caseworker,
      ),
      'reviewHardshipFile',
    );
    expect(review).toMatchObject({ __typename: 'RuleViolationError', rule: 'AID_FILE_NOT_ACTIVE' });
    const exitAgain = field(
      await run(
        exitFile,
        { id: fileId, input: { exitedOn: '2027-12-02', reason: 'REEMPLOYED' } },
        caseworker,
      ),
      'exitHardshipFile',
    );
    expect(exitAgain).toMatchObject({ rule: 'AID_FILE_NOT_ACTIVE' });
    await travelTo('2028-03-01T02:00:00Z');
    const rich = { ...deepFacts, incomes: [{ kind: 'WAGE', annualAmountFen: yuan(120_000) }] };
    const notYet = field(
      await run(
        reenterFile,
        {
          id: fileId,
          household: household(rich, worker.name),
          consent: { givenBy: worker.name, givenOn: '2028-03-01' },
        },
        caseworker,
      ),
      'reenterHardshipFile',
    );
    expect(notYet).toMatchObject({ rule: 'AID_FILE_NOT_QUALIFYING' });
    const back = field(
      await run(
        reenterFile,
        {
          id: fileId,
          household: household(deepFacts, worker.name),
          consent: { givenBy: worker.name, givenOn: '2028-03-01' },
        },
        caseworker,
      ),
      'reenterHardshipFile',
    );
    expect(back).toMatchObject({
      state: 'ACTIVE',
      category: 'DEEP',
      exitedOn: null,
      exitReason: null,
      lastReviewedOn: '2028-03-01',
    });
    expect((back.history as { type: string }[])[0]?.type).toBe('REENTERED');
  });

  it('exits with a date and a reason; OTHER needs a note; the date cannot be in the future', async () => {
    const noNote = field(
      await run(
        exitFile,
        { id: fileId, input: { exitedOn: '2028-03-01', reason: 'OTHER' } },
        caseworker,
      ),
      'exitHardshipFile',
    );
    expect(noNote, JSON.stringify(noNote)).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.note',
    });
    const future = field(
      await run(
        exitFile,
        { id: fileId, input: { exitedOn: '2028-03-02', reason: 'REEMPLOYED' } },
        caseworker,
      ),
      'exitHardshipFile',
    );
    expect(future).toMatchObject({ __typename: 'ValidationError', field: 'input.exitedOn' });
    const byViewer = field(
      await run(
        exitFile,
        { id: fileId, input: { exitedOn: '2028-03-01', reason: 'REEMPLOYED' } },
        viewer,
      ),
      'exitHardshipFile',
    );
    expect(byViewer).toMatchObject({ __typename: 'ForbiddenError' });
    const done = field(
      await run(
        exitFile,
        { id: fileId, input: { exitedOn: '2028-03-01', reason: 'OTHER', note: '举家迁往外地' } },
        caseworker,
      ),
      'exitHardshipFile',
    );
    expect(done).toMatchObject({ state: 'EXITED', exitReason: 'OTHER', exitNote: '举家迁往外地' });
    const audit = await prisma.auditLog.findMany({
      where: { targetType: 'HardshipFile', action: { startsWith: 'aid.hardship.' } },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'aid.hardship.registered',
      'aid.hardship.reveal',
      'aid.hardship.reviewed',
      'aid.hardship.reviewed',
      'aid.hardship.exited',
      'aid.hardship.reentered',
      'aid.hardship.exited',
    ]);
  });
});

describe('困难劳模', () => {
  async function freeMembers(count: number) {
    const withFile = (await prisma.hardshipFile.findMany({ select: { memberId: true } })).map(
      (file) => file.memberId,
    );
    return prisma.member.findMany({
      where: {
        organizationId: hisenseId,
        status: 'ACTIVE',
        isMigrant: false,
        id: { notIn: withFile },
      },
      select: { id: true, name: true, lineageIds: true },
      take: count,
      orderBy: { id: 'asc' },
    });
  }

  function register(
    member: { id: string; name: string },
    facts: Record<string, unknown>,
    title?: string,
  ) {
    const input = household(facts, member.name);
    if (title)
      input.members = input.members.map((m) =>
        m.relation === 'SPOUSE' ? { ...m, modelWorkerTitle: title } : m,
      );
    return run(
      createFile,
      {
        input: {
          memberId: gid('Member', member.id),
          household: input,
          consent: { givenBy: member.name, givenOn: '2028-02-01' },
        },
      },
      caseworker,
    );
  }

  it('flags a household whose member holds a model-worker title, recorded or awarded', async () => {
    const [recorded, awarded, plain] = await freeMembers(3);
    if (!recorded || !awarded || !plain) throw new Error('not enough demo members');
    const withTitle = field(
      await register(recorded, deepFacts, '青岛市劳动模范'),
      'createHardshipFile',
    );
    expect(withTitle, JSON.stringify(withTitle)).toMatchObject({
      __typename: 'HardshipFile',
      isModelWorker: true,
    });

    // A published, unrevoked 市劳动模范 award of the worker themself.
    const campaign = await prisma.honorCampaign.create({
      data: {
        organizationId: seedUuid('qingdao'),
        lineageIds: [seedUuid('acftu'), seedUuid('shandong'), seedUuid('qingdao')],
        name: '测试：市劳动模范评选',
        titleCode: 'CITY_MODEL_WORKER',
        year: 2025,
        quotaRules: [],
        nominationDeadline: new Date('2025-03-01'),
        noticeWorkingDays: 5,
        createdByStaffId: seedUuid('staff:super.admin'),
      },
    });
    const nomination = await prisma.honorNomination.create({
      data: {
        campaignId: campaign.id,
        organizationId: hisenseId,
        lineageIds: awarded.lineageIds,
        memberId: awarded.id,
        subject: 'PERSON',
        name: awarded.name,
        employerName: '海信集团控股股份有限公司',
        regionCode: '370202',
        citation: '测试事迹',
        categories: [],
        state: 'PUBLISHED',
        nominatedByStaffId: seedUuid('staff:super.admin'),
      },
    });
    await prisma.honorAward.create({
      data: {
        nominationId: nomination.id,
        campaignId: campaign.id,
        lineageIds: awarded.lineageIds,
        titleCode: 'CITY_MODEL_WORKER',
        titleName: '市劳动模范',
        level: 'CITY',
        subject: 'PERSON',
        year: 2025,
        name: awarded.name,
        employerName: '海信集团控股股份有限公司',
        regionCode: '370202',
        citation: '测试事迹',
        publicScopes: [],
        certificateCode: 'TEST-AID-MODEL-1',
        publishedAt: new Date('2025-05-01T00:00:00Z'),
      },
    });
    const fromAward = field(await register(awarded, deepFacts), 'createHardshipFile');
    expect(fromAward).toMatchObject({ __typename: 'HardshipFile', isModelWorker: true });
    const without = field(await register(plain, deepFacts), 'createHardshipFile');
    expect(without).toMatchObject({ __typename: 'HardshipFile', isModelWorker: false });
    const listed = field(
      await run(filesQuery, { filter: { isModelWorker: true } }, caseworker),
      'hardshipFiles',
    );
    expect((listed.data as { totalCount: number }).totalCount).toBe(3); // the demo's one and these two
  });
});
