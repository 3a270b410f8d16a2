import type { CombinedError } from 'urql';

/**
 * Failures that are not typed members of a result union come back in the top-level `errors`
 * with `extensions.code`: `FORBIDDEN` for a field the viewer's roles do not allow,
 * `UNAUTHENTICATED` when the session has ended.
 */
export type ErrorCode = 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | (string & {});

interface GraphQLErrorLike {
  extensions?: Record<string, unknown> | null;
}

export function errorCodes(errors: readonly GraphQLErrorLike[] | undefined): string[] {
  const codes: string[] = [];
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code === 'string' && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

export function hasErrorCode(error: CombinedError | undefined | null, code: ErrorCode): boolean {
  return errorCodes(error?.graphQLErrors).includes(code);
}

/**
 * True when a result says the session is gone: a top-level UNAUTHENTICATED error, or a root
 * field answering with the typed `UnauthenticatedError`.
 */
export function isUnauthenticatedResult(
  graphQLErrors: readonly GraphQLErrorLike[] | undefined,
  data: unknown,
): boolean {
  if (errorCodes(graphQLErrors).includes('UNAUTHENTICATED')) return true;
  if (data === null || typeof data !== 'object') return false;
  return Object.values(data).some(
    (value) =>
      value !== null &&
      typeof value === 'object' &&
      (value as { __typename?: unknown }).__typename === 'UnauthenticatedError',
  );
}
