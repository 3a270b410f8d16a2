import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { freshAddress, graphql, signIn } from './graphql.js';

/**
 * Honors through real GraphQL requests: the whole workflow from a campaign to the public roll
 * and back off it, the domain's refusals as typed errors, subtree scoping, consent, and the
 * public API's fields, filters, paging, objections and certificates.
 *
 * Time is faked (Date only): the journey starts on Monday 2026-06-01, 10:00 in Shanghai, so the
 * five-working-day notice runs 06-01 to 06-05 and approval is possible from 06-08.
 */

const gid = (type: string, id: string) => encodeGlobalId(type, id);
const qingdao = gid('Organization', seedUuid('qingdao'));
const shinan = gid('Organization', seedUuid('qingdao-shinan'));
const hisense = gid('Organization', seedUuid('qingdao-shinan-hisense'));

type Typed = Record<string, unknown> & { __typename: string };
type Data = Record<string, Typed>;

const errorFields = /* GraphQL */ `
  ... on ValidationError { field rule issues { field rule message } }
  ... on RuleViolationError { rule reasons { field rule message } }
  ... on Error { code message }
`;
const validationErrors = /* GraphQL */ `
  ... on ValidationError { field rule issues { field rule message } }
  ... on Error { code message }
`;
const nominationFields = /* GraphQL */ `
  __typename
  ... on Nomination { id state name sex employerName regionCode industry photoUrl citation categories
    memberId availableMoves noticeStartsOn noticeEndsOn closingReason certificateCode awardRevokedAt
    consent { givenBy givenOn scopes withdrawnOn }
    objections { id state finding receivedOn text }
    history { action fromState toState reason actorName } }
  ${errorFields}
`;
const createCampaign = /* GraphQL */ `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) {
  __typename ... on HonorCampaign { id name year titleCode noticeWorkingDays organizerName
    title { name level } quotaRules { category label comparator shareBasisPoints base } }
  ${validationErrors} } }`;
const nominate = /* GraphQL */ `mutation ($input: NominateInput!) { nominate(input: $input) { ${nominationFields} } }`;
const update = /* GraphQL */ `mutation ($id: ID!, $input: UpdateNominationInput!) { updateNomination(id: $id, input: $input) { ${nominationFields} } }`;
const move = /* GraphQL */ `mutation ($id: ID!, $move: NominationMove!, $reason: String) { moveNomination(id: $id, move: $move, reason: $reason) { ${nominationFields} } }`;
const quotaCheck = /* GraphQL */ `query ($id: ID!, $org: ID) { campaign(id: $id) { __typename ... on HonorCampaign {
  quotaCheck(organizationId: $org) { __typename ... on QuotaCheck { passed outcomes { passed count baseCount
    requiredShareBasisPoints actualShareBasisPoints changesNeeded explanation
    rule { category label comparator shareBasisPoints base } } } } } ${validationErrors} } }`;
const recordConsent = /* GraphQL */ `mutation ($id: ID!, $input: RecordConsentInput!) { recordConsent(nominationId: $id, input: $input) {
  __typename ... on HonorConsent { givenBy givenOn scopes withdrawnOn } ${errorFields} } }`;
const withdrawConsent = /* GraphQL */ `mutation ($id: ID!) { withdrawConsent(nominationId: $id) {
  __typename ... on HonorConsent { withdrawnOn } ${errorFields} } }`;
const resolveObjection = /* GraphQL */ `mutation ($id: ID!, $outcome: ObjectionOutcome!, $finding: String!) {
  resolveObjection(id: $id, outcome: $outcome, finding: $finding) { __typename ... on Objection { state finding resolvedOn } ${errorFields} } }`;
const submitObjection = /* GraphQL */ `mutation ($id: ID!, $text: String!) { submitObjection(nominationId: $id, text: $text) {
  __typename ... on ObjectionReceipt { receivedOn noticeEndsOn message } ${errorFields} } }`;
const nominationsQuery = /* GraphQL */ `query ($filter: NominationFilter) { nominations(filter: $filter, first: 50) {
  __typename ... on QueryNominationsSuccess { data { totalCount edges { node { id name state } } } } ${validationErrors} } }`;
const nominationQuery = /* GraphQL */ `query ($id: ID!) { nomination(id: $id) { ${nominationFields.replace(errorFields, validationErrors)} } }`;
const honorRoll = /* GraphQL */ `query ($filter: HonorRollFilter, $first: Int, $after: String) {
  honorRoll(filter: $filter, first: $first, after: $after) { __typename
    ... on QueryHonorRollSuccess { data { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name titleCode titleName level year employerName regionCode industry citation photoUrl } } } }
    ${validationErrors} } }`;
const verify = /* GraphQL */ `query ($code: String!) { verifyCertificate(code: $code) { __typename
  ... on CertificateVerification { status revokedAt titleName year honoree { name titleName } } ${validationErrors} } }`;
const notices = /* GraphQL */ `query { publicNotices(first: 50) { __typename ... on QueryPublicNoticesSuccess { data {
  edges { node { id name employerName citation titleName level campaignName organizerName nominatingUnionName noticeStartsOn noticeEndsOn } } } } } }`;

function field(result: { data?: Data; errors?: unknown }, name: string): Typed {
  const value = result.data?.[name];
  if (!value) throw new Error(`no ${name}: ${JSON.stringify(result.errors ?? result.data)}`);
  return value;
}

