/**
 * An organisation's history (会籍变动 in its subtree) and its new members in a period (the
 * maintained monthly joinings), through real GraphQL requests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { figureMismatches, idNumberFor } from './figures-helpers.js';
import { graphql, signIn } from './graphql.js';

const qingdao = seedUuid('qingdao');
const shinan = seedUuid('qingdao-shinan');
const hisense = seedUuid('qingdao-shinan-hisense');
const hotel = seedUuid('qingdao-shinan-badaguan-badaguan-hotel');
const gid = (id: string) => encodeGlobalId('Organization', id);

const addMember = /* GraphQL */ `mutation ($input: AddMemberInput!) { addMember(input: $input) {
  __typename ... on Member { id } ... on Error { message } } }`;
const changeStatus = /* GraphQL */ `mutation ($id: ID!, $status: MemberStatus!, $on: Date!) {
  changeMemberStatus(memberId: $id, status: $status, effectiveOn: $on) { __typename ... on Error { message } } }`;
const transfer = /* GraphQL */ `mutation ($id: ID!, $to: ID!) {
  transferMember(memberId: $id, toOrganizationId: $to, transferDate: "2026-02-10") { __typename ... on Error { message } } }`;
const newMembers = /* GraphQL */ `query ($id: ID!, $from: Date!, $to: Date!) { organization(id: $id) {
  ... on Organization { stats { newMembers(from: $from, to: $to) newMembersByMonth(from: $from, to: $to) { month count } } } } }`;
const history = /* GraphQL */ `query ($id: ID!, $first: Int) { organization(id: $id) {
  __typename ... on Organization { memberEvents(first: $first) { totalCount edges { node {
    type date member { id name } organization { id } counterpartOrganization { id } } } } } } }`;

type Stats = { newMembers: number; newMembersByMonth: { month: string; count: number }[] };
type Events = {
  totalCount: number;
  edges: {
    node: {
      type: string;
      date: string;
      member: { id: string; name: string };
      organization: { id: string };
      counterpartOrganization: { id: string } | null;
    };
  }[];
};

let session = '';

