import { describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { freshAddress, graphql, signIn } from './graphql.js';

const orgId = (key: string) => encodeGlobalId('Organization', seedUuid(key));

const createStaff = /* GraphQL */ `
  mutation ($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
      ... on StaffAccount { id username organization { name } roles { id role organization { name } } }
      ... on Error { code message }
      ... on ValidationError { field rule }
    }
  }
`;

type Created = {
  createStaffAccount: {
    __typename: string;
    id?: string;
    username?: string;
    code?: string;
    field?: string;
    rule?: string;
    roles?: { id: string; role: string; organization: { name: string } | null }[];
  };
};

const auditQuery = /* GraphQL */ `
  query ($filter: AuditLogFilter) {
    auditLog(first: 50, filter: $filter) {
      __typename
      ... on QueryAuditLogSuccess { data { edges { node { action actorName targetId reason after } } } }
    }
  }
`;

type AuditResult = {
  auditLog: {
    data?: {
      edges: {
        node: { action: string; actorName: string; targetId: string; reason: string | null };
      }[];
    };
  };
};

describe('staff management within one’s own subtree', () => {
  it('a district admin creates a caseworker in a union of the district, and it is audited', async () => {
    const session = await signIn('shinan.admin');
    const username = `caseworker.${Date.now()}`;
    const result = await graphql<Created>(
      createStaff,
      {
        input: {
          username,
          displayName: '孙晓',
          password: 'Shinan#Care2026',
          organizationId: orgId('qingdao-shinan-hisense'),
          roles: [{ role: 'CASEWORKER', organizationId: orgId('qingdao-shinan-hisense') }],
        },
      },
      { session },
    );
    expect(result.data?.createStaffAccount).toMatchObject({
      __typename: 'StaffAccount',
      username,
      roles: [{ role: 'CASEWORKER' }],
    });
    const audit = await graphql<AuditResult>(
      auditQuery,
      { filter: { action: 'staff.create' } },
      { session },
    );
    expect(audit.data?.auditLog.data?.edges.map((edge) => edge.node.actorName)).toContain(
      'shinan.admin',
    );
    const elsewhere = await graphql<AuditResult>(
      auditQuery,
      { filter: { action: 'staff.create' } },
      { session: await signIn('laoshan.admin') },
    );
    expect(
      elsewhere.data?.auditLog.data?.edges.every((edge) => edge.node.actorName !== 'shinan.admin'),
    ).toBe(true);
    const signedIn = await graphql<{ login: { __typename: string } }>(
      'mutation ($u: String!) { login(username: $u, password: "Shinan#Care2026") { __typename } }',
      { u: username },
      { from: freshAddress() },
    );
    expect(signedIn.data?.login.__typename).toBe('Viewer');
  });

  it('another district’s union does not exist for a district admin', async () => {
    const session = await signIn('shinan.admin');
    const before = await prisma.staffAccount.count();
    const result = await graphql<Created>(
      createStaff,
      {
        input: {
          username: 'should.not.exist',
          displayName: '某某',
          password: 'Laoshan#Care2026',
          organizationId: orgId('qingdao-laoshan'),
          roles: [{ role: 'VIEWER', organizationId: orgId('qingdao-laoshan') }],
        },
      },
      { session },
    );
    expect(result.data?.createStaffAccount).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    expect(await prisma.staffAccount.count()).toBe(before);
  });

  it('nobody hands out a role they could not hold: a union admin cannot make a super admin', async () => {
    const session = await signIn('qingdao.admin');
    const result = await graphql<Created>(
      createStaff,
      {
        input: {
          username: 'would.be.super',
          displayName: '某某',
          password: 'Qingdao#Root2026',
          organizationId: orgId('qingdao'),
          roles: [{ role: 'SUPER_ADMIN', organizationId: orgId('qingdao') }],
        },
      },
      { session },
    );
    expect(result.data?.createStaffAccount).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });
  });

  it('a weak password is refused with the rule that failed', async () => {
    const session = await signIn('qingdao.admin');
    const result = await graphql<Created>(
      createStaff,
      {
        input: {
          username: 'weak.password',
          displayName: '某某',
          password: 'weak.password.2026',
          organizationId: orgId('qingdao'),
          roles: [],
        },
      },
      { session },
    );
    expect(result.data?.createStaffAccount).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.password',
      rule: 'PASSWORD_CONTAINS_USERNAME',
    });
  });

  it('a viewer may not manage staff at all', async () => {
    const session = await signIn('qingdao.viewer');
    const result = await graphql(
      '{ staffAccounts(first: 5) { edges { node { username } } } }',
      {},
      { session },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });
});

