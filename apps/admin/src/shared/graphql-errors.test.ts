import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorCodes, hasErrorCode, isUnauthenticatedResult } from './graphql-errors';

describe('graphql error codes', () => {
  it('reads extensions.code of top-level errors', () => {
    const forbidden = new CombinedError({
      graphQLErrors: [
        new GraphQLError('没有权限执行此操作', { extensions: { code: 'FORBIDDEN' } }),
      ],
    });
    expect(hasErrorCode(forbidden, 'FORBIDDEN')).toBe(true);
    expect(hasErrorCode(forbidden, 'UNAUTHENTICATED')).toBe(false);
    expect(hasErrorCode(undefined, 'FORBIDDEN')).toBe(false);
    expect(errorCodes([{ extensions: { code: 'A' } }, { extensions: { code: 'A' } }, {}])).toEqual([
      'A',
    ]);
  });

  it('tells when a session has ended', () => {
    expect(isUnauthenticatedResult([{ extensions: { code: 'UNAUTHENTICATED' } }], null)).toBe(true);
    expect(
      isUnauthenticatedResult([], {
        auditLog: { __typename: 'UnauthenticatedError', message: '请先登录' },
      }),
    ).toBe(true);
    expect(isUnauthenticatedResult([], { viewer: null })).toBe(false);
    expect(isUnauthenticatedResult([{ extensions: { code: 'FORBIDDEN' } }], null)).toBe(false);
  });
});
