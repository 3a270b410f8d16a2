import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { database } from '../src/db.js';
import { createHttpServer } from '../src/http-server.js';
import { createGatewayYoga, yoga } from '../src/yoga.js';
import { signIn } from './graphql.js';

let executions = 0;
const prod = createGatewayYoga({
  production: true,
  plugins: [
    {
      onExecute() {
        executions++;
      },
    },
  ],
});
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

async function post(f: typeof prod.fetch, body: unknown, headers: Record<string, string> = {}) {
  const before = executions;
  const r = await f('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const t = await r.text();
  console.log(r.status, executions - before, t.slice(0, 600));
}

const nest = (n: number) => {
  let s = 'name';
  for (let i = 0; i < n; i++) s = `children { edges { node { ${s} } } }`;
  return `{ organizations { ... on QueryOrganizationsSuccess { data { edges { node { ${s} } } } } } }`;
};

it('probe', async () => {
  const f = prod.fetch;
  console.log('--normal');
  await post(f, { query: '{ organizations { __typename } }' });
  console.log('--depth');
  await post(f, { query: nest(10) });
  console.log('--alias');
  await post(f, {
    query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  });
  console.log('--directive');
  await post(f, { query: `{ __typename ${'@include(if: true) '.repeat(50)} }` });
  console.log('--tokens');
  await post(f, { query: `{ ${'__typename '.repeat(3100)} }` });
  console.log('--cost');
  await post(f, {
    query:
      '{ organizations(first: 100) { ... on QueryOrganizationsSuccess { data { edges { node { children(first: 100) { edges { node { children(first: 100) { edges { node { name } } } } } } } } } } } }',
  });
  console.log('--cycle');
  await post(f, {
    query:
      '{ organization(id: "x") { ...A } } fragment A on Organization { ...B } fragment B on Organization { ...A }',
  });
  console.log('--unknown');
  await post(f, { query: '{ organizatons { __typename } }' });
  const s = await signIn('qingdao.admin');
  console.log('--unknown staff');
  await post(f, { query: '{ organizatons { __typename } }' }, { cookie: `gh_session=${s}` });
  console.log('--wrong var');
  await post(f, {
    query: 'query($id: ID!) { organization(id: $id) { __typename } }',
    variables: { id: { a: 1 } },
  });
  console.log('--first ten');
  await post(f, { query: '{ organizations(first: "ten") { __typename } }' });
  console.log('--missing var');
  await post(f, { query: 'query($id: ID!) { organization(id: $id) { __typename } }' });
  console.log('--syntax');
  await post(f, { query: '{ organizations { ' });
  console.log('--empty');
  await post(f, { query: '' });
  console.log('--opname');
  await post(f, { query: 'query A { __typename }', operationName: 'B' });
  console.log('--introspection anon');
  await post(f, { query: '{ __schema { queryType { name } } }' });
  console.log('--introspection staff');
  await post(f, { query: '{ __schema { queryType { name } } }' }, { cookie: `gh_session=${s}` });
  console.log('--introspection dev');
  await post(yoga.fetch, { query: '{ __schema { queryType { name } } }' });
  console.log('--first -1');
  await post(f, { query: '{ organizations(first: -1) { __typename } }' });
  console.log('--first 100000');
  await post(f, {
    query:
      '{ organizations(first: 100000) { ... on QueryOrganizationsSuccess { data { edges { node { name } } } } } }',
  });
  console.log('--after garbage');
  await post(f, { query: `{ organizations(after: "${'Z'.repeat(5000)}") { __typename } }` });
  console.log('--after garbage2');
  await post(f, {
    query: `{ organizations(after: "R1BDOlM6eHh4") { ... on QueryOrganizationsSuccess { data { edges { node { name } } } } } }`,
  });
  console.log('--node garbage');
  await post(f, { query: `{ node(id: "garbage") { id } }` });
  console.log('--org garbage');
  await post(f, {
    query: `{ organization(id: "garbage") { __typename ... on Error { message code } } }`,
  });
  console.log('--invalid json');
  await post(f, '{"query": ');
  console.log('--array');
  await post(f, [{ query: '{ __typename }' }]);
  console.log('--number body');
  await post(f, '42');
  console.log('--null body');
  await post(f, 'null');
  console.log('--query number');
  await post(f, { query: 42 });
  console.log('--vars string');
  await post(f, { query: '{ __typename }', variables: 'x' });
  console.log('--vars array');
  await post(f, { query: '{ __typename }', variables: [1] });
  console.log('--vars null');
  await post(f, { query: '{ __typename }', variables: null });
  console.log('--ext string');
  await post(f, { query: '{ __typename }', extensions: 'x' });
  for (const [m, h, b, u] of [
    ['POST', { 'content-type': 'text/plain' }, '{"query":"{ __typename }"}', ''],
    ['GET', {}, undefined, '?query=%7B__typename%7D'],
    ['GET', { 'x-graphql-yoga-csrf': '1' }, undefined, '?query=%7B__typename%7D'],
    ['GET', { 'x-graphql-yoga-csrf': '1' }, undefined, '?query=mutation%7Blogout%7D'],
    ['PUT', { 'content-type': 'application/json' }, '{"query":"{ __typename }"}', ''],
    ['DELETE', {}, undefined, ''],
    ['PATCH', { 'content-type': 'application/json' }, '{"query":"{ __typename }"}', ''],
    ['POST', { 'content-type': 'application/json' }, 'x'.repeat(300 * 1024), ''],
    [
      'POST',
      { 'content-type': 'application/json' },
      JSON.stringify({ query: `{ __typename }`, variables: { x: 'a'.repeat(300 * 1024) } }),
      '',
    ],
  ] as const) {
    const r = await fetch(`${base}/graphql${u}`, { method: m, headers: h, body: b });
    const t = await r.text();
    console.log(
      'HTTP',
      m,
      JSON.stringify(h),
      r.status,
      [...r.headers].map((x) => x.join(':')).join(' | '),
      t.slice(0, 300),
    );
  }
  for (const [m, h, b, u] of [
    ['POST', { 'content-type': 'text/plain' }, '{"query":"{ __typename }"}', ''],
    ['GET', {}, undefined, '?query=%7B__typename%7D'],
    ['GET', { 'x-graphql-yoga-csrf': '1' }, undefined, '?query=mutation%7Blogout%7D'],
    ['PUT', { 'content-type': 'application/json' }, '{"query":"{ __typename }"}', ''],
    ['DELETE', {}, undefined, ''],
  ] as const) {
    const before = executions;
    const r = await prod.fetch(`http://gateway.test/graphql${u}`, {
      method: m,
      headers: h,
      body: b,
    });
    const t = await r.text();
    console.log('FETCH', m, JSON.stringify(h), r.status, executions - before, t.slice(0, 300));
  }
});
