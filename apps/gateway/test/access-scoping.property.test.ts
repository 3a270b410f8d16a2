/**
 * Property: whatever the tree, whoever the staff member and wherever their roles sit, no
 * query, node(id), list, filter, count or mutation reveals or changes anything outside the
 * subtrees their roles cover. Random forests, random staff and random records are written
 * to the database; every case asks as one random staff member about one random node.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blindIndex, encryptPersonalData } from '../src/auth/personal-data-crypto.js';
import { hashSecret } from '../src/auth/viewer.js';
import { prisma } from '../src/db.js';
import type { StaffRole } from '../src/generated/prisma/enums.js';
import { encodeGlobalId } from '../src/global-id.js';
import { graphql } from './graphql.js';

/** The oracle: which roles carry which permission (independent of the gateway's code path). */
const rolesWith: Record<
  'organizationRead' | 'memberRead' | 'reveal' | 'apiKeyManage' | 'auditRead',
  RoleList
> = {
  organizationRead: ['SUPER_ADMIN', 'UNION_ADMIN', 'CASEWORKER', 'REVIEWER', 'JUDGE', 'VIEWER'],
  memberRead: ['SUPER_ADMIN', 'UNION_ADMIN', 'CASEWORKER', 'REVIEWER', 'VIEWER'],
  reveal: ['SUPER_ADMIN', 'UNION_ADMIN', 'CASEWORKER'],
  apiKeyManage: ['SUPER_ADMIN', 'UNION_ADMIN'],
  auditRead: ['SUPER_ADMIN', 'UNION_ADMIN'],
};

type RoleList = readonly StaffRole[];

interface Node {
  id: string;
  name: string;
  parent: number | null;
  lineageIds: string[];
}
interface Staff {
  token: string;
  roles: { role: StaffRole; node: number }[];
}
interface Forest {
  nodes: Node[];
  staff: Staff[];
  memberOf: Map<number, string>;
}

const roleArb = fc.constantFrom<StaffRole>(
  'SUPER_ADMIN',
  'UNION_ADMIN',
  'CASEWORKER',
  'REVIEWER',
  'JUDGE',
  'VIEWER',
);

/** Writes a random forest with one member per node and staff holding random roles. */
async function writeForest(round: number, seed: number): Promise<Forest> {
  const [shape] = fc.sample(
    fc.record({
      parents: fc.array(fc.nat(), { minLength: 12, maxLength: 30 }),
      roots: fc.integer({ min: 1, max: 3 }),
      staff: fc.array(
        fc.array(fc.record({ role: roleArb, node: fc.nat() }), { minLength: 1, maxLength: 3 }),
        {
          minLength: 4,
          maxLength: 8,
        },
      ),
    }),
    { seed, numRuns: 1 },
  );
  if (!shape) throw new Error('no sample');
  const stamp = `${round}-${seed}-${randomBytes(3).toString('hex')}`;
  const nodes: Node[] = [];
  shape.parents.forEach((raw, index) => {
    const parent = index < shape.roots ? null : raw % index;
    const id = crypto.randomUUID();
    const lineageIds = parent === null ? [id] : [...(nodes[parent]?.lineageIds ?? []), id];
    nodes.push({ id, name: `随机工会 ${stamp} ${index} 号`, parent, lineageIds });
  });
  await prisma.organization.createMany({
    data: nodes.map((node) => ({
      id: node.id,
      kind: node.parent === null ? 'CITY_FEDERATION' : 'GRASSROOTS_UNION',
      name: node.name,
      regionCode: '370200',
      parentId: node.parent === null ? null : (nodes[node.parent]?.id ?? null),
      lineageIds: node.lineageIds,
      depth: node.lineageIds.length - 1,
      foundedOn: new Date('2020-01-01T00:00:00Z'),
    })),
  });
  const memberOf = new Map<number, string>();
  for (const [index, node] of nodes.entries()) {
    const id = crypto.randomUUID();
    const fakeIdNumber = `TEST-${id}`;
    await prisma.member.create({
      data: {
        id,
        organizationId: node.id,
        lineageIds: node.lineageIds,
        name: `会员${index}`,
        sex: 'FEMALE',
        birthDate: new Date('1990-01-01T00:00:00Z'),
        idNumberCipher: encryptPersonalData(fakeIdNumber, 'member.idNumber'),
        idNumberIndex: blindIndex(fakeIdNumber, 'member.idNumber'),
        idNumberMasked: 'TEST**********0000',
        joinedOn: new Date('2021-01-01T00:00:00Z'),
      },
    });
    memberOf.set(index, id);
  }
  const staff: Staff[] = [];
  for (const [index, roles] of shape.staff.entries()) {
    const placed = roles.map((role) => ({ role: role.role, node: role.node % nodes.length }));
    const home = nodes[placed[0]?.node ?? 0] as Node;
    const token = randomBytes(32).toString('base64url');
    await prisma.staffAccount.create({
      data: {
        username: `random.${stamp}.${index}`,
        displayName: '随机',
        passwordHash: 'not-a-login',
        passwordChangedAt: new Date(),
        organizationId: home.id,
        lineageIds: home.lineageIds,
        roles: {
          create: [...new Map(placed.map((p) => [`${p.role}@${p.node}`, p])).values()].map((p) => ({
            role: p.role,
            organizationId: (nodes[p.node] as Node).id,
          })),
        },
        sessions: { create: { id: hashSecret(token), lastSeenAt: new Date() } },
      },
    });
    staff.push({ token, roles: placed });
  }
  return { nodes, staff, memberOf };
}