describe('API keys', () => {
  const issue = /* GraphQL */ `
    mutation ($name: String!, $org: ID!, $limit: Int!) {
      issueApiKey(name: $name, organizationId: $org, rateLimitPerMinute: $limit) {
        __typename
        ... on IssuedApiKey { secret apiKey { id keyPrefix name } }
        ... on Error { code }
      }
    }
  `;
  type Issued = {
    issueApiKey: { __typename: string; secret: string; apiKey: { id: string; keyPrefix: string } };
  };

  it('issues a key shown once, which reads public data, nothing personal, within its rate limit', async () => {
    const session = await signIn('qingdao.admin');
    const issued = await graphql<Issued>(
      issue,
      { name: '青岛日报融媒体中心', org: orgId('qingdao'), limit: 3 },
      { session },
    );
    const { secret, apiKey } = issued.data?.issueApiKey ?? {
      secret: '',
      apiKey: { id: '', keyPrefix: '' },
    };
    expect(secret).toMatch(/^ghk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.keyPrefix)).toBe(true);
    const stored = await prisma.apiKey.findFirstOrThrow({ where: { keyPrefix: apiKey.keyPrefix } });
    expect(JSON.stringify(stored)).not.toContain(secret);

    const headers = { 'x-api-key': secret };
    const pub = await graphql<{ organizations: { __typename: string } }>(
      '{ organizations(first: 1) { __typename } }',
      {},
      { headers },
    );
    expect(pub.data?.organizations.__typename).toBe('QueryOrganizationsSuccess');
    const personal = await graphql('{ members(first: 1) { __typename } }', {}, { headers });
    expect(personal.data).toEqual({ members: { __typename: 'UnauthenticatedError' } });
    const third = await graphql('{ viewer { username } }', {}, { headers });
    expect(third.status).toBe(200);
    const fourth = await graphql('{ viewer { username } }', {}, { headers });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('a revoked key is refused with 401, and the revocation is audited', async () => {
    const session = await signIn('qingdao.admin');
    const issued = await graphql<Issued>(
      issue,
      { name: '测试单位', org: orgId('qingdao'), limit: 100 },
      { session },
    );
    const { secret, apiKey } = issued.data?.issueApiKey ?? { secret: '', apiKey: { id: '' } };
    const revoke = await graphql<{ revokeApiKey: { __typename: string; revokedAt: string } }>(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { __typename ... on ApiKey { revokedAt } } }',
      { id: apiKey.id },
      { session },
    );
    expect(revoke.data?.revokeApiKey.revokedAt).toBeTruthy();
    const refused = await graphql(
      '{ organizations(first: 1) { __typename } }',
      {},
      { headers: { 'x-api-key': secret } },
    );
    expect(refused.status).toBe(401);
    const audit = await graphql<AuditResult>(
      auditQuery,
      { filter: { action: 'apiKey.revoke' } },
      { session },
    );
    expect(audit.data?.auditLog.data?.edges.length).toBeGreaterThan(0);
  });

  it('the audit log cannot be edited or deleted, even with SQL', async () => {
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow();
    await expect(
      prisma.auditLog.updateMany({ data: { actorName: 'someone else' } }),
    ).rejects.toThrow();
  });
});
