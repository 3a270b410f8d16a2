import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { viewerOf } from './auth/viewer.js';

/** Limits on what one GraphQL document may ask for, checked before anything runs. */
export const documentLimits = {
  depth: 12,
  aliases: 20,
  directives: 10,
  tokens: 3000,
  cost: 20_000,
};

const isAnonymous = async (request: Request) => (await viewerOf(request)).kind === 'anonymous';

/**
 * In production, anonymous callers get no "Did you mean …?" hints in validation errors
 * (they map a hidden schema); staff and API keys keep them.
 */
function useHiddenSuggestionsForAnonymous(production: boolean): Plugin {
  return {
    onValidate({ context }) {
      if (!production) return;
      const request = (context as { request?: Request }).request;
      return async ({ result, setResult }) => {
        if (result.length === 0 || !request || !(await isAnonymous(request))) return;
        setResult(
          result.map(
            (error) =>
              new GraphQLError(error.message.replace(/\s*Did you mean .*$/, ''), {
                nodes: error.nodes,
                extensions: error.extensions,
              }),
          ),
        );
      };
    },
  };
}

/**
 * The hardening every request passes: GraphQL Armor limits (with the limit values kept
 * out of error messages), CSRF prevention for cookie sessions (a JSON content type or the
 * `x-graphql-yoga-csrf` header is required), and introspection and suggestions off for
 * anonymous callers in production. Yoga itself refuses mutations over GET and batches.
 */
export function securityPlugins(production: boolean): Plugin[] {
  return [
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    maxTokensPlugin({ n: documentLimits.tokens, exposeLimits: false }) as Plugin,
    maxDepthPlugin({
      n: documentLimits.depth,
      exposeLimits: false,
      flattenFragments: true,
      ignoreIntrospection: true,
    }) as Plugin,
    maxAliasesPlugin({ n: documentLimits.aliases, exposeLimits: false }) as Plugin,
    maxDirectivesPlugin({ n: documentLimits.directives, exposeLimits: false }) as Plugin,
    costLimitPlugin({
      maxCost: documentLimits.cost,
      exposeLimits: false,
      ignoreIntrospection: true,
    }) as Plugin,
    useDisableIntrospection({
      isDisabled: async (request) => production && (await isAnonymous(request)),
    }),
    useHiddenSuggestionsForAnonymous(production),
  ];
}
