import { describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { figureMismatches, idNumberFor } from './figures-helpers.js';
import { graphql, signIn } from './graphql.js';

const hisense = seedUuid('qingdao-shinan-hisense');
const shinan = seedUuid('qingdao-shinan');
const gid = (id: string) => encodeGlobalId('Organization', id);

const memberFields = /* GraphQL */ `
  __typename
  ... on Member { id name status isMigrant employmentGroup employerName joinedOn
    organization { id }
    history { type date fromStatus toStatus organization { id } counterpartOrganization { id } } }
  ... on ValidationError { field rule message }
  ... on Error { code message }
`;
const addMember = `mutation ($input: AddMemberInput!) { addMember(input: $input) { ${memberFields} } }`;
const changeStatus = `mutation ($id: ID!, $status: MemberStatus!, $on: Date!) { changeMemberStatus(memberId: $id, status: $status, effectiveOn: $on) { ${memberFields} } }`;
const transfer = `mutation ($id: ID!, $to: ID!, $on: Date!) { transferMember(memberId: $id, toOrganizationId: $to, transferDate: $on) { ${memberFields} } }`;
const update = `mutation ($id: ID!, $input: UpdateMemberInput!) { updateMember(memberId: $id, input: $input) { ${memberFields} } }`;
const found = /* GraphQL */ `mutation ($input: FoundOrganizationInput!) { foundOrganization(input: $input) {
  __typename ... on Organization { id kind name approvedOn stats { grassrootsUnions members employersCovered employeesAtCoveredEmployers } }
  ... on ValidationError { field rule } ... on Error { code } } }`;
const dissolve = /* GraphQL */ `mutation ($id: ID!, $on: Date!, $approved: Date!) { dissolveOrganization(id: $id, dissolvedOn: $on, approvedOn: $approved) {
  __typename ... on Organization { id dissolvedOn dissolutionApprovedOn } ... on ValidationError { field rule } ... on Error { code } } }`;
const stats = /* GraphQL */ `query ($id: ID!) { organization(id: $id) { __typename ... on Organization { stats {
  grassrootsUnions members retiredMembers migrantMembers femaleMembers employersCovered employeesAtCoveredEmployers
  newEmploymentMembers { group members } unionCoverage { percent } membershipAtCoveredEmployers { numerator denominator percent } } } } }`;

type Result = { [field: string]: Record<string, unknown> & { __typename: string } };
let serial = 9000;

function newMember(organizationId: string, extra: Record<string, unknown> = {}) {
  serial += 1;
  return {
    organizationId: gid(organizationId),
    name: '测试会员',
    idNumber: idNumberFor(serial, serial % 2 === 0),
    phone: '13912345678',
    joinedOn: '2024-03-01',
    isMigrant: true,
    employmentGroup: 'COURIER',
    employerName: '海信集团',
    ...extra,
  };
}

async function statsOf(id: string, session?: string) {
  const result = await graphql<{ organization: { stats: Record<string, number> } }>(
    stats,
    { id: gid(id) },
    session ? { session } : {},
  );
  return result.data?.organization.stats as Record<string, number> & {
    members: number;
    migrantMembers: number;
    retiredMembers: number;
    grassrootsUnions: number;
    employeesAtCoveredEmployers: number;
  };
}

describe('demo seed figures', () => {
  it('are consistent with the rows on a fresh database', async () => {
    expect(await figureMismatches()).toEqual([]);
  });

  it('are public aggregates, with a membership rate where headcounts are known', async () => {
    const result = await statsOf(seedUuid('qingdao'));
    expect(result.grassrootsUnions).toBeGreaterThan(0);
    expect(result.members).toBeGreaterThan(0);
    expect(result.unionCoverage).toBeNull();
    expect(result.membershipAtCoveredEmployers).toMatchObject({
      denominator: result.employeesAtCoveredEmployers,
    });
  });
});

describe('addMember', () => {
  it('adds a member, writes a JOINED event and an audit row, and moves the figures', async () => {
    const session = await signIn('shinan.admin');
    const before = await statsOf(shinan);
    const result = await graphql<Result>(addMember, { input: newMember(hisense) }, { session });
    const member = result.data?.addMember;
    expect(member).toMatchObject({
      __typename: 'Member',
      status: 'ACTIVE',
      isMigrant: true,
      employmentGroup: 'COURIER',
      history: [{ type: 'JOINED', date: '2024-03-01', toStatus: 'ACTIVE' }],
    });
    const after = await statsOf(shinan);
    expect(after.members).toBe(before.members + 1);
    expect(after.migrantMembers).toBe(before.migrantMembers + 1);
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'member.add', actorName: 'shinan.admin' },
    });
    expect(audit).not.toBeNull();
    expect(await figureMismatches()).toEqual([]);
  });

  it('refuses a second membership for the same person without saying where', async () => {
    const session = await signIn('super.admin');
    const input = newMember(hisense);
    await graphql(addMember, { input }, { session });
    const laoshanUnion = await prisma.organization.findFirstOrThrow({
      where: { kind: 'GRASSROOTS_UNION', lineageIds: { has: seedUuid('qingdao-laoshan') } },
    });
    const again = await graphql<Result>(
      addMember,
      { input: { ...input, organizationId: gid(laoshanUnion.id) } },
      { session },
    );
    expect(again.data?.addMember).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.idNumber',
      rule: 'ID_NUMBER_ALREADY_MEMBER',
    });
    expect(JSON.stringify(again)).not.toContain('海信');
  });

  it('refuses a bad ID number, a federation, and a future join date with field and rule', async () => {
    const session = await signIn('shinan.admin');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ idNumber: '370202198001011230' }, 'input.idNumber', 'ID_NUMBER_CHECKSUM'],
      [{ organizationId: gid(shinan) }, 'input.organizationId', 'MEMBER_JOINING_ORGANIZATION_KIND'],
      [{ joinedOn: '2999-01-01' }, 'input.joinedOn', 'MEMBER_JOINING_DATE_IN_FUTURE'],
      [{ phone: '12345' }, 'input.phone', 'PHONE_LENGTH'],
    ];
    for (const [change, field, rule] of cases) {
      const result = await graphql<Result>(
        addMember,
        { input: newMember(hisense, change) },
        { session },
      );
      expect(result.data?.addMember).toMatchObject({ __typename: 'ValidationError', field });
      if (rule !== 'PHONE_LENGTH') expect(result.data?.addMember?.rule).toBe(rule);
    }
  });

  it('a Shinan admin cannot add a member to a Laoshan union', async () => {
    const session = await signIn('shinan.admin');
    const laoshanUnion = await prisma.organization.findFirstOrThrow({
      where: { kind: 'GRASSROOTS_UNION', lineageIds: { has: seedUuid('qingdao-laoshan') } },
    });
    const count = await prisma.member.count();
    const result = await graphql<Result>(
      addMember,
      { input: newMember(laoshanUnion.id) },
      { session },
    );
    expect(result.data?.addMember?.__typename).toBe('NotFoundError');
    expect(await prisma.member.count()).toBe(count);
  });
});

