import type { CombinedError } from 'urql';
import type { MessageKey } from '../i18n/catalogue';

/** How a typed `Error` from the schema is shown: an antd Result status and a title. */
export interface ErrorPresentation {
  status: '404' | '403' | 'warning' | 'error';
  titleKey: MessageKey;
}

export function presentTypedError(typename: string): ErrorPresentation {
  switch (typename) {
    case 'NotFoundError':
      return { status: '404', titleKey: 'error.notFoundTitle' };
    case 'ValidationError':
      return { status: 'warning', titleKey: 'error.invalidTitle' };
    case 'ForbiddenError':
      return { status: '403', titleKey: 'error.forbiddenTitle' };
    default:
      return { status: 'error', titleKey: 'error.genericTitle' };
  }
}

/**
 * A transport or unexpected failure (not one of the schema's typed errors). The gateway masks
 * unexpected errors, so their text is not for people: show ours, keep theirs as a detail.
 */
export interface TransportFailure {
  titleKey: MessageKey;
  bodyKey: MessageKey;
  detail: string;
}

export function describeTransportError(error: CombinedError): TransportFailure {
  if (error.networkError) {
    return {
      titleKey: 'error.networkTitle',
      bodyKey: 'error.networkBody',
      detail: error.networkError.message,
    };
  }
  return {
    titleKey: 'error.genericTitle',
    bodyKey: 'error.serverBody',
    detail: error.graphQLErrors.map((graphQLError) => graphQLError.message).join('; '),
  };
}

/**
 * What to say when a mutation brought back no answer at all: the transport's reason when there
 * was a transport error, else the generic server message.
 */
export function noAnswerMessageKey(error: CombinedError | undefined): MessageKey {
  return error ? describeTransportError(error).bodyKey : 'error.serverBody';
}
