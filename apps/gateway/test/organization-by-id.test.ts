import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context.js';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { organizationById } from '../src/organization/organization-by-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

/**
 * `organization(id)` answers plain columns and the counter row (`stats`) with one hand-written
 * statement (src/organization/organization-by-id.ts, issue 10): it must return what Prisma
 * returns for the same selection, for every organisation, and apply the same visibility.
 */
const plainSelect = {
  id: true,
  lineageIds: true,
  kind: true,
  name: true,
  regionCode: true,
  creditCode: true,
  parentId: true,
  depth: true,
  industry: true,
  employerName: true,
  employerHeadcount: true,
  ownership: true,
} as const;

const anonymousContext = { viewer: { kind: 'anonymous' } } as Context;

describe('organizationById', () => {
  it('reads what Prisma reads, with and without the counter row, for every organisation', async () => {
    const organizations = await prisma.organization.findMany({ select: { id: true } });
    expect(organizations.length).toBeGreaterThan(50);
    for (const select of [plainSelect, { ...plainSelect, figures: true }] as const) {
      for (const { id } of organizations) {
        const expected = await prisma.organization.findFirst({ select, where: { id } });
        const actual = await organizationById(anonymousContext, { select }, id);
        expect(actual).toEqual(expected);
      }
    }
  });

  it('answers null for an unknown id, and leaves other selections to Prisma', async () => {
    expect(
      await organizationById(
        anonymousContext,
        { select: { id: true, figures: true } },
        '00000000-0000-4000-8000-000000000000',
      ),
    ).toBeNull();
    const id = seedUuid('qingdao');
    const select = { id: true, foundedOn: true, _count: { select: { children: true } } };
    expect(await organizationById(anonymousContext, { select }, id)).toEqual(
      await prisma.organization.findFirst({ select, where: { id } }),
    );
  });

  it("serves stats from the counter row, and hides organisations outside a staff member's scope", async () => {
    const query = /* GraphQL */ `query ($id: ID!) { organization(id: $id) { __typename
      ... on Organization { name stats { members grassrootsUnions migrantMembers
        newEmploymentMembers { group members } } } } }`;
    const shinan = seedUuid('qingdao-shinan');
    const figures = await prisma.organizationFigures.findUniqueOrThrow({
      where: { organizationId: shinan },
    });
    const session = await signIn('shinan.admin');
    const inside = await graphql<{
      organization: { __typename: string; name: string; stats: Record<string, unknown> };
    }>(query, { id: encodeGlobalId('Organization', shinan) }, { session });
    expect(inside.errors).toBeUndefined();
    expect(inside.data?.organization).toMatchObject({
      __typename: 'Organization',
      name: '市南区总工会',
      stats: {
        members: figures.members,
        grassrootsUnions: figures.grassrootsUnions,
        migrantMembers: figures.migrantMembers,
      },
    });
    const outside = await graphql<{ organization: { __typename: string } }>(
      query,
      { id: encodeGlobalId('Organization', seedUuid('qingdao')) },
      { session },
    );
    expect(outside.data?.organization.__typename).toBe('NotFoundError');
  });
});