async function run(query: string, variables: Record<string, unknown>, session?: string) {
  return graphql<Data>(query, variables, session ? { session } : {});
}

function reasonRules(value: Typed): string[] {
  return ((value.reasons as { rule: string }[] | undefined) ?? []).map((reason) => reason.rule);
}

function at(instant: string) {
  vi.setSystemTime(new Date(instant));
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2026-06-01T02:00:00Z');
});

afterAll(() => {
  vi.useRealTimers();
});

async function staffSessions() {
  return {
    qingdao: await signIn('qingdao.admin'),
    shinan: await signIn('shinan.admin'),
    laoshan: await signIn('laoshan.admin'),
    super: await signIn('super.admin'),
  };
}

const medalQuotas = [
  { category: 'MIGRANT_WORKER', comparator: 'AT_LEAST', shareBasisPoints: 5000, base: 'PERSONS' },
  { category: 'UNIT_LEADER', comparator: 'AT_MOST', shareBasisPoints: 1500, base: 'PERSONS' },
];

async function newCampaign(session: string, extra: Record<string, unknown> = {}) {
  const result = field(
    await run(
      createCampaign,
      {
        input: {
          organizationId: qingdao,
          name: '2026年青岛市五一劳动奖章推荐评选',
          titleCode: 'CITY_MAY_DAY_MEDAL',
          year: 2026,
          quotaRules: medalQuotas,
          nominationDeadline: '2026-06-30',
          ...extra,
        },
      },
      session,
    ),
    'createCampaign',
  );
  expect(result.__typename).toBe('HonorCampaign');
  return result.id as string;
}

function person(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    sex: 'FEMALE',
    employerName: '海信集团控股股份有限公司',
    regionCode: '370202',
    industry: '制造业',
    photoUrl: 'https://photos.example.cn/honor/1.jpg',
    ...extra,
  };
}

