import { describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { demoMembers } from '../src/seed/demo-members.js';
import { flattenDemoTree, seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

const rows = flattenDemoTree();
const plaintexts = demoMembers(rows);
const hisense = seedUuid('qingdao-shinan-hisense');

async function memberOf(organizationId: string) {
  const member = await prisma.member.findFirstOrThrow({
    where: { organizationId },
    orderBy: { id: 'asc' },
  });
  const known = plaintexts.find(
    (candidate) => candidate.row.idNumberIndex === member.idNumberIndex,
  );
  if (!known) throw new Error('demo member not found');
  return { member, known, globalId: encodeGlobalId('Member', member.id) };
}

const membersQuery = /* GraphQL */ `
  query ($filter: MemberFilter) {
    members(first: 100, filter: $filter) {
      __typename
      ... on QueryMembersSuccess { data { totalCount edges { node { id name idNumberMasked phoneMasked organization { name } } } } }
    }
  }
`;

const reveal = /* GraphQL */ `
  mutation ($id: ID!, $reason: String!) {
    revealMemberIdentity(memberId: $id, reason: $reason) {
      __typename
      ... on MemberIdentity { idNumber phone }
      ... on Error { code message }
      ... on ValidationError { field rule }
    }
  }
`;

type Revealed = {
  revealMemberIdentity: { __typename: string; idNumber?: string; phone?: string; rule?: string };
};

describe('members and their identities', () => {
  it('lists members of the viewer’s subtree with masked ID numbers and phones only', async () => {
    const session = await signIn('hisense.caseworker');
    const result = await graphql<{
      members: { data: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
    }>(membersQuery, {}, { session });
    const expected = await prisma.member.count({ where: { lineageIds: { has: hisense } } });
    expect(result.data?.members.data.totalCount).toBe(expected);
    const text = JSON.stringify(result);
    for (const edge of result.data?.members.data.edges ?? []) {
      expect(edge.node.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(edge.node.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
    for (const member of plaintexts) {
      expect(text).not.toContain(member.idNumber);
      expect(text).not.toContain(member.phone);
    }
  });

  it('reveals the full identity for a stated reason, and logs who, what, when and why', async () => {
    const session = await signIn('hisense.caseworker');
    const { member, known, globalId } = await memberOf(hisense);
    const result = await graphql<Revealed>(
      reveal,
      { id: globalId, reason: '办理困难职工帮扶申请核对身份' },
      { session },
    );
    expect(result.data?.revealMemberIdentity).toEqual({
      __typename: 'MemberIdentity',
      idNumber: known.idNumber,
      phone: known.phone,
    });
    const log = await prisma.auditLog.findFirstOrThrow({
      where: { action: 'member.revealIdentity', targetId: member.id },
      orderBy: { id: 'desc' },
    });
    expect(log).toMatchObject({
      actorName: 'hisense.caseworker',
      reason: '办理困难职工帮扶申请核对身份',
    });
    expect(JSON.stringify({ ...log, id: String(log.id) })).not.toContain(known.idNumber);
  });

  it('needs a reason', async () => {
    const session = await signIn('hisense.caseworker');
    const { globalId } = await memberOf(hisense);
    const result = await graphql<Revealed>(reveal, { id: globalId, reason: '看' }, { session });
    expect(result.data?.revealMemberIdentity).toMatchObject({
      __typename: 'ValidationError',
      field: 'reason',
    });
  });

  it('a viewer role sees masked data but may not reveal', async () => {
    const session = await signIn('qingdao.viewer');
    const { globalId } = await memberOf(hisense);
    const before = await prisma.auditLog.count();
    const result = await graphql<Revealed>(
      reveal,
      { id: globalId, reason: '想看看这个人的身份' },
      { session },
    );
    expect(result.data?.revealMemberIdentity).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await prisma.auditLog.count()).toBe(before);
  });

  it('a member of another district does not exist for a district caseworker', async () => {
    const session = await signIn('hisense.caseworker');
    const laoshanUnion = rows.find(
      (row) =>
        row.kind === 'GRASSROOTS_UNION' && row.lineageIds.includes(seedUuid('qingdao-laoshan')),
    );
    const { globalId } = await memberOf(laoshanUnion?.id ?? '');
    const result = await graphql<Revealed>(
      reveal,
      { id: globalId, reason: '核对身份信息用' },
      { session },
    );
    expect(result.data?.revealMemberIdentity).toMatchObject({ __typename: 'NotFoundError' });
    const node = await graphql<{ node: unknown }>(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id: globalId },
      { session },
    );
    expect(node.data?.node).toBeNull();
    expect(node.errors).toBeUndefined();
  });

  it('finds a member by exact ID number through the blind index, only within scope', async () => {
    const { known, globalId } = await memberOf(hisense);
    const query = /* GraphQL */ `
      query ($idNumber: String!) {
        members(first: 5, filter: { idNumber: $idNumber }) {
          __typename
          ... on QueryMembersSuccess { data { totalCount edges { node { id } } } }
          ... on ValidationError { field rule }
        }
      }`;
    const caseworker = await signIn('hisense.caseworker');
    const found = await graphql<{
      members: { data: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(query, { idNumber: known.idNumber.toLowerCase() }, { session: caseworker });
    expect(found.errors).toBeUndefined();
    expect(found.data?.members.data.edges.map((edge) => edge.node.id)).toEqual([globalId]);
    const elsewhere = await graphql<{ members: { data: { totalCount: number } } }>(
      query,
      { idNumber: known.idNumber },
      { session: await signIn('laoshan.admin') },
    );
    expect(elsewhere.data?.members.data.totalCount).toBe(0);
    const last = known.idNumber.at(-1) === '0' ? '1' : '0';
    const typo = await graphql<{ members: { field: string; rule: string } }>(
      query,
      { idNumber: `${known.idNumber.slice(0, 17)}${last}` },
      { session: caseworker },
    );
    expect(typo.data?.members).toMatchObject({
      field: 'filter.idNumber',
      rule: 'ID_NUMBER_CHECKSUM',
    });
  });

  it('nodes(ids) answers each id with its own record, or null when out of scope', async () => {
    const session = await signIn('hisense.caseworker');
    const { globalId } = await memberOf(hisense);
    const laoshanUnion = rows.find(
      (row) =>
        row.kind === 'GRASSROOTS_UNION' && row.lineageIds.includes(seedUuid('qingdao-laoshan')),
    );
    const outside = (await memberOf(laoshanUnion?.id ?? '')).globalId;
    const ids = [encodeGlobalId('Organization', hisense), globalId, outside];
    const result = await graphql<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids },
      { session },
    );
    expect(result.data?.nodes).toEqual([
      { __typename: 'Organization', id: ids[0] },
      { __typename: 'Member', id: globalId },
      null,
    ]);
  });

  it('clears a session cookie that no longer names a live session', async () => {
    const session = await signIn('hisense.caseworker');
    await graphql('mutation { logout }', {}, { session });
    const after = await graphql<{ viewer: null }>('{ viewer { username } }', {}, { session });
    expect(after.data?.viewer).toBeNull();
    expect(after.headers.get('set-cookie')).toMatch(/^gh_session=; .*Max-Age=0/);
  });

  it('anonymous callers get no members at all', async () => {
    const result = await graphql<{ members: { __typename: string } }>(membersQuery);
    expect(result.data?.members.__typename).toBe('UnauthenticatedError');
    const { globalId } = await memberOf(hisense);
    const node = await graphql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', {
      id: globalId,
    });
    expect(node.data?.node).toBeNull();
  });

  it('stores no plaintext ID number or phone in any table', async () => {
    const tables = await prisma.$queryRaw<{ tablename: string }[]>`
      SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public'`;
    for (const { tablename } of tables) {
      const dump = await prisma.$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM "${tablename}" t`,
      );
      const text = dump.map((entry) => entry.row).join('\n');
      for (const member of plaintexts.slice(0, 300)) {
        expect(text.includes(member.idNumber), `${tablename} holds an ID number`).toBe(false);
        expect(text.includes(member.phone), `${tablename} holds a phone`).toBe(false);
      }
    }
  });
});
