import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { describeTransportError, noAnswerMessageKey, presentTypedError } from './api-errors';

describe('presentTypedError', () => {
  it('maps the schema errors to a Result status', () => {
    expect(presentTypedError('NotFoundError')).toEqual({
      status: '404',
      titleKey: 'error.notFoundTitle',
    });
    expect(presentTypedError('ValidationError').status).toBe('warning');
    expect(presentTypedError('ForbiddenError').status).toBe('403');
    expect(presentTypedError('SomethingNew').status).toBe('error');
  });
});

describe('describeTransportError', () => {
  it('tells a network failure from a server failure', () => {
    const network = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(describeTransportError(network)).toEqual({
      titleKey: 'error.networkTitle',
      bodyKey: 'error.networkBody',
      detail: 'Failed to fetch',
    });
    const server = new CombinedError({ graphQLErrors: [new GraphQLError('Unexpected error.')] });
    expect(describeTransportError(server).bodyKey).toBe('error.serverBody');
    expect(describeTransportError(server).detail).toBe('Unexpected error.');
  });
});

describe('noAnswerMessageKey', () => {
  it('gives the transport’s reason, or the server message when there was none', () => {
    const network = new CombinedError({ networkError: new Error('offline') });
    expect(noAnswerMessageKey(network)).toBe('error.networkBody');
    expect(noAnswerMessageKey(new CombinedError({ graphQLErrors: ['boom'] }))).toBe(
      'error.serverBody',
    );
    expect(noAnswerMessageKey(undefined)).toBe('error.serverBody');
  });
});