describe('the honor workflow, from a campaign to the public roll and off it again', () => {
  it('runs the whole journey with every guard of the domain on the way', async () => {
    let s = await staffSessions();
    const campaignId = await newCampaign(s.qingdao);

    // A member of 海信 nominated by 市南区总工会: public fields copied, never the ID number.
    const members = await run(
      `query ($org: ID!) { members(filter: { organizationId: $org }, first: 1) {
        ... on QueryMembersSuccess { data { edges { node { id name employerName } } } } } }`,
      { org: hisense },
      s.shinan,
    );
    const member = (
      field(members, 'members') as unknown as {
        data: { edges: { node: { id: string; name: string } }[] };
      }
    ).data.edges[0]?.node;
    expect(member).toBeDefined();
    const fromMember = field(
      await run(
        nominate,
        {
          input: {
            campaignId,
            organizationId: shinan,
            memberId: member?.id,
            citation: '扎根生产一线二十年，带领班组完成工艺改进 12 项。',
            categories: ['FRONT_LINE'],
          },
        },
        s.shinan,
      ),
      'nominate',
    );
    expect(fromMember).toMatchObject({
      __typename: 'Nomination',
      state: 'DRAFT',
      name: member?.name,
      regionCode: '370202',
      memberId: member?.id,
    });
    const stored = await prisma.honorNomination.findFirstOrThrow({
      where: { name: member?.name, campaign: { name: '2026年青岛市五一劳动奖章推荐评选' } },
    });
    // UUIDs first: their last group is hex and can hold 11 digits in a row that look like a phone.
    const storedText = JSON.stringify(stored).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      '<uuid>',
    );
    expect(storedText).not.toMatch(/(?<![\w-])(\d{17}[\dX]|1[3-9]\d{9})(?![\w-])/);

    const newPerson = field(
      await run(
        nominate,
        {
          input: {
            campaignId,
            organizationId: shinan,
            person: person('林晓雯'),
            citation: '海信激光显示生产线班组长，创新装配工法，良品率提升 8 个百分点。',
            categories: ['FRONT_LINE', 'WOMAN'],
          },
        },
        s.shinan,
      ),
      'nominate',
    );
    expect(newPerson).toMatchObject({ __typename: 'Nomination', state: 'DRAFT', name: '林晓雯' });
    const id = newPerson.id as string;

    // The slate of 市南区: no migrant worker among two, against ≥ 50 %.
    const failing = field(
      await run(quotaCheck, { id: campaignId, org: shinan }, s.shinan),
      'campaign',
    ) as unknown as { quotaCheck: { passed: boolean; outcomes: Record<string, unknown>[] } };
    expect(failing.quotaCheck.passed).toBe(false);
    expect(failing.quotaCheck.outcomes[0]).toMatchObject({
      passed: false,
      count: 0,
      baseCount: 2,
      requiredShareBasisPoints: 5000,
      actualShareBasisPoints: 0,
      changesNeeded: 1,
      rule: { category: 'MIGRANT_WORKER', label: '农民工', comparator: 'AT_LEAST' },
    });
    expect(failing.quotaCheck.outcomes[0]?.explanation).toBe(
      '农民工占比 0.0%，低于要求的 50%，至少还需 1 名',
    );
    expect(failing.quotaCheck.outcomes[1]).toMatchObject({ passed: true, changesNeeded: 0 });

    // Fixed: the new person is a migrant worker.
    const fixed = field(
      await run(
        update,
        { id, input: { categories: ['FRONT_LINE', 'WOMAN', 'MIGRANT_WORKER'] } },
        s.shinan,
      ),
      'updateNomination',
    );
    expect(fixed.categories).toEqual(['FRONT_LINE', 'WOMAN', 'MIGRANT_WORKER']);
    const passing = field(
      await run(quotaCheck, { id: campaignId, org: shinan }, s.shinan),
      'campaign',
    ) as unknown as { quotaCheck: { passed: boolean; outcomes: Record<string, unknown>[] } };
    expect(passing.quotaCheck.passed).toBe(true);
    expect(passing.quotaCheck.outcomes[0]?.explanation).toBe('农民工占比 50.0%，不低于要求的 50%');

    // Submitted by the nominating union; from then on the material is frozen.
    expect(
      field(await run(move, { id, move: 'SUBMIT' }, s.shinan), 'moveNomination'),
    ).toMatchObject({
      state: 'SUBMITTED',
    });
    const frozen = field(
      await run(update, { id, input: { name: '林晓' } }, s.shinan),
      'updateNomination',
    );
    expect(frozen).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'HONOR_NOMINATION_NOT_DRAFT',
    });

    // The district may not qualify a city nomination; the city may.
    const districtQualifies = field(
      await run(move, { id, move: 'QUALIFY' }, s.shinan),
      'moveNomination',
    );
    expect(districtQualifies.__typename).toBe('RuleViolationError');
    // It lacks the permission at the organiser, and it submitted the nomination itself.
    expect(reasonRules(districtQualifies)).toEqual([
      'HONOR_NOMINATION_PERMISSION',
      'HONOR_NOMINATION_SELF_APPROVAL',
    ]);
    expect(
      field(await run(move, { id, move: 'QUALIFY' }, s.qingdao), 'moveNomination'),
    ).toMatchObject({
      state: 'QUALIFIED',
    });
    // Approval before any notice is not a move of this state.
    const early = field(await run(move, { id, move: 'APPROVE' }, s.qingdao), 'moveNomination');
    expect(reasonRules(early)).toEqual(['HONOR_NOMINATION_MOVE_NOT_ALLOWED']);

    // Notice: five working days from Monday 06-01.
    const noticed = field(
      await run(move, { id, move: 'START_NOTICE' }, s.qingdao),
      'moveNomination',
    );
    expect(noticed).toMatchObject({
      state: 'PUBLIC_NOTICE',
      noticeStartsOn: '2026-06-01',
      noticeEndsOn: '2026-06-05',
    });

    // The public sees it under notice, and objects.
    const listed = await run(notices, {});
    const notice = (
      field(listed, 'publicNotices') as unknown as {
        data: { edges: { node: Record<string, unknown> }[] };
      }
    ).data.edges.find((edge) => edge.node.id === id)?.node;
    expect(notice).toMatchObject({
      name: '林晓雯',
      employerName: '海信集团控股股份有限公司',
      titleName: '市五一劳动奖章',
      level: 'CITY',
      organizerName: '青岛市总工会',
      nominatingUnionName: '市南区总工会',
      noticeStartsOn: '2026-06-01',
      noticeEndsOn: '2026-06-05',
    });
    const objection = field(
      await graphql<Data>(
        submitObjection,
        { id, text: '该同志申报材料中的获奖情况与实际不符。' },
        { from: freshAddress() },
      ),
      'submitObjection',
    );
    expect(objection).toMatchObject({
      __typename: 'ObjectionReceipt',
      receivedOn: '2026-06-01',
      noticeEndsOn: '2026-06-05',
    });

    // After the notice: the open objection blocks approval, and no more objections are taken.
    at('2026-06-08T02:00:00Z');
    s = await staffSessions();
    const blocked = field(await run(move, { id, move: 'APPROVE' }, s.qingdao), 'moveNomination');
    expect(blocked.__typename).toBe('RuleViolationError');
    expect(reasonRules(blocked)).toEqual(['PUBLIC_NOTICE_OBJECTION_OPEN']);
    const late = field(
      await graphql<Data>(
        submitObjection,
        { id, text: '公示期后才看到的问题。' },
        { from: freshAddress() },
      ),
      'submitObjection',
    );
    expect(late).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'PUBLIC_NOTICE_OBJECTION_OUTSIDE',
    });

    const withObjection = field(await run(nominationQuery, { id }, s.qingdao), 'nomination');
    const objections = withObjection.objections as { id: string; state: string }[];
    expect(objections).toHaveLength(1);
    const emptyFinding = field(
      await run(
        resolveObjection,
        { id: objections[0]?.id, outcome: 'DISMISSED', finding: '  ' },
        s.qingdao,
      ),
      'resolveObjection',
    );
    expect(emptyFinding).toMatchObject({ rule: 'PUBLIC_NOTICE_OBJECTION_RESOLUTION_EMPTY' });
    expect(
      field(
        await run(
          resolveObjection,
          {
            id: objections[0]?.id,
            outcome: 'DISMISSED',
            finding: '经核查获奖证书原件，情况属实，异议不成立。',
          },
          s.qingdao,
        ),
        'resolveObjection',
      ),
    ).toMatchObject({ state: 'DISMISSED', resolvedOn: '2026-06-08' });

    expect(
      field(await run(move, { id, move: 'APPROVE' }, s.qingdao), 'moveNomination'),
    ).toMatchObject({
      state: 'APPROVED',
    });

    // Publishing a person needs their consent.
    const noConsent = field(await run(move, { id, move: 'PUBLISH' }, s.qingdao), 'moveNomination');
    expect(reasonRules(noConsent)).toEqual(['HONOR_CONSENT_MISSING']);
    const future = field(
      await run(
        recordConsent,
        { id, input: { givenBy: '林晓雯', givenOn: '2026-06-09', scopes: ['NAME'] } },
        s.shinan,
      ),
      'recordConsent',
    );
    expect(future).toMatchObject({
      __typename: 'ValidationError',
      rule: 'HONOR_CONSENT_FUTURE',
      field: 'input.givenOn',
    });
    expect(
      field(
        await run(
          recordConsent,
          { id, input: { givenBy: '林晓雯', givenOn: '2026-06-08', scopes: ['NAME', 'STORY'] } },
          s.shinan,
        ),
        'recordConsent',
      ),
    ).toMatchObject({ __typename: 'HonorConsent', scopes: ['NAME', 'STORY'], withdrawnOn: null });

    const published = field(await run(move, { id, move: 'PUBLISH' }, s.qingdao), 'moveNomination');
    expect(published).toMatchObject({ state: 'PUBLISHED', awardRevokedAt: null });
    const code = published.certificateCode as string;
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    // On the public roll, as far as the consent allows: no photo.
    const roll = await run(honorRoll, { filter: { search: '林晓雯' } });
    const rollData = (
      field(roll, 'honorRoll') as unknown as {
        data: { totalCount: number; edges: { node: Record<string, unknown> }[] };
      }
    ).data;
    expect(rollData.totalCount).toBe(1);
    expect(rollData.edges[0]?.node).toMatchObject({
      name: '林晓雯',
      titleCode: 'CITY_MAY_DAY_MEDAL',
      titleName: '市五一劳动奖章',
      level: 'CITY',
      year: 2026,
      employerName: '海信集团控股股份有限公司',
      regionCode: '370202',
      citation: '海信激光显示生产线班组长，创新装配工法，良品率提升 8 个百分点。',
      photoUrl: null,
    });
    const honoreeId = rollData.edges[0]?.node.id as string;
    const one = await run(
      `query ($id: ID!) { honoree(id: $id) { ... on Honoree { name photoUrl certificateCode } } }`,
      {
        id: honoreeId,
      },
    );
    // The profile carries the code printed on the certificate (its QR code's /verify link).
    expect(one.data?.honoree).toEqual({ name: '林晓雯', photoUrl: null, certificateCode: code });

    const valid = field(
      await run(verify, { code: code.toLowerCase().replaceAll('-', ' ') }),
      'verifyCertificate',
    );
    expect(valid).toMatchObject({
      status: 'VALID',
      revokedAt: null,
      titleName: '市五一劳动奖章',
      year: 2026,
      honoree: { name: '林晓雯', titleName: '市五一劳动奖章' },
    });

    // Consent to the photo too: the roll shows it at once.
    await run(
      recordConsent,
      {
        id,
        input: { givenBy: '林晓雯', givenOn: '2026-06-08', scopes: ['NAME', 'PHOTO', 'STORY'] },
      },
      s.shinan,
    );
    const withPhoto = await run(
      `query ($id: ID!) { honoree(id: $id) { ... on Honoree { photoUrl } } }`,
      {
        id: honoreeId,
      },
    );
    expect(withPhoto.data?.honoree).toEqual({ photoUrl: 'https://photos.example.cn/honor/1.jpg' });

    // Revocation needs a reason, then takes the honoree off the roll at once.
    const noReason = field(await run(move, { id, move: 'REVOKE' }, s.qingdao), 'moveNomination');
    expect(reasonRules(noReason)).toEqual(['HONOR_NOMINATION_REASON_REQUIRED']);
    const revoked = field(
      await run(move, { id, move: 'REVOKE', reason: '经查实申报材料弄虚作假' }, s.qingdao),
      'moveNomination',
    );
    expect(revoked).toMatchObject({ state: 'REVOKED', closingReason: '经查实申报材料弄虚作假' });
    expect(revoked.awardRevokedAt).toBe('2026-06-08T02:00:00.000Z');
    const gone = await run(honorRoll, { filter: { search: '林晓雯' } });
    expect(
      (field(gone, 'honorRoll') as unknown as { data: { totalCount: number } }).data.totalCount,
    ).toBe(0);
    expect(
      (await run(`query ($id: ID!) { honoree(id: $id) { __typename } }`, { id: honoreeId })).data
        ?.honoree,
    ).toBeNull();
    expect(field(await run(verify, { code }), 'verifyCertificate')).toMatchObject({
      status: 'REVOKED',
      revokedAt: '2026-06-08T02:00:00.000Z',
      honoree: null,
    });
    expect(field(await run(verify, { code: 'ZZZZ-ZZZZ-ZZZZ' }), 'verifyCertificate')).toMatchObject(
      {
        status: 'UNKNOWN',
        honoree: null,
      },
    );
    // A final state accepts nothing more.
    const after = field(await run(move, { id, move: 'PUBLISH' }, s.qingdao), 'moveNomination');
    expect(reasonRules(after)).toEqual(['HONOR_NOMINATION_FINAL']);

    // The append-only history, and one audit row per change.
    const history = (
      field(await run(nominationQuery, { id }, s.qingdao), 'nomination').history as {
        action: string;
      }[]
    ).map((event) => event.action);
    expect(history).toEqual([
      'CREATE',
      'UPDATE',
      'SUBMIT',
      'QUALIFY',
      'START_NOTICE',
      'OBJECTION_RECEIVED',
      'OBJECTION_RESOLVED',
      'APPROVE',
      'CONSENT',
      'PUBLISH',
      'CONSENT',
      'REVOKE',
    ]);
    const rawId = (await prisma.honorNomination.findFirstOrThrow({ where: { name: '林晓雯' } })).id;
    const audits = await prisma.auditLog.findMany({ where: { targetId: rawId } });
    // One audit row per staff change (the public's objection has no staff actor to audit).
    expect(audits.map((row) => row.action).sort()).toEqual(
      history
        .filter((action) => action !== 'OBJECTION_RECEIVED')
        .map((action) => `honor.nomination.${action.toLowerCase()}`)
        .sort(),
    );
    expect(JSON.stringify(audits.map((row) => [row.before, row.after, row.reason]))).not.toContain(
      '林晓雯',
    );
  });

  it('refuses self-approval: whoever nominated or submitted may not qualify, approve or publish', async () => {
    at('2026-06-02T02:00:00Z');
    const s = await staffSessions();
    const campaignId = await newCampaign(s.qingdao, {
      name: '2026年青岛工匠命名推荐',
      titleCode: 'QINGDAO_CRAFTSMAN',
      quotaRules: [],
    });
    const own = field(
      await run(
        nominate,
        {
          input: {
            campaignId,
            person: person('宋志强', { sex: 'MALE' }),
            citation: '数控机床装调维修技师。',
            categories: ['INDUSTRIAL_WORKER'],
          },
        },
        s.qingdao,
      ),
      'nominate',
    );
    const id = own.id as string;
    await run(move, { id, move: 'SUBMIT' }, s.qingdao);
    const self = field(await run(move, { id, move: 'QUALIFY' }, s.qingdao), 'moveNomination');
    expect(self.__typename).toBe('RuleViolationError');
    expect(reasonRules(self)).toEqual(['HONOR_NOMINATION_SELF_APPROVAL']);
    expect(self.message).toContain('推荐人或报送人不能对本人经办的推荐');
    // Another member of staff with the permission may.
    expect(
      field(await run(move, { id, move: 'QUALIFY' }, s.super), 'moveNomination'),
    ).toMatchObject({
      state: 'QUALIFIED',
    });
    const state = await prisma.honorNomination.findFirstOrThrow({ where: { name: '宋志强' } });
    expect(state.state).toBe('QUALIFIED');
  });

  it('keeps nominations within the subtree: another district sees and does nothing', async () => {
    at('2026-06-02T03:00:00Z');
    const s = await staffSessions();
    const campaignId = await newCampaign(s.qingdao, {
      name: '2026年青岛市劳动模范推荐',
      titleCode: 'CITY_MODEL_WORKER',
    });
    const shinanOwn = field(
      await run(
        nominate,
        {
          input: {
            campaignId,
            organizationId: shinan,
            person: person('邓海燕'),
            citation: '社区服务中心主任。',
            categories: [],
          },
        },
        s.shinan,
      ),
      'nominate',
    );
    const id = shinanOwn.id as string;
    const listed = (await run(nominationsQuery, { filter: { campaignId } }, s.laoshan)).data
      ?.nominations as unknown as {
      data: { totalCount: number };
    };
    expect(listed.data.totalCount).toBe(0);
    expect(field(await run(nominationQuery, { id }, s.laoshan), 'nomination')).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(
      field(await run(move, { id, move: 'WITHDRAW' }, s.laoshan), 'moveNomination'),
    ).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(
      field(
        await run(
          recordConsent,
          { id, input: { givenBy: '邓海燕', givenOn: '2026-06-02', scopes: ['NAME'] } },
          s.laoshan,
        ),
        'recordConsent',
      ),
    ).toMatchObject({ __typename: 'NotFoundError' });
    // 崂山 may not nominate on behalf of 市南.
    const foreign = field(
      await run(
        nominate,
        {
          input: {
            campaignId,
            organizationId: shinan,
            person: person('冒名'),
            citation: '无',
            categories: [],
          },
        },
        s.laoshan,
      ),
      'nominate',
    );
    expect(foreign.__typename).toBe('NotFoundError');
    // The city sees it; so does 市南 itself.
    const city = (await run(nominationsQuery, { filter: { campaignId } }, s.qingdao)).data
      ?.nominations as unknown as {
      data: { totalCount: number };
    };
    expect(city.data.totalCount).toBe(1);
    // Anonymous callers get nothing of the staff API.
    const anonymous = await run(nominationsQuery, { filter: { campaignId } });
    expect(anonymous.data?.nominations).toMatchObject({ __typename: 'UnauthenticatedError' });
  });

  it('refuses bad campaign input with the domain’s reasons', async () => {
    const s = await staffSessions();
    const bad = field(
      await run(
        createCampaign,
        {
          input: {
            organizationId: qingdao,
            name: '矛盾的比例',
            titleCode: 'CITY_MAY_DAY_MEDAL',
            year: 2026,
            quotaRules: [
              {
                category: 'WOMAN',
                comparator: 'AT_LEAST',
                shareBasisPoints: 3000,
                base: 'PERSONS',
              },
              { category: 'WOMAN', comparator: 'AT_MOST', shareBasisPoints: 2000, base: 'PERSONS' },
            ],
            nominationDeadline: '2026-06-30',
            noticeWorkingDays: 5,
          },
        },
        s.qingdao,
      ),
      'createCampaign',
    );
    expect(bad).toMatchObject({
      __typename: 'ValidationError',
      rule: 'SLATE_QUOTA_CONTRADICTORY',
      field: 'input.quotas[0]',
    });
    const unknownTitle = field(
      await run(
        createCampaign,
        {
          input: {
            organizationId: qingdao,
            name: 'x',
            titleCode: 'NO_SUCH_TITLE',
            year: 2026,
            quotaRules: [],
            nominationDeadline: '2026-06-30',
          },
        },
        s.qingdao,
      ),
      'createCampaign',
    );
    expect(unknownTitle).toMatchObject({ rule: 'HONOR_TITLE_UNKNOWN' });
    const shortNotice = field(
      await run(
        createCampaign,
        {
          input: {
            organizationId: qingdao,
            name: 'x',
            titleCode: 'CITY_MAY_DAY_MEDAL',
            year: 2026,
            quotaRules: [],
            nominationDeadline: '2026-06-30',
            noticeWorkingDays: 3,
          },
        },
        s.qingdao,
      ),
      'createCampaign',
    );
    expect(shortNotice).toMatchObject({ rule: 'PUBLIC_NOTICE_LENGTH' });
    // A district admin may not organise a city campaign.
    const districtOrganises = field(
      await run(
        createCampaign,
        {
          input: {
            organizationId: qingdao,
            name: 'x',
            titleCode: 'CITY_MAY_DAY_MEDAL',
            year: 2026,
            quotaRules: [],
            nominationDeadline: '2026-06-30',
          },
        },
        s.shinan,
      ),
      'createCampaign',
    );
    expect(districtOrganises.__typename).toBe('NotFoundError');
  });
});

