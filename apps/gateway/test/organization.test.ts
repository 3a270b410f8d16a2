import { describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/global-id.js';
import { flattenDemoTree, seedUuid } from '../src/seed/seed-demo.js';
import { graphql } from './graphql.js';

const qingdaoId = encodeGlobalId('Organization', seedUuid('qingdao'));
const demoRows = flattenDemoTree();

const organizationQuery = /* GraphQL */ `
  query Organization($id: ID!) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        name
        kind
        regionCode
        foundedOn
        parent { name }
        ancestors { name kind }
        childCount
        children(first: 50) { totalCount edges { node { name kind regionCode } } }
      }
      ... on Error { code message }
      ... on ValidationError { field rule }
      ... on NotFoundError { resource }
    }
  }
`;

type OrganizationResult = {
  organization: {
    __typename: string;
    name?: string;
    code?: string;
    field?: string;
    rule?: string;
    message?: string;
    regionCode?: string;
    kind?: string;
    parent?: { name: string } | null;
    ancestors?: { name: string; kind: string }[];
    childCount?: number;
    children?: {
      totalCount: number;
      edges: { node: { name: string; kind: string; regionCode: string } }[];
    };
  };
};

describe('organization(id)', () => {
  it('returns a city federation with its breadcrumb and children', async () => {
    const result = await graphql<OrganizationResult>(organizationQuery, { id: qingdaoId });
    expect(result.errors).toBeUndefined();
    const qingdao = result.data?.organization;
    expect(qingdao?.__typename).toBe('Organization');
    expect(qingdao?.name).toBe('青岛市总工会');
    expect(qingdao?.kind).toBe('CITY_FEDERATION');
    expect(qingdao?.regionCode).toBe('370200');
    expect(qingdao?.parent?.name).toBe('山东省总工会');
    expect(qingdao?.ancestors?.map((a) => a.name)).toEqual(['中华全国总工会', '山东省总工会']);
    const expectedChildren = demoRows.filter((row) => row.parentId === seedUuid('qingdao'));
    expect(qingdao?.childCount).toBe(expectedChildren.length);
    expect(qingdao?.children?.totalCount).toBe(expectedChildren.length);
    const names = qingdao?.children?.edges.map((edge) => edge.node.name) ?? [];
    expect(names).toContain('市南区总工会');
    expect(qingdao?.children?.edges.every((edge) => edge.node.regionCode.startsWith('3702'))).toBe(
      true,
    );
  });

  it.each([
    ['not base64 at all', '%%%', 'GLOBAL_ID_MALFORMED'],
    ['base64 of garbage', Buffer.from('hello').toString('base64url'), 'GLOBAL_ID_MALFORMED'],
    ['a non-uuid id', Buffer.from('Organization:42').toString('base64url'), 'GLOBAL_ID_MALFORMED'],
    ['another type', encodeGlobalId('Member', seedUuid('qingdao')), 'GLOBAL_ID_WRONG_TYPE'],
    ['an empty string', '', 'GLOBAL_ID_MALFORMED'],
  ])('refuses %s with a typed ValidationError naming the field', async (_label, id, rule) => {
    const result = await graphql<OrganizationResult>(organizationQuery, { id });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data?.organization).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      field: 'id',
      rule,
    });
    expect(result.data?.organization.message).toMatch(/ID/);
  });

  it('answers NotFoundError for a well-formed id of no organisation', async () => {
    const id = encodeGlobalId('Organization', '00000000-0000-4000-8000-000000000000');
    const result = await graphql<OrganizationResult>(organizationQuery, { id });
    expect(result.data?.organization).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
  });

  it('answers a wrong variable type with a 400-class GraphQL error, never a 500', async () => {
    const result = await graphql(organizationQuery, { id: { nested: true } });
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0]?.message).toMatch(/\$id/);
  });
});

const organizationsQuery = /* GraphQL */ `
  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryOrganizationsSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id name kind regionCode creditCode } }
        }
      }
      ... on ValidationError { code field rule message }
    }
  }
`;

