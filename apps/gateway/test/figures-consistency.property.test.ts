/**
 * The maintained subtree figures stay equal to a from-scratch recomputation, whatever random
 * sequence of member and organisation changes goes through the GraphQL API (refused changes
 * included: a refusal must leave every counter as it was).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { figureMismatches, idNumberFor } from './figures-helpers.js';
import { graphql, signIn } from './graphql.js';

const STATUSES = ['ACTIVE', 'RETIRED_KEPT', 'LAPSED', 'EXPELLED', 'TRANSFERRED_OUT'] as const;
const GROUPS = [null, 'COURIER', 'FOOD_DELIVERY_RIDER', 'SECURITY_GUARD', 'CARER'] as const;
const PARENT_KINDS = ['COUNTY_FEDERATION', 'TOWNSHIP_UNION', 'PARK_UNION', 'INDUSTRIAL_UNION'];

const operation = fc.record({
  op: fc.constantFrom('add', 'add', 'status', 'transfer', 'update', 'found', 'dissolve'),
  a: fc.nat(),
  b: fc.nat(),
  flag: fc.boolean(),
  status: fc.constantFrom(...STATUSES),
  group: fc.constantFrom(...GROUPS),
  kind: fc.constantFrom('GRASSROOTS_UNION', 'JOINT_GRASSROOTS_UNION', 'BRANCH'),
  headcount: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
});
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const m = (name: string, args: string) =>
  `mutation (${args}) { result: ${name} { __typename ... on Node { id } ... on ValidationError { field rule } ... on Error { code } } }`;
const mutations = {
  add: m('addMember(input: $input)', '$input: AddMemberInput!'),
  status: m(
    'changeMemberStatus(memberId: $id, status: $status, effectiveOn: "2026-02-01")',
    '$id: ID!, $status: MemberStatus!',
  ),
  transfer: m(
    'transferMember(memberId: $id, toOrganizationId: $to, transferDate: "2026-03-01")',
    '$id: ID!, $to: ID!',
  ),
  update: m('updateMember(memberId: $id, input: $input)', '$id: ID!, $input: UpdateMemberInput!'),
  found: m('foundOrganization(input: $input)', '$input: FoundOrganizationInput!'),
  dissolve: m(
    'dissolveOrganization(id: $id, dissolvedOn: "2026-04-01", approvedOn: "2026-04-02")',
    '$id: ID!',
  ),
};

let session = '';
let serial = 50_000;
let unions: { id: string; kind: string }[] = [];
let parents: string[] = [];
let founded: string[] = [];
let members: string[] = [];
const applied: Record<string, number> = {};

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length ? items[index % items.length] : undefined;

async function run(step: Operation) {
  let query = '';
  let variables: Record<string, unknown> = {};
  switch (step.op) {
    case 'add': {
      const union = pick(unions, step.a);
      if (!union) return;
      serial += 1;
      query = mutations.add;
      variables = {
        input: {
          organizationId: encodeGlobalId('Organization', union.id),
          name: '随机会员',
          idNumber: idNumberFor(serial, step.flag),
          joinedOn: '2026-01-01',
          isMigrant: step.b % 3 === 0,
          employmentGroup: step.group,
        },
      };
      break;
    }
    case 'status':
    case 'update':
    case 'transfer': {
      const member = pick(members, step.a);
      if (!member) return;
      const id = encodeGlobalId('Member', member);
      if (step.op === 'status') {
        query = mutations.status;
        variables = { id, status: step.status };
      } else if (step.op === 'update') {
        query = mutations.update;
        variables = { id, input: { isMigrant: step.flag, employmentGroup: step.group } };
      } else {
        const union = pick(unions, step.b);
        if (!union) return;
        query = mutations.transfer;
        variables = { id, to: encodeGlobalId('Organization', union.id) };
      }
      break;
    }
    case 'found': {
      const parent = step.kind === 'BRANCH' ? pick(unions, step.a)?.id : pick(parents, step.a);
      if (!parent) return;
      serial += 1;
      query = mutations.found;
      variables = {
        input: {
          parentId: encodeGlobalId('Organization', parent),
          kind: step.kind,
          name: `随机组建工会${serial}`,
          regionCode: '370202',
          foundedOn: '2025-01-10',
          approvedOn: '2025-01-20',
          employerHeadcount: step.headcount,
        },
      };
      break;
    }
    case 'dissolve': {
      const organization = pick(founded, step.a);
      if (!organization) return;
      query = mutations.dissolve;
      variables = { id: encodeGlobalId('Organization', organization) };
      break;
    }
  }
  const response = await graphql<{ result: { __typename: string; id?: string } }>(
    query,
    variables,
    { session },
  );
  // Every refusal is a typed result, never an unexpected error.
  expect(response.errors).toBeUndefined();
  const result = response.data?.result;
  expect(result?.__typename).toBeDefined();
  if (result?.__typename === 'Member' || result?.__typename === 'Organization') {
    applied[step.op] = (applied[step.op] ?? 0) + 1;
  }
  if (result?.__typename === 'Member' && step.op === 'add' && result.id) {
    members.push(Buffer.from(result.id, 'base64url').toString().split(':')[1] ?? '');
  }
  if (result?.__typename === 'Organization' && result.id) {
    const id = Buffer.from(result.id, 'base64url').toString().split(':')[1] ?? '';
    if (step.op === 'found') {
      founded.push(id);
      if (step.kind !== 'BRANCH') unions.push({ id, kind: step.kind });
    }
  }
}

describe('maintained subtree figures', () => {
  beforeAll(async () => {
    session = await signIn('super.admin');
    const live = await prisma.organization.findMany({
      where: { dissolvedOn: null },
      select: { id: true, kind: true },
      orderBy: { id: 'asc' },
    });
    unions = live.filter((row) => row.kind.endsWith('GRASSROOTS_UNION'));
    parents = live.filter((row) => PARENT_KINDS.includes(row.kind)).map((row) => row.id);
    members = (
      await prisma.member.findMany({ select: { id: true }, take: 40, orderBy: { id: 'asc' } })
    ).map((row) => row.id);
    founded = [];
  });

  it('equal a recomputation from the rows after every random sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 6 }), async (steps) => {
        for (const step of steps) await run(step);
        expect(await figureMismatches()).toEqual([]);
      }),
      { numRuns: 100 },
    );
    // The sequences did change things, of every kind, not only get refused.
    for (const op of ['add', 'status', 'transfer', 'update', 'found', 'dissolve']) {
      expect(applied[op] ?? 0, op).toBeGreaterThan(0);
    }
  }, 600_000);
});