describe('the public honor roll', () => {
  const publicTypes = [
    'Honoree',
    'PublicNotice',
    'CertificateVerification',
    'HonorStats',
    'HonorCount',
    'HonorTitle',
    'ObjectionReceipt',
  ];

  it('has no personal field on any public type', async () => {
    for (const name of publicTypes) {
      const result = await run(
        `query ($name: String!) { __type(name: $name) { fields { name } } }`,
        { name },
      );
      const fields = (
        (field(result, '__type') as unknown as { fields: { name: string }[] }).fields ?? []
      ).map((f) => f.name);
      expect(fields.length).toBeGreaterThan(0);
      for (const fieldName of fields) {
        // The one exception: an honoree's certificate code is printed on the certificate and
        // only confirms what the roll already shows (a revoked or withdrawn award leaves both).
        if (name === 'Honoree' && fieldName === 'certificateCode') continue;
        expect(fieldName).not.toMatch(
          /idNumber|phone|address|birth|lineage|member|staff|consent|certificateCode/i,
        );
      }
      if (name === 'Honoree') expect(fields).toContain('certificateCode');
    }
  });

  it('lists the seeded honorees, each only as far as their consent allows', async () => {
    const all = await run(honorRoll, { first: 100 });
    const data = (
      field(all, 'honorRoll') as unknown as {
        data: { totalCount: number; edges: { node: Record<string, unknown> }[] };
      }
    ).data;
    expect(data.totalCount).toBeGreaterThanOrEqual(12);
    // 高晓燕 consented to her name only: no story.
    const nameOnly = data.edges.find((edge) => edge.node.name === '高晓燕')?.node;
    expect(nameOnly).toMatchObject({ citation: null, photoUrl: null, titleName: '市五一劳动奖章' });
    // Newest year first, and national before city within a year.
    const keys = data.edges.map((edge) => [edge.node.year as number, edge.node.level as string]);
    const order = ['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT', 'ENTERPRISE'];
    for (let index = 1; index < keys.length; index += 1) {
      const [year, level] = keys[index] as [number, string];
      const [prevYear, prevLevel] = keys[index - 1] as [number, string];
      expect(year <= prevYear).toBe(true);
      if (year === prevYear) expect(order.indexOf(level) >= order.indexOf(prevLevel)).toBe(true);
    }
  });

  it('drops an honoree whose consent is withdrawn, and shows nothing without any consent', async () => {
    at('2026-06-03T02:00:00Z');
    const s = await staffSessions();
    const nomination = await prisma.honorNomination.findFirstOrThrow({ where: { name: '马国强' } });
    const id = gid('Nomination', nomination.id);
    const before = await run(honorRoll, { filter: { search: '马国强' } });
    expect(
      (field(before, 'honorRoll') as unknown as { data: { totalCount: number } }).data.totalCount,
    ).toBe(1);
    expect(field(await run(withdrawConsent, { id }, s.qingdao), 'withdrawConsent')).toMatchObject({
      withdrawnOn: '2026-06-03',
    });
    const after = await run(honorRoll, { filter: { search: '马国强' } });
    expect(
      (field(after, 'honorRoll') as unknown as { data: { totalCount: number } }).data.totalCount,
    ).toBe(0);
    // The certificate is still valid, but the verification page shows no personal details.
    const award = await prisma.honorAward.findUniqueOrThrow({
      where: { nominationId: nomination.id },
    });
    expect(
      field(await run(verify, { code: award.certificateCode }), 'verifyCertificate'),
    ).toMatchObject({
      status: 'VALID',
      honoree: null,
    });
  });

  it('filters by level, title, year, region (a city matches its districts), industry and text', async () => {
    const count = async (filter: Record<string, unknown>) => {
      const result = await run(honorRoll, { filter, first: 100 });
      const data = (
        field(result, 'honorRoll') as unknown as {
          data: { totalCount: number; edges: { node: Record<string, unknown> }[] };
        }
      ).data;
      expect(data.edges.length).toBe(Math.min(100, data.totalCount));
      return data;
    };
    const national = await count({ level: 'NATIONAL' });
    expect(national.totalCount).toBe(8);
    expect(national.edges.every((edge) => edge.node.level === 'NATIONAL')).toBe(true);
    expect((await count({ level: 'NATIONAL', year: 2025 })).totalCount).toBe(3);
    const craftsmen = await count({ titleCode: 'QINGDAO_CRAFTSMAN', year: 2025 });
    expect(craftsmen.edges.map((edge) => edge.node.name).sort()).toEqual(
      ['张雪梅', '李春雷', '杨明远', '韩志刚'].sort(),
    );
    const city = await count({ regionCode: '370200' });
    const langfang = await count({ regionCode: '131000' });
    const everyone = await count({});
    expect(city.totalCount + langfang.totalCount).toBe(everyone.totalCount);
    expect(langfang.edges.every((edge) => String(edge.node.regionCode).startsWith('1310'))).toBe(
      true,
    );
    const huangdao = await count({ regionCode: '370211' });
    expect(huangdao.edges.every((edge) => edge.node.regionCode === '370211')).toBe(true);
    expect(huangdao.totalCount).toBeGreaterThanOrEqual(2);
    expect((await count({ regionCode: '130000' })).totalCount).toBe(langfang.totalCount);
    expect((await count({ regionCode: '140000' })).totalCount).toBe(0);
    const health = await count({ industry: '卫生' });
    expect(health.edges.every((edge) => edge.node.industry === '卫生')).toBe(true);
    expect((await count({ search: '海尔' })).edges.map((edge) => edge.node.name)).toEqual([
      '李春雷',
    ]);
    expect((await count({ year: 2019 })).totalCount).toBe(0);
    const badRegion = await run(honorRoll, { filter: { regionCode: '37' } });
    expect(badRegion.data?.honorRoll).toMatchObject({
      __typename: 'ValidationError',
      field: 'filter.regionCode',
    });
  });

  it('pages with cursors without losing or repeating anyone', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 40; page += 1) {
      const result = await run(honorRoll, { first: 7, after });
      const data = (
        field(result, 'honorRoll') as unknown as {
          data: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { id: string } }[];
          };
        }
      ).data;
      total = data.totalCount;
      seen.push(...data.edges.map((edge) => edge.node.id));
      if (!data.pageInfo.hasNextPage) break;
      after = data.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('counts by level, title, year and region', async () => {
    const result = await run(
      `query { honorStats { __typename ... on HonorStats { total byLevel { key label count } byTitle { key label count }
        byYear { key label count } byRegion { key count } } } }`,
      {},
    );
    const stats = field(result, 'honorStats') as unknown as {
      total: number;
      byLevel: { key: string; label: string; count: number }[];
      byTitle: { key: string; count: number }[];
      byYear: { key: string; count: number }[];
      byRegion: { key: string; count: number }[];
    };
    const roll = await run(honorRoll, {});
    const total = (field(roll, 'honorRoll') as unknown as { data: { totalCount: number } }).data
      .totalCount;
    expect(stats.total).toBe(total);
    for (const list of [stats.byLevel, stats.byTitle, stats.byYear, stats.byRegion]) {
      expect(list.reduce((sum, entry) => sum + entry.count, 0)).toBe(total);
    }
    expect(stats.byLevel[0]).toMatchObject({ key: 'NATIONAL', label: '全国级', count: 8 });
    const national = await run(
      `query { honorStats(filter: { level: NATIONAL }) { ... on HonorStats { total } } }`,
      {},
    );
    expect(national.data?.honorStats).toEqual({ total: 8 });
  });

  it("gives Langfang's 2024 figures as the seed reports them (seed 004)", async () => {
    // "2024年我市获评全国五一劳动奖章3名、全国工人先锋号2家、省劳动模范49名、省先进工作者17名、
    // 省先进集体12家" — from the demo seed's awards, through the public API.
    const result = await run(
      `query { honorStats(filter: { regionCode: "131000", year: 2024 }) {
        ... on HonorStats { total byTitle { key count } byLevel { key count } } } }`,
      {},
    );
    const stats = field(result, 'honorStats') as unknown as {
      total: number;
      byTitle: { key: string; count: number }[];
      byLevel: { key: string; count: number }[];
    };
    expect(Object.fromEntries(stats.byTitle.map((entry) => [entry.key, entry.count]))).toEqual({
      NATIONAL_MAY_DAY_MEDAL: 3,
      NATIONAL_WORKERS_PIONEER: 2,
      PROVINCIAL_MODEL_WORKER: 49,
      PROVINCIAL_ADVANCED_WORKER: 17,
      PROVINCIAL_ADVANCED_COLLECTIVE: 12,
    });
    expect(stats.total).toBe(83);
    expect(stats.byLevel).toEqual([
      { key: 'NATIONAL', count: 5 },
      { key: 'PROVINCIAL', count: 78 },
    ]);
    // A collective has no sex and is listed under its team's name.
    const collectives = await run(honorRoll, {
      filter: { titleCode: 'PROVINCIAL_ADVANCED_COLLECTIVE', year: 2024 },
      first: 20,
    });
    const names = (
      field(collectives, 'honorRoll') as unknown as {
        data: { edges: { node: { name: string; employerName: string } }[] };
      }
    ).data.edges.map((edge) => edge.node);
    expect(names).toHaveLength(12);
    expect(new Set(names.map((node) => node.employerName)).size).toBe(12);
    for (const node of names) expect(node.name.startsWith(node.employerName)).toBe(true);
  });

  it('serves the title catalogue', async () => {
    const result = await run(
      `query { honorTitles { code name level subject awardingBody cycleYears } }`,
      {},
    );
    const titles = field(result, 'honorTitles') as unknown as { code: string; name: string }[];
    expect(titles.find((title) => title.code === 'QINGDAO_CRAFTSMAN')).toMatchObject({
      name: '青岛工匠',
      level: 'CITY',
      subject: 'PERSON',
      awardingBody: '青岛市总工会',
    });
  });
});