/** True when some role of `staff` from `roles` sits on the target's path to its root. */
function granted(forest: Forest, staff: Staff, roles: RoleList, target: number): boolean {
  const lineage = (forest.nodes[target] as Node).lineageIds;
  return staff.roles.some(
    (held) => roles.includes(held.role) && lineage.includes((forest.nodes[held.node] as Node).id),
  );
}

const writeCounts = async () => ({
  staff: await prisma.staffAccount.count(),
  roles: await prisma.roleAssignment.count(),
  keys: await prisma.apiKey.count(),
  audit: await prisma.auditLog.count(),
});

// biome-ignore lint/suspicious/noExplicitAny: probes into loosely typed JSON answers
type Any = Record<string, any>;

async function checkCase(forest: Forest, staff: Staff, target: number) {
  const session = staff.token;
  const node = forest.nodes[target] as Node;
  const orgId = encodeGlobalId('Organization', node.id);
  const memberId = encodeGlobalId('Member', forest.memberOf.get(target) ?? '');
  const canSee = granted(forest, staff, rolesWith.organizationRead, target);
  const canReadMember = granted(forest, staff, rolesWith.memberRead, target);

  const one = await graphql<Any>(
    `query ($id: ID!) {
      organization(id: $id) { __typename ... on Organization { name ancestors { id } parent { id } } }
      node(id: $id) { id }
      member: node(id: $member) { id }
      search: organizations(filter: { search: $name }, first: 5) {
        ... on QueryOrganizationsSuccess { data { totalCount edges { node { id } } } }
      }
    }`.replace('query ($id: ID!)', 'query ($id: ID!, $member: ID!, $name: String!)'),
    { id: orgId, member: memberId, name: node.name },
    { session },
  );
  expect(one.errors).toBeUndefined();
  const data = one.data as Any;
  expect(data.organization.__typename).toBe(canSee ? 'Organization' : 'NotFoundError');
  expect(data.node).toEqual(canSee ? { id: orgId } : null);
  expect(data.member).toEqual(canReadMember ? { id: memberId } : null);
  expect(data.search.data.totalCount).toBe(canSee ? 1 : 0);
  expect(data.search.data.edges.length).toBe(canSee ? 1 : 0);
  if (canSee) {
    for (const ancestor of data.organization.ancestors as { id: string }[]) {
      const index = forest.nodes.findIndex(
        (n) => encodeGlobalId('Organization', n.id) === ancestor.id,
      );
      expect(index >= 0 && granted(forest, staff, rolesWith.organizationRead, index)).toBe(true);
    }
    if (data.organization.parent) {
      expect(granted(forest, staff, rolesWith.organizationRead, node.parent ?? -1)).toBe(true);
    }
  }
  // Members listed for the node: exactly the readable members of its subtree.
  const expectedMembers = forest.nodes.filter(
    (candidate, index) =>
      candidate.lineageIds.includes(node.id) && granted(forest, staff, rolesWith.memberRead, index),
  ).length;
  const members = await graphql<Any>(
    `query ($id: ID!) { members(filter: { organizationId: $id }, first: 50) {
      __typename ... on QueryMembersSuccess { data { totalCount edges { node { id } } } } } }`,
    { id: orgId },
    { session },
  );
  if (rolesWith.memberRead.some((role) => staff.roles.some((held) => held.role === role))) {
    expect(members.data?.members.data.totalCount).toBe(expectedMembers);
    expect(members.data?.members.data.edges.length).toBe(Math.min(50, expectedMembers));
  } else {
    expect(members.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(members.data).toBeNull();
  }

  // Writes: refused ones change nothing.
  const before = await writeCounts();
  const reveal = await graphql<Any>(
    'mutation ($id: ID!) { revealMemberIdentity(memberId: $id, reason: "核对会员身份信息") { __typename } }',
    { id: memberId },
    { session },
  );
  const mayReveal = granted(forest, staff, rolesWith.reveal, target);
  expect(reveal.data?.revealMemberIdentity.__typename).toBe(
    mayReveal ? 'MemberIdentity' : canReadMember ? 'ForbiddenError' : 'NotFoundError',
  );
  const key = await graphql<Any>(
    'mutation ($org: ID!) { issueApiKey(name: "随机第三方", organizationId: $org, rateLimitPerMinute: 10) { __typename } }',
    { org: orgId },
    { session },
  );
  const mayIssue = granted(forest, staff, rolesWith.apiKeyManage, target);
  expect(key.data?.issueApiKey.__typename).toBe(
    mayIssue ? 'IssuedApiKey' : canSee ? 'ForbiddenError' : 'NotFoundError',
  );
  const after = await writeCounts();
  expect(after.staff).toBe(before.staff);
  expect(after.roles).toBe(before.roles);
  expect(after.keys).toBe(before.keys + (mayIssue ? 1 : 0));
  expect(after.audit).toBe(before.audit + (mayReveal ? 1 : 0) + (mayIssue ? 1 : 0));

  // The audit log of the node: only entries the viewer may read.
  const audit = await graphql<Any>(
    `query ($id: ID!) { auditLog(first: 100, filter: { organizationId: $id }) {
      __typename ... on QueryAuditLogSuccess { data { edges { node { targetId } } } } } }`,
    { id: orgId },
    { session },
  );
  if (rolesWith.auditRead.some((role) => staff.roles.some((held) => held.role === role))) {
    const readable = (
      await prisma.auditLog.findMany({ where: { lineageIds: { has: node.id } } })
    ).filter((entry) =>
      staff.roles.some(
        (held) =>
          rolesWith.auditRead.includes(held.role) &&
          entry.lineageIds.includes((forest.nodes[held.node] as Node).id),
      ),
    );
    expect(audit.data?.auditLog.data.edges.length).toBe(Math.min(100, readable.length));
  } else {
    expect(audit.errors?.[0]?.extensions?.code ?? audit.data?.auditLog.__typename).toMatch(
      /FORBIDDEN|ForbiddenError/,
    );
  }
}

describe('subtree scoping holds for random trees, staff and records', () => {
  it('never leaks or writes outside the viewer’s subtrees (5 forests × 200 cases)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const forest = await writeForest(round, 1_000 + round);
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: forest.staff.length - 1 }),
          fc.nat({ max: forest.nodes.length - 1 }),
          async (staffIndex, target) =>
            checkCase(forest, forest.staff[staffIndex] as Staff, target),
        ),
        { numRuns: 200, seed: 7_000 + round },
      );
    }
  }, 600_000);
});
