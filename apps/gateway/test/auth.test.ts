import { describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { freshAddress, graphql, loginMutation, signIn } from './graphql.js';

type LoginResult = {
  login: {
    __typename: string;
    username?: string;
    reason?: string;
    retryAt?: string | null;
    field?: string;
  };
};

const viewerQuery = /* GraphQL */ `
  { viewer { username displayName permissions homeOrganization { name } scopeRoots { name } roles { role organization { name } } } }
`;

describe('login', () => {
  it('signs in with the demo account and sets a strict, HttpOnly session cookie', async () => {
    const result = await graphql<LoginResult>(
      loginMutation,
      { username: 'Shinan.Admin', password: 'Gonghui@2026' },
      { from: freshAddress() },
    );
    expect(result.data?.login).toEqual({
      __typename: 'Viewer',
      username: 'shinan.admin',
      displayName: '李秀梅',
    });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^gh_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/,
    );
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const result = await graphql<LoginResult>(
      loginMutation,
      { username: 'shinan.admin', password: 'Gonghui@2026' },
      { from: freshAddress(), url: 'https://gateway.test/graphql' },
    );
    expect(result.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('tells who is signed in, and what they may see', async () => {
    const session = await signIn('shinan.admin');
    const result = await graphql<{ viewer: Record<string, unknown> }>(viewerQuery, {}, { session });
    expect(result.data?.viewer).toMatchObject({
      username: 'shinan.admin',
      homeOrganization: { name: '市南区总工会' },
      scopeRoots: [{ name: '市南区总工会' }],
      roles: [{ role: 'UNION_ADMIN', organization: { name: '市南区总工会' } }],
    });
    expect(result.data?.viewer.permissions).toContain('MEMBER_REVEAL_IDENTITY');
    const roles = async (username: string) =>
      (
        await graphql<{ viewer: { assignableRoles: string[] } }>(
          '{ viewer { assignableRoles } }',
          {},
          { session: await signIn(username) },
        )
      ).data?.viewer.assignableRoles;
    expect(await roles('shinan.admin')).toEqual([
      'UNION_ADMIN',
      'CASEWORKER',
      'REVIEWER',
      'JUDGE',
      'VIEWER',
    ]);
    expect(await roles('super.admin')).toContain('SUPER_ADMIN');
    expect(await roles('qingdao.viewer')).toEqual([]);
    expect((await graphql<{ viewer: null }>(viewerQuery)).data?.viewer).toBeNull();
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const from = freshAddress();
    const wrong = await graphql<LoginResult>(
      loginMutation,
      { username: 'qingdao.viewer', password: 'nope-nope-1' },
      { from },
    );
    const unknown = await graphql<LoginResult>(
      loginMutation,
      { username: 'nobody.here', password: 'nope-nope-1' },
      { from },
    );
    expect(wrong.data?.login).toMatchObject({
      __typename: 'LoginFailedError',
      reason: 'INVALID_CREDENTIALS',
    });
    expect(unknown.data?.login).toEqual(wrong.data?.login);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('locks the account after five failures, even for the right password, until the lock ends', async () => {
    const username = 'qingdao.judge';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const result = await graphql<LoginResult>(
        loginMutation,
        { username, password: `wrong-${attempt}` },
        { from: freshAddress() },
      );
      expect(result.data?.login.reason).toBe(
        attempt < 5 ? 'INVALID_CREDENTIALS' : 'ACCOUNT_LOCKED',
      );
    }
    const right = await graphql<LoginResult>(
      loginMutation,
      { username, password: 'Gonghui@2026' },
      { from: freshAddress() },
    );
    expect(right.data?.login).toMatchObject({ reason: 'ACCOUNT_LOCKED' });
    expect(new Date(right.data?.login.retryAt ?? 0).getTime()).toBeGreaterThan(
      Date.now() + 10 * 60_000,
    );
    await prisma.staffAccount.update({
      where: { username },
      data: { lockedUntil: new Date(Date.now() - 1) },
    });
    const after = await graphql<LoginResult>(
      loginMutation,
      { username, password: 'Gonghui@2026' },
      { from: freshAddress() },
    );
    expect(after.data?.login.__typename).toBe('Viewer');
  });

  it('refuses empty fields with a ValidationError naming the field', async () => {
    const result = await graphql<LoginResult>(
      loginMutation,
      { username: '', password: 'x' },
      { from: freshAddress() },
    );
    expect(result.data?.login).toMatchObject({
      __typename: 'ValidationError',
      field: 'username',
      rule: 'USERNAME_EMPTY',
    });
  });

  it('counts every aliased login field against the per-address limit', async () => {
    const fields = Array.from(
      { length: 15 },
      (_, i) =>
        `a${i}: login(username: "nobody.here", password: "guess-${i}") { __typename ... on LoginFailedError { reason } }`,
    ).join('\n');
    const result = await graphql<Record<string, { reason: string }>>(
      `mutation { ${fields} }`,
      {},
      { from: freshAddress() },
    );
    const reasons = Object.values(result.data ?? {}).map((value) => value.reason);
    expect(reasons.filter((reason) => reason === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
    expect(reasons.slice(0, 10).every((reason) => reason !== 'RATE_LIMITED')).toBe(true);
  });
});

describe('sessions', () => {
  it('logout ends the session and clears the cookie', async () => {
    const session = await signIn('qingdao.viewer');
    const logout = await graphql<{ logout: boolean }>('mutation { logout }', {}, { session });
    expect(logout.data?.logout).toBe(true);
    expect(logout.headers.get('set-cookie')).toMatch(/^gh_session=; .*Max-Age=0/);
    const after = await graphql<{ viewer: null }>(viewerQuery, {}, { session });
    expect(after.data?.viewer).toBeNull();
  });

  it('an idle session expires', async () => {
    const session = await signIn('qingdao.viewer');
    await prisma.staffSession.updateMany({
      where: { staff: { username: 'qingdao.viewer' }, revokedAt: null },
      data: {
        createdAt: new Date(Date.now() - 40 * 60_000),
        lastSeenAt: new Date(Date.now() - 31 * 60_000),
      },
    });
    expect((await graphql<{ viewer: null }>(viewerQuery, {}, { session })).data?.viewer).toBeNull();
  });

  it('changing one’s password checks the policy and ends the other sessions', async () => {
    const first = await signIn('laoshan.admin');
    const second = await signIn('laoshan.admin');
    const change = /* GraphQL */ `
      mutation ($current: String!, $next: String!) {
        changeMyPassword(currentPassword: $current, newPassword: $next) {
          __typename
          ... on MutationChangeMyPasswordSuccess { data }
          ... on ValidationError { field rule message }
        }
      }`;
    const weak = await graphql<{ changeMyPassword: Record<string, string> }>(
      change,
      { current: 'Gonghui@2026', next: 'short' },
      { session: first },
    );
    expect(weak.data?.changeMyPassword).toMatchObject({
      __typename: 'ValidationError',
      field: 'newPassword',
      rule: 'PASSWORD_TOO_SHORT',
    });
    const ok = await graphql<{ changeMyPassword: Record<string, unknown> }>(
      change,
      { current: 'Gonghui@2026', next: 'Laoshan#Union2027' },
      { session: first },
    );
    expect(ok.data?.changeMyPassword).toMatchObject({ data: true });
    expect(
      (await graphql<{ viewer: unknown }>(viewerQuery, {}, { session: second })).data?.viewer,
    ).toBeNull();
    expect(
      (await graphql<{ viewer: unknown }>(viewerQuery, {}, { session: first })).data?.viewer,
    ).not.toBeNull();
    const restored = await graphql(
      change,
      { current: 'Laoshan#Union2027', next: 'Gonghui@2026' },
      { session: first },
    );
    expect(restored.data).toMatchObject({ changeMyPassword: { data: true } });
  });
});
