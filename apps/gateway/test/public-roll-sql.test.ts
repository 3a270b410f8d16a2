import { describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import {
  HONOR_ROLL_ORDER,
  type HonorRollFilterInput,
  publicAwardWhere,
} from '../src/honor/public-awards.js';
import { rollConditions } from '../src/honor/public-roll-sql.js';
import { graphql } from './graphql.js';

/**
 * The public roll's hand-written SQL (honor/public-roll-sql.ts, issue 10's hot path) must list
 * exactly what Prisma's query builder lists for the same filter: the same awards, in the same
 * order, page after page, with the same count and the same public fields.
 */
const roll = /* GraphQL */ `query ($filter: HonorRollFilter, $first: Int, $after: String) {
  honorRoll(filter: $filter, first: $first, after: $after) { __typename
    ... on QueryHonorRollSuccess { data { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id name titleCode titleName level subject year employerName regionCode
        industry citation photoUrl publishedAt certificateCode } } } } } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

async function walk(filter: HonorRollFilterInput, first: number) {
  const nodes: Record<string, unknown>[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 200; page += 1) {
    const result = await graphql<{ honorRoll: { data: Page } }>(roll, { filter, first, after });
    expect(result.errors).toBeUndefined();
    const data = result.data?.honorRoll.data as Page;
    totalCount = data.totalCount;
    nodes.push(...data.edges.map((edge) => edge.node));
    if (!data.pageInfo.hasNextPage) break;
    after = data.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

const filters: HonorRollFilterInput[] = [
  {},
  { level: 'CITY' },
  { level: 'NATIONAL', year: 2025 },
  { regionCode: '370200' },
  { regionCode: '131000', level: 'PROVINCIAL' },
  { titleCode: 'QINGDAO_CRAFTSMAN' },
  { industry: '卫生' },
  { year: 2019 },
];

describe('the public roll in hand-written SQL', () => {
  it('takes every filter but the text search', () => {
    expect(rollConditions({ level: 'CITY', regionCode: '370200' })).not.toBeNull();
    expect(rollConditions({ search: '海尔' })).toBeNull();
    expect(rollConditions({ search: '  ' })).not.toBeNull();
  });

  it.each(filters)('lists what Prisma lists, in its order, page by page: %j', async (filter) => {
    const expected = await prisma.honorAward.findMany({
      where: publicAwardWhere(filter),
      orderBy: HONOR_ROLL_ORDER,
    });
    for (const first of [1, 3, 50]) {
      const { nodes, totalCount } = await walk(filter, first);
      expect(totalCount).toBe(expected.length);
      expect(nodes.map((node) => node.id)).toEqual(
        expected.map((award) => encodeGlobalId('Honoree', award.id)),
      );
    }
    const { nodes } = await walk(filter, 50);
    expect(nodes).toEqual(
      expected.map((award) => ({
        id: encodeGlobalId('Honoree', award.id),
        name: award.name,
        titleCode: award.titleCode,
        titleName: award.titleName,
        level: award.level,
        subject: award.subject,
        year: award.year,
        employerName: award.employerName,
        regionCode: award.regionCode,
        industry: award.industry,
        citation: award.publicScopes.includes('STORY') ? award.citation : null,
        photoUrl: award.publicScopes.includes('PHOTO') ? award.photoUrl : null,
        publishedAt: award.publishedAt.toISOString(),
        certificateCode: award.certificateCode,
      })),
    );
  });

  it('has a roll to compare: several awards in the seed, some filtered out', async () => {
    const all = await prisma.honorAward.count({ where: publicAwardWhere({}) });
    const city = await prisma.honorAward.count({ where: publicAwardWhere({ level: 'CITY' }) });
    expect(all).toBeGreaterThan(10);
    expect(city).toBeGreaterThan(1);
    expect(city).toBeLessThan(all);
  });
});