type OrganizationsResult = {
  organizations: {
    __typename: string;
    field?: string;
    rule?: string;
    message?: string;
    data?: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: {
          id: string;
          name: string;
          kind: string;
          regionCode: string;
          creditCode: string | null;
        };
      }[];
    };
  };
};

async function listOrganizations(filter: Record<string, unknown>, first = 100, after?: string) {
  const result = await graphql<OrganizationsResult>(organizationsQuery, { filter, first, after });
  expect(result.errors).toBeUndefined();
  return result.data?.organizations;
}

describe('organizations(filter)', () => {
  it('lists the roots', async () => {
    const page = await listOrganizations({ rootsOnly: true });
    expect(page?.data?.edges.map((edge) => edge.node.name)).toEqual(['中华全国总工会']);
  });

  it('filters by region: a city code matches everything in that city', async () => {
    const page = await listOrganizations({ regionCode: '370200' }, 500);
    const expected = demoRows.filter((row) => row.regionCode.startsWith('3702'));
    expect(page?.data?.totalCount).toBe(expected.length);
    expect(page?.data?.edges.every((edge) => edge.node.regionCode.startsWith('3702'))).toBe(true);
  });

  it('lists a subtree with withinId, the node itself included', async () => {
    const page = await listOrganizations({ withinId: qingdaoId }, 1);
    const expected = demoRows.filter((row) => row.lineageIds.includes(seedUuid('qingdao')));
    expect(page?.data?.totalCount).toBe(expected.length);
    expect(page?.data?.edges[0]?.node.name).toBe('青岛市总工会');
  });

  it('pages with cursors without losing or repeating a row', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let pageNumber = 0; pageNumber < 20; pageNumber += 1) {
      const page = await listOrganizations({ regionCode: '370900' }, 7, after);
      seen.push(...(page?.data?.edges.map((edge) => edge.node.id) ?? []));
      if (!page?.data?.pageInfo.hasNextPage) break;
      after = page.data.pageInfo.endCursor ?? undefined;
    }
    const expected = demoRows.filter((row) => row.regionCode.startsWith('3709'));
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen).size).toBe(expected.length);
  });

  it('finds by name and by credit code', async () => {
    const byName = await listOrganizations({ search: '市南' });
    expect(byName?.data?.edges.some((edge) => edge.node.name === '市南区总工会')).toBe(true);
    const withCode = demoRows.find((row) => row.creditCode);
    const byCode = await listOrganizations({ creditCode: withCode?.creditCode?.toLowerCase() });
    expect(byCode?.data?.edges.map((edge) => edge.node.name)).toEqual([withCode?.name]);
  });

  it.each([
    [{ regionCode: '99' }, 'filter.regionCode', 'REGION_CODE_FORMAT'],
    [{ regionCode: '990000' }, 'filter.regionCode', 'REGION_CODE_PROVINCE'],
    [{ creditCode: '91350100M000100Y44' }, 'filter.creditCode', 'CREDIT_CODE_CHECKSUM'],
    [{ creditCode: 'short' }, 'filter.creditCode', 'CREDIT_CODE_LENGTH'],
    [{ parentId: 'nonsense' }, 'filter.parentId', 'GLOBAL_ID_MALFORMED'],
    [{ search: '工'.repeat(101) }, 'filter.search', 'SEARCH_TOO_LONG'],
  ])('refuses %j with a ValidationError naming %s', async (filter, field, rule) => {
    const result = await listOrganizations(filter);
    expect(result).toMatchObject({ __typename: 'ValidationError', field, rule });
    expect(result?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('node(id)', () => {
  it('resolves an organisation by global id', async () => {
    const result = await graphql<{ node: { __typename: string; name: string } }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on Organization { name } } }',
      { id: qingdaoId },
    );
    expect(result.data?.node).toEqual({ __typename: 'Organization', name: '青岛市总工会' });
  });

  it('refuses a malformed id with a typed error, not an unexpected one', async () => {
    const result = await graphql('query { node(id: "@@@") { id } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'GLOBAL_ID_MALFORMED',
    });
  });
});
