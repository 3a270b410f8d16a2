/**
 * 建会率 and 入会率 against a region's census (辖区单位和职工底数), through real GraphQL requests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

const qingdao = seedUuid('qingdao');
const shinan = seedUuid('qingdao-shinan');
const hisense = seedUuid('qingdao-shinan-hisense');
const gid = (id: string) => encodeGlobalId('Organization', id);

const record = /* GraphQL */ `mutation ($id: ID!, $year: Int!, $employers: Int!, $employees: Int, $source: String) {
  recordRegionCensus(organizationId: $id, year: $year, employers: $employers, employees: $employees, source: $source) {
    __typename
    ... on Organization { regionCensus { year employers employees } }
    ... on ValidationError { field rule message }
    ... on Error { message } } }`;
const rates = /* GraphQL */ `query ($id: ID!) { organization(id: $id) { ... on Organization {
  regionCensus { year employers employees }
  stats { members retiredMembers employersCovered
    unionCoverage { numerator denominator percent }
    membershipInRegion { numerator denominator percent } } } } }`;

type Rates = {
  regionCensus: { year: number; employers: number; employees: number | null } | null;
  stats: {
    members: number;
    retiredMembers: number;
    employersCovered: number;
    unionCoverage: { numerator: number; denominator: number; percent: string } | null;
    membershipInRegion: { numerator: number; denominator: number } | null;
  };
};

let session = '';

async function ratesOf(id: string) {
  const result = await graphql<{ organization: Rates }>(rates, { id: gid(id) });
  expect(result.errors).toBeUndefined();
  return result.data?.organization as Rates;
}

async function recordCensus(variables: Record<string, unknown>, as = session) {
  const result = await graphql<{
    recordRegionCensus: { __typename: string; field?: string; rule?: string };
  }>(record, variables, { session: as });
  expect(result.errors).toBeUndefined();
  return result.data?.recordRegionCensus;
}

describe('region census', () => {
  beforeAll(async () => {
    session = await signIn('qingdao.admin');
  });

  it('has no rates before a census is recorded', async () => {
    const before = await ratesOf(qingdao);
    expect(before.regionCensus).toBeNull();
    expect(before.stats.unionCoverage).toBeNull();
    expect(before.stats.membershipInRegion).toBeNull();
  });

  it('gives a city federation its 建会率 and 入会率 from the latest census, publicly', async () => {
    expect(
      (await recordCensus({ id: gid(qingdao), year: 2024, employers: 150_000, employees: null }))
        ?.__typename,
    ).toBe('Organization');
    const answer = await recordCensus({
      id: gid(qingdao),
      year: 2025,
      employers: 180_000,
      employees: 2_900_000,
      source: '市场监管局登记数据',
    });
    expect(answer).toMatchObject({
      __typename: 'Organization',
      regionCensus: { year: 2025, employers: 180_000, employees: 2_900_000 },
    });
    const after = await ratesOf(qingdao);
    expect(after.stats.unionCoverage).toMatchObject({
      numerator: after.stats.employersCovered,
      denominator: 180_000,
    });
    expect(after.stats.membershipInRegion).toEqual({
      numerator: after.stats.members - after.stats.retiredMembers,
      denominator: 2_900_000,
      percent: expect.any(String),
    });
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'organization.recordRegionCensus', targetId: qingdao },
      orderBy: { occurredAt: 'desc' },
    });
    expect(audit?.after).toMatchObject({ year: 2025, employers: 180_000 });
  });

  it('corrects a year in place, keeping one row per region and year', async () => {
    await recordCensus({ id: gid(shinan), year: 2025, employers: 9_000, employees: null });
    await recordCensus({ id: gid(shinan), year: 2025, employers: 9_500, employees: 300_000 });
    expect(await prisma.regionCensus.count({ where: { regionCode: '370202' } })).toBe(1);
    expect((await ratesOf(shinan)).regionCensus).toEqual({
      year: 2025,
      employers: 9_500,
      employees: 300_000,
    });
  });

  it('reads each district’s census on a children page', async () => {
    const result = await graphql<{
      organization: {
        children: { edges: { node: { id: string; regionCensus: { employers: number } | null } }[] };
      };
    }>(
      /* GraphQL */ `query ($id: ID!) { organization(id: $id) { ... on Organization {
        children(first: 20) { edges { node { id regionCensus { employers } stats { unionCoverage { denominator } } } } } } } }`,
      { id: gid(qingdao) },
    );
    expect(result.errors).toBeUndefined();
    const edges = result.data?.organization.children.edges ?? [];
    expect(edges.length).toBeGreaterThan(3);
    expect(edges.find((edge) => edge.node.id === gid(shinan))?.node.regionCensus).toEqual({
      employers: 9_500,
    });
    expect(edges.filter((edge) => edge.node.regionCensus !== null)).toHaveLength(1);
  });

  it.each([
    [{ id: gid(hisense) }, 'organizationId', 'REGION_CENSUS_NOT_A_REGIONAL_FEDERATION'],
    [{ year: 1998 }, 'year', 'REGION_CENSUS_YEAR_INVALID'],
    [{ employers: 0 }, 'employers', 'REGION_CENSUS_EMPLOYERS_INVALID'],
    [{ employees: 10 }, 'employees', 'REGION_CENSUS_EMPLOYEES_INVALID'],
    [{ source: '来源'.repeat(51) }, 'source', 'REGION_CENSUS_SOURCE_TOO_LONG'],
  ])('refuses %o with a typed error naming %s', async (change, field, rule) => {
    const answer = await recordCensus({
      id: gid(qingdao),
      year: 2025,
      employers: 100,
      employees: null,
      ...change,
    });
    expect(answer).toMatchObject({ __typename: 'ValidationError', field, rule });
  });

  it('is for those who manage the federation: another district’s admin sees nothing there', async () => {
    const laoshan = await signIn('laoshan.admin');
    const answer = await recordCensus(
      { id: gid(shinan), year: 2025, employers: 1, employees: null },
      laoshan,
    );
    expect(answer?.__typename).toBe('NotFoundError');
    const viewer = await signIn('qingdao.viewer');
    const refused = await recordCensus(
      { id: gid(qingdao), year: 2025, employers: 1, employees: null },
      viewer,
    );
    expect(refused?.__typename).toBe('ForbiddenError');
    expect((await ratesOf(shinan)).regionCensus?.employers).toBe(9_500);
  });
});