async function statsOf(id: string, from: string, to: string) {
  const result = await graphql<{ organization: { stats: Stats } }>(
    newMembers,
    { id: gid(id), from, to },
    { session },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.organization.stats as Stats;
}

async function eventsOf(id: string, as = session) {
  const result = await graphql<{ organization: { memberEvents: Events } }>(
    history,
    { id: gid(id), first: 50 },
    { session: as },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.organization.memberEvents as Events;
}

async function add(name: string, joinedOn: string, serial: number) {
  const result = await graphql<{ addMember: { __typename: string; id: string } }>(
    addMember,
    {
      input: {
        organizationId: gid(hisense),
        name,
        idNumber: idNumberFor(serial),
        joinedOn,
        isMigrant: false,
        employerName: '海信视像科技',
      },
    },
    { session },
  );
  expect(result.data?.addMember.__typename).toBe('Member');
  return result.data?.addMember.id as string;
}

describe('new members in a period', () => {
  beforeAll(async () => {
    session = await signIn('qingdao.admin');
  });

  it('counts joinings and rejoins by month in every ancestor, not transfers', async () => {
    const before = await statsOf(qingdao, '2019-11-15', '2020-02-01');
    const beforeShinan = await statsOf(shinan, '2019-11-01', '2020-02-29');
    const first = await add('月度一', '2019-12-05', 71_001);
    await add('月度二', '2019-12-31', 71_002);
    await add('月度三', '2020-02-01', 71_003);

    const after = await statsOf(qingdao, '2019-11-15', '2020-02-01');
    expect(after.newMembers - before.newMembers).toBe(3);
    expect(after.newMembersByMonth.map((row) => row.month)).toEqual([
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
    ]);
    const added = after.newMembersByMonth.map(
      (row, index) => row.count - (before.newMembersByMonth[index]?.count ?? 0),
    );
    expect(added).toEqual([0, 2, 0, 1]);
    expect((await statsOf(shinan, '2019-11-01', '2020-02-29')).newMembers).toBe(
      beforeShinan.newMembers + 3,
    );

    // Leaving and rejoining (重新入会) is a joining in the month of the rejoin; a transfer is not.
    const january = await statsOf(qingdao, '2026-01-01', '2026-02-28');
    for (const [status, on] of [
      ['LAPSED', '2025-06-30'],
      ['ACTIVE', '2026-01-20'],
    ] as const) {
      const changed = await graphql<{ changeMemberStatus: { __typename: string } }>(
        changeStatus,
        { id: first, status, on },
        { session },
      );
      expect(changed.data?.changeMemberStatus.__typename).toBe('Member');
    }
    const moved = await graphql<{ transferMember: { __typename: string } }>(
      transfer,
      { id: first, to: gid(hotel) },
      { session },
    );
    expect(moved.data?.transferMember.__typename).toBe('Member');
    const afterRejoin = await statsOf(qingdao, '2026-01-01', '2026-02-28');
    expect(afterRejoin.newMembers - january.newMembers).toBe(1);
    expect(afterRejoin.newMembersByMonth[0]?.count).toBe(
      (january.newMembersByMonth[0]?.count ?? 0) + 1,
    );
    expect(await figureMismatches()).toEqual([]);
  });

  it('refuses a backwards or over-long period with a typed error naming the argument', async () => {
    for (const [from, to, rule] of [
      ['2026-02-01', '2026-01-31', 'PERIOD_END_BEFORE_START'],
      ['2000-01-01', '2026-01-31', 'PERIOD_TOO_LONG'],
    ]) {
      const result = await graphql(newMembers, { id: gid(qingdao), from, to }, { session });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', rule });
    }
  });
});

describe('an organisation’s membership history', () => {
  it('shows a transfer at the old union, at the new one, and once each at their ancestor', async () => {
    session ||= await signIn('qingdao.admin');
    const id = await add('转会历史', '2021-05-01', 71_010);
    const moved = await graphql<{ transferMember: { __typename: string } }>(
      transfer,
      { id, to: gid(hotel) },
      { session },
    );
    expect(moved.data?.transferMember.__typename).toBe('Member');

    const mine = (events: Events) => events.edges.filter((edge) => edge.node.member.id === id);
    const atHisense = mine(await eventsOf(hisense)).map((edge) => edge.node.type);
    expect(atHisense).toEqual(['TRANSFER_OUT', 'JOINED']);
    const atHotel = mine(await eventsOf(hotel));
    expect(atHotel.map((edge) => edge.node.type)).toEqual(['TRANSFER_IN']);
    expect(atHotel[0]?.node.counterpartOrganization?.id).toBe(gid(hisense));
    expect(atHotel[0]?.node.member.name).toBe('转会历史');
    const atShinan = mine(await eventsOf(shinan)).map((edge) => edge.node.type);
    expect(atShinan.sort()).toEqual(['JOINED', 'TRANSFER_IN', 'TRANSFER_OUT']);
  });

  it('lists the demo members’ joinings, newest first, with a total', async () => {
    const events = await eventsOf(hisense);
    expect(events.totalCount).toBeGreaterThan(0);
    const dates = events.edges.map((edge) => edge.node.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('is for staff who may read members there: anonymous callers get an error, other districts nothing', async () => {
    const anonymous = await graphql(history, { id: gid(hisense), first: 5 });
    expect(anonymous.errors?.length).toBeGreaterThan(0);
    const laoshan = await signIn('laoshan.admin');
    const outside = await graphql<{ organization: { __typename: string } }>(
      history,
      { id: gid(hisense), first: 5 },
      { session: laoshan },
    );
    expect(outside.data?.organization.__typename).toBe('NotFoundError');
  });
});

describe('members by employer', () => {
  it('finds members by part of the employer’s name', async () => {
    session ||= await signIn('qingdao.admin');
    const result = await graphql<{
      members: { data: { totalCount: number; edges: { node: { employerName: string } }[] } };
    }>(
      /* GraphQL */ `{ members(filter: { employerName: "视像科技" }, first: 50) {
        ... on QueryMembersSuccess { data { totalCount edges { node { employerName } } } } } }`,
      {},
      { session },
    );
    const data = result.data?.members.data;
    expect(data?.totalCount).toBeGreaterThan(0);
    for (const edge of data?.edges ?? []) expect(edge.node.employerName).toContain('视像科技');
  });
});