describe('changeMemberStatus, transferMember, updateMember', () => {
  it('changes a status with an event, audit and figures; refuses a forbidden transition', async () => {
    const session = await signIn('shinan.admin');
    const added = await graphql<Result>(addMember, { input: newMember(hisense) }, { session });
    const id = added.data?.addMember?.id as string;
    const before = await statsOf(shinan);
    const retired = await graphql<Result>(
      changeStatus,
      { id, status: 'RETIRED_KEPT', on: '2025-01-01' },
      { session },
    );
    expect(retired.data?.changeMemberStatus).toMatchObject({
      status: 'RETIRED_KEPT',
      history: [
        { type: 'STATUS_CHANGED', fromStatus: 'ACTIVE', toStatus: 'RETIRED_KEPT' },
        { type: 'JOINED' },
      ],
    });
    const after = await statsOf(shinan);
    expect(after.retiredMembers).toBe(before.retiredMembers + 1);
    expect(after.members).toBe(before.members);
    const refused = await graphql<Result>(
      changeStatus,
      { id, status: 'TRANSFERRED_OUT', on: '2025-01-02' },
      { session },
    );
    expect(refused.data?.changeMemberStatus).toMatchObject({
      __typename: 'ValidationError',
      field: 'status',
      rule: 'MEMBER_STATUS_NOT_ALLOWED',
    });
    const early = await graphql<Result>(
      changeStatus,
      { id, status: 'LAPSED', on: '2020-01-01' },
      { session },
    );
    expect(early.data?.changeMemberStatus).toMatchObject({
      field: 'effectiveOn',
      rule: 'MEMBER_STATUS_DATE_BEFORE_JOINING',
    });
    expect(
      await prisma.auditLog.count({
        where: {
          action: 'member.changeStatus',
          targetId: Buffer.from(id, 'base64url').toString().split(':')[1],
        },
      }),
    ).toBe(1);
    expect(await figureMismatches()).toEqual([]);
  });

  it('transfers within the viewer’s subtree, shows the event at both unions, moves the figures', async () => {
    const session = await signIn('qingdao.admin');
    const laoshanUnion = await prisma.organization.findFirstOrThrow({
      where: {
        kind: 'GRASSROOTS_UNION',
        dissolvedOn: null,
        lineageIds: { has: seedUuid('qingdao-laoshan') },
      },
    });
    const added = await graphql<Result>(addMember, { input: newMember(hisense) }, { session });
    const id = added.data?.addMember?.id as string;
    const laoshanBefore = await statsOf(seedUuid('qingdao-laoshan'));
    const moved = await graphql<Result>(
      transfer,
      { id, to: gid(laoshanUnion.id), on: '2025-06-01' },
      { session },
    );
    expect(moved.data?.transferMember).toMatchObject({
      organization: { id: gid(laoshanUnion.id) },
      status: 'ACTIVE',
      joinedOn: '2024-03-01',
    });
    const types = ((moved.data?.transferMember?.history ?? []) as { type: string }[])
      .map((event) => event.type)
      .sort();
    expect(types).toEqual(['JOINED', 'TRANSFER_IN', 'TRANSFER_OUT']);
    expect((await statsOf(seedUuid('qingdao-laoshan'))).members).toBe(laoshanBefore.members + 1);
    expect(await figureMismatches()).toEqual([]);
    const same = await graphql<Result>(
      transfer,
      { id, to: gid(laoshanUnion.id), on: '2025-06-02' },
      { session },
    );
    expect(same.data?.transferMember).toMatchObject({
      field: 'toOrganizationId',
      rule: 'MEMBER_TRANSFER_SAME_UNION',
    });
    const federation = await graphql<Result>(
      transfer,
      { id, to: gid(shinan), on: '2025-06-02' },
      { session },
    );
    expect(federation.data?.transferMember).toMatchObject({ rule: 'MEMBER_TRANSFER_TARGET_KIND' });
    // The Laoshan admin sees only the Laoshan side of the history.
    const laoshan = await signIn('laoshan.admin');
    const seen = await graphql<{
      node: { history: { type: string; counterpartOrganization: unknown }[] };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Member { history { type counterpartOrganization { id } } } } }`,
      { id },
      { session: laoshan },
    );
    expect(seen.data?.node.history).toEqual([
      { type: 'TRANSFER_IN', counterpartOrganization: null },
    ]);
  });

  it('a Shinan admin cannot transfer a member into Laoshan', async () => {
    const session = await signIn('shinan.admin');
    const laoshanUnion = await prisma.organization.findFirstOrThrow({
      where: {
        kind: 'GRASSROOTS_UNION',
        dissolvedOn: null,
        lineageIds: { has: seedUuid('qingdao-laoshan') },
      },
    });
    const added = await graphql<Result>(addMember, { input: newMember(hisense) }, { session });
    const id = added.data?.addMember?.id as string;
    const result = await graphql<Result>(
      transfer,
      { id, to: gid(laoshanUnion.id), on: '2025-06-01' },
      { session },
    );
    expect(result.data?.transferMember).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('updates flags and moves the group figures; the audit lists fields, not values', async () => {
    const session = await signIn('shinan.admin');
    const added = await graphql<Result>(addMember, { input: newMember(hisense) }, { session });
    const id = added.data?.addMember?.id as string;
    const result = await graphql<Result>(
      update,
      { id, input: { employmentGroup: 'SECURITY_GUARD', isMigrant: false, phone: '13700001111' } },
      { session },
    );
    expect(result.data?.updateMember).toMatchObject({
      employmentGroup: 'SECURITY_GUARD',
      isMigrant: false,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: 'member.update' },
      orderBy: { id: 'desc' },
    });
    expect(JSON.stringify(audit.after)).not.toContain('13700001111');
    expect(await figureMismatches()).toEqual([]);
    const viewer = await signIn('qingdao.viewer');
    const refused = await graphql<Result>(
      update,
      { id, input: { isMigrant: true } },
      { session: viewer },
    );
    expect(refused.data?.updateMember?.__typename).toBe('ForbiddenError');
  });
});

describe('foundOrganization and dissolveOrganization', () => {
  it('founds a grassroots union under a county federation, then dissolves it', async () => {
    const session = await signIn('shinan.admin');
    const before = await statsOf(shinan);
    const founded = await graphql<Result>(
      found,
      {
        input: {
          parentId: gid(shinan),
          kind: 'GRASSROOTS_UNION',
          name: '青岛测试科技有限公司工会委员会',
          regionCode: '370202',
          foundedOn: '2025-01-10',
          approvedOn: '2025-01-20',
          employerName: '青岛测试科技有限公司',
          employerHeadcount: 120,
          ownership: 'PRIVATE',
        },
      },
      { session },
    );
    expect(founded.data?.foundOrganization).toMatchObject({
      __typename: 'Organization',
      approvedOn: '2025-01-20',
      stats: {
        grassrootsUnions: 1,
        members: 0,
        employersCovered: 1,
        employeesAtCoveredEmployers: 120,
      },
    });
    const id = founded.data?.foundOrganization?.id as string;
    const after = await statsOf(shinan);
    expect(after.grassrootsUnions).toBe(before.grassrootsUnions + 1);
    expect(after.employeesAtCoveredEmployers).toBe(before.employeesAtCoveredEmployers + 120);
    expect(
      await prisma.auditLog.count({
        where: { action: 'organization.found', actorName: 'shinan.admin' },
      }),
    ).toBe(1);

    const early = await graphql<Result>(
      dissolve,
      { id, on: '2025-01-01', approved: '2025-02-01' },
      { session },
    );
    expect(early.data?.dissolveOrganization).toMatchObject({
      field: 'dissolvedOn',
      rule: 'DISSOLUTION_BEFORE_FOUNDING',
    });
    const dissolved = await graphql<Result>(
      dissolve,
      { id, on: '2025-06-01', approved: '2025-06-05' },
      { session },
    );
    expect(dissolved.data?.dissolveOrganization).toMatchObject({
      dissolvedOn: '2025-06-01',
      dissolutionApprovedOn: '2025-06-05',
    });
    expect((await statsOf(shinan)).grassrootsUnions).toBe(before.grassrootsUnions);
    expect(await figureMismatches()).toEqual([]);
  });

  it('refuses a wrong parent kind, approval before the assembly, and a union with members', async () => {
    const session = await signIn('shinan.admin');
    const base = {
      parentId: gid(shinan),
      kind: 'GRASSROOTS_UNION',
      name: '青岛另一家公司工会委员会',
      regionCode: '370202',
      foundedOn: '2025-01-10',
      approvedOn: '2025-01-20',
    };
    const wrongKind = await graphql<Result>(
      found,
      { input: { ...base, kind: 'BRANCH' } },
      { session },
    );
    expect(wrongKind.data?.foundOrganization).toMatchObject({
      field: 'input.kind',
      rule: 'ORG_KIND_PARENT_NOT_ALLOWED',
    });
    const approval = await graphql<Result>(
      found,
      { input: { ...base, approvedOn: '2025-01-01' } },
      { session },
    );
    expect(approval.data?.foundOrganization).toMatchObject({
      field: 'input.approvedOn',
      rule: 'FOUNDING_APPROVAL_BEFORE_ASSEMBLY',
    });
    const withMembers = await graphql<Result>(
      dissolve,
      { id: gid(hisense), on: '2025-06-01', approved: '2025-06-05' },
      { session },
    );
    expect(withMembers.data?.dissolveOrganization).toMatchObject({
      field: 'id',
      rule: 'DISSOLUTION_ACTIVE_MEMBERS',
    });
  });

  it('scope: Shinan staff cannot found under Laoshan; a caseworker may not found at all', async () => {
    const session = await signIn('shinan.admin');
    const input = {
      parentId: gid(seedUuid('qingdao-laoshan')),
      kind: 'GRASSROOTS_UNION',
      name: '越权组建测试工会',
      regionCode: '370212',
      foundedOn: '2025-01-10',
      approvedOn: '2025-01-20',
    };
    const result = await graphql<Result>(found, { input }, { session });
    expect(result.data?.foundOrganization?.__typename).toBe('NotFoundError');
    const caseworker = await signIn('hisense.caseworker');
    const refused = await graphql<Result>(
      found,
      { input: { ...input, parentId: gid(hisense), kind: 'BRANCH' } },
      { session: caseworker },
    );
    expect(refused.data?.foundOrganization?.__typename).toBe('ForbiddenError');
  });
});
