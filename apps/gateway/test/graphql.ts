import { randomBytes } from 'node:crypto';
import { demoStaffPassword } from '../src/seed/demo-staff.js';
import { yoga } from '../src/yoga.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: Data;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Session cookie value (from `signIn`). */
  session?: string;
  /** Client address, sent as X-Forwarded-For (tests run with TRUST_PROXY). */
  from?: string;
  url?: string;
  fetch?: typeof yoga.fetch;
}

/** Sends one GraphQL operation through the real yoga server object (no port). */
export async function graphql<Data = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<Data>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...options.headers,
  };
  if (options.session) headers.cookie = `gh_session=${options.session}`;
  if (options.from) headers['x-forwarded-for'] = options.from;
  const fetch = options.fetch ?? yoga.fetch;
  const response = await fetch(options.url ?? 'http://gateway.test/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

/** A client address no other test uses, so per-address rate limits do not interfere. */
export function freshAddress(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

export const loginMutation = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      __typename
      ... on Viewer { username displayName }
      ... on LoginFailedError { code reason message retryAt }
      ... on ValidationError { field rule message }
    }
  }
`;

/** Signs in through the real `login` mutation; returns the session cookie's value. */
export async function signIn(username: string, password = demoStaffPassword): Promise<string> {
  const result = await graphql(loginMutation, { username, password }, { from: freshAddress() });
  const cookie = result.headers.get('set-cookie') ?? '';
  const token = /gh_session=([^;]+)/.exec(cookie)?.[1];
  if (!token) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(result.data)}`);
  return decodeURIComponent(token);
}
