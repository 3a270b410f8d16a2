import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import { createContext } from './context.js';
import { logger } from './logger.js';
import { schema } from './schema/index.js';

const production = process.env.NODE_ENV === 'production';

/**
 * The GraphQL server object. Tests call `yoga.fetch(...)` directly, with no port.
 * Unexpected errors are masked ("Unexpected error."): only AppError subclasses, which
 * are GraphQLErrors, reach clients with their message and code.
 */
export const yoga = createYoga({
  schema,
  context: createContext,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: production ? false : { title: '工会平台 GraphQL' },
  maskedErrors: {
    isDev: false,
    maskError(error, message) {
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      if (!(original instanceof GraphQLError)) {
        logger.error({ err: original }, 'unexpected error while executing an operation');
      }
      return maskError(error, message, false);
    },
  },
  logging: {
    debug: (...args) => logger.debug({ args }, 'yoga'),
    info: (...args) => logger.info({ args }, 'yoga'),
    warn: (...args) => logger.warn({ args }, 'yoga'),
    error: (...args) => logger.error({ args }, 'yoga'),
  },
});
