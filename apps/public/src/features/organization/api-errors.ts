import type { CombinedError } from 'urql';
import type { MessageKey } from '../../i18n/catalogue';

/** Which title to show for a typed `Error` of the schema; its `message` is the body. */
export function typedErrorTitle(typename: string): MessageKey {
  switch (typename) {
    case 'NotFoundError':
      return 'error.notFoundTitle';
    case 'ValidationError':
      return 'error.invalidTitle';
    default:
      return 'error.genericTitle';
  }
}

/** A transport or masked failure: our words, not the gateway's internals. */
export function transportFailure(error: CombinedError): { title: MessageKey; body: MessageKey } {
  return error.networkError
    ? { title: 'error.networkTitle', body: 'error.networkBody' }
    : { title: 'error.genericTitle', body: 'error.serverBody' };
}