describe('objections from the public', () => {
  it('takes objections only during a notice, of 5–1000 characters, and limits each address', async () => {
    at('2026-06-10T02:00:00Z');
    const s = await staffSessions();
    const campaignId = await newCampaign(s.qingdao, {
      name: '2026年青岛市先进工作者推荐',
      titleCode: 'CITY_ADVANCED_WORKER',
      quotaRules: [],
    });
    const created = field(
      await run(
        nominate,
        {
          input: {
            campaignId,
            organizationId: shinan,
            person: person('许文静'),
            citation: '小学教师。',
            categories: [],
          },
        },
        s.shinan,
      ),
      'nominate',
    );
    const id = created.id as string;
    // Not under notice yet: as if it did not exist.
    const notYet = field(
      await graphql<Data>(
        submitObjection,
        { id, text: '材料不实，请核查。' },
        { from: freshAddress() },
      ),
      'submitObjection',
    );
    expect(notYet.__typename).toBe('NotFoundError');
    await run(move, { id, move: 'SUBMIT' }, s.shinan);
    await run(move, { id, move: 'QUALIFY' }, s.qingdao);
    await run(move, { id, move: 'START_NOTICE' }, s.qingdao);

    const address = freshAddress();
    const tooShort = field(
      await graphql<Data>(submitObjection, { id, text: ' 不实 ' }, { from: address }),
      'submitObjection',
    );
    expect(tooShort).toMatchObject({
      __typename: 'ValidationError',
      field: 'text',
      rule: 'OBJECTION_TEXT_TOO_SHORT',
    });
    const tooLong = field(
      await graphql<Data>(submitObjection, { id, text: '长'.repeat(1001) }, { from: address }),
      'submitObjection',
    );
    expect(tooLong).toMatchObject({ rule: 'OBJECTION_TEXT_TOO_LONG' });
    const ok = field(
      await graphql<Data>(submitObjection, { id, text: '长'.repeat(1000) }, { from: address }),
      'submitObjection',
    );
    expect(ok.__typename).toBe('ObjectionReceipt');
    // Three attempts a minute per address (the default), counted before anything else.
    const limited = field(
      await graphql<Data>(
        submitObjection,
        { id, text: '第四次提交的异议内容。' },
        { from: address },
      ),
      'submitObjection',
    );
    expect(limited).toMatchObject({
      __typename: 'RuleViolationError',
      rule: 'OBJECTION_RATE_LIMITED',
    });
    // Another address is not affected.
    const other = field(
      await graphql<Data>(
        submitObjection,
        { id, text: '另一位群众的异议内容。' },
        { from: freshAddress() },
      ),
      'submitObjection',
    );
    expect(other.__typename).toBe('ObjectionReceipt');
    expect(await prisma.honorObjection.count({ where: { nomination: { name: '许文静' } } })).toBe(
      2,
    );
    // The notice is listed with its end date, and a bad cursor is a typed error.
    const listed = await run(
      `query ($after: String) { publicNotices(first: 1, after: $after) { __typename
        ... on QueryPublicNoticesSuccess { data { pageInfo { hasNextPage endCursor } edges { node { id noticeEndsOn } } } }
        ... on ValidationError { field rule } } }`,
      {},
    );
    expect(listed.data?.publicNotices).toMatchObject({ __typename: 'QueryPublicNoticesSuccess' });
    const badCursor = await run(
      `query ($before: String) { publicNotices(last: 1, before: $before) { __typename ... on ValidationError { field rule } } }`,
      { before: "x'; drop table" },
    );
    expect(badCursor.data?.publicNotices).toEqual({
      __typename: 'ValidationError',
      field: 'before',
      rule: 'CURSOR_INVALID',
    });
    // A malformed id is a typed error, not a 500.
    const malformed = await graphql<Data>(
      submitObjection,
      { id: 'nope', text: '材料不实，请核查。' },
      { from: freshAddress() },
    );
    expect(malformed.status).toBe(200);
    expect(field(malformed, 'submitObjection')).toMatchObject({
      __typename: 'ValidationError',
      rule: 'GLOBAL_ID_MALFORMED',
    });
  });
});
