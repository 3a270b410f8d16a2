import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { transportFailure, typedErrorTitle } from './api-errors';

describe('errors', () => {
  it('titles the typed errors', () => {
    expect(typedErrorTitle('NotFoundError')).toBe('error.notFoundTitle');
    expect(typedErrorTitle('ValidationError')).toBe('error.invalidTitle');
    expect(typedErrorTitle('ForbiddenError')).toBe('error.genericTitle');
  });

  it('tells a network failure from a server one', () => {
    expect(transportFailure(new CombinedError({ networkError: new Error('offline') })).title).toBe(
      'error.networkTitle',
    );
    expect(transportFailure(new CombinedError({ graphQLErrors: ['Unexpected error.'] })).body).toBe(
      'error.serverBody',
    );
  });
});
