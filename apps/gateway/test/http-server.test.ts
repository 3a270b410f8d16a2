import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { database } from '../src/db.js';
import { createHttpServer } from '../src/http-server.js';

const server = createHttpServer(
  { ...readConfig(), adminDist: '/nonexistent/admin', publicDist: '/nonexistent/public' },
  database,
);
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the one HTTP port', () => {
  it('answers /health after asking the database', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: database.kind });
  });

  it('serves GraphQL on /graphql', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ organizations(filter: { rootsOnly: true }) { __typename } }',
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { organizations: { __typename: 'QueryOrganizationsSuccess' } },
    });
  });

  it('redirects /admin to /admin/ and explains an unbuilt app instead of failing', async () => {
    const redirect = await fetch(`${base}/admin`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/admin/');
    const unbuilt = await fetch(`${base}/admin/organizations`);
    expect(unbuilt.status).toBe(503);
    expect(await unbuilt.text()).toMatch(/pnpm start/);
  });

  it('masks an unexpected error: no stack, no SQL, no Prisma text', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ organizations(first: -5) { __typename } }"}',
    });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(/prisma|SELECT|at .*\.ts:\d+/i);
  });
});
