import { costLimitPlugin, costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { type DocumentNode, GraphQLError, Kind, validate, visit } from 'graphql';
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
 * (they map a hidden schema); staff and API keys keep them. Validation is synchronous, so
 * who is asking is settled while the request is parsed (as useDisableIntrospection does).
 * Anonymous validation results are cached apart from the others because the introspection
 * rule, added for exactly the same callers, is part of the cache key.
 */
function useHiddenSuggestionsForAnonymous(production: boolean): Plugin {
  const anonymousRequests = new WeakSet<Request>();
  return {
    async onRequestParse({ request }) {
      if (production && (await isAnonymous(request))) anonymousRequests.add(request);
    },
    onValidate({ context }) {
      const request = (context as { request?: Request }).request;
      if (!request || !anonymousRequests.has(request)) return;
      return ({ result, setResult }) => {
        if (result.length === 0) return;
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

const costLimitOptions = {
  maxCost: documentLimits.cost,
  exposeLimits: false,
  ignoreIntrospection: true,
};

/** No connection page holds more rows than this (Pothos's default `maxConnectionSize`). */
const largestPage = 100;

/**
 * The cost rule counts `first`/`last` only when they are literals, so `first: $n` would
 * slip past it. Before execution, the document is costed again with the integer values
 * (or defaults) of such variables written in as literals, capped at the largest page.
 */
function useCostLimitForVariables(): Plugin {
  const rule = costLimitRule(costLimitOptions);
  const pageSizeArguments = new Set(['first', 'last']);
  // Per document: the page-size variables it uses with their integer defaults (one walk), and
  // the verdict for each set of their values (capped at the largest page), so a repeated
  // request (the apps send a few documents with a few page sizes) costs a map look-up.
  const documents = new WeakMap<
    DocumentNode,
    { variables: Map<string, number | undefined>; verdicts: Map<string, GraphQLError | null> }
  >();
  const maxVerdicts = 100;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let known = documents.get(args.document);
      if (!known) {
        const defaults = new Map<string, number>();
        const used = new Set<string>();
        visit(args.document, {
          VariableDefinition(node) {
            if (node.defaultValue?.kind === Kind.INT) {
              defaults.set(node.variable.name.value, Number(node.defaultValue.value));
            }
          },
          Argument(node) {
            if (node.value.kind === Kind.VARIABLE && pageSizeArguments.has(node.name.value))
              used.add(node.value.name.value);
          },
        });
        known = {
          variables: new Map([...used].map((name) => [name, defaults.get(name)])),
          verdicts: new Map(),
        };
        documents.set(args.document, known);
      }
      if (known.variables.size === 0) return;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const sizes = new Map<string, number>();
      for (const [name, fallback] of known.variables) {
        const size = Object.hasOwn(variables, name) ? variables[name] : fallback;
        if (typeof size === 'number' && Number.isInteger(size))
          sizes.set(name, Math.min(size, largestPage));
      }
      if (sizes.size === 0) return;
      const key = JSON.stringify([...sizes]);
      let verdict = known.verdicts.get(key);
      if (verdict === undefined) {
        const document = visit(args.document, {
          Argument(node) {
            if (node.value.kind !== Kind.VARIABLE || !pageSizeArguments.has(node.name.value))
              return;
            const size = sizes.get(node.value.name.value);
            if (size === undefined) return;
            return { ...node, value: { kind: Kind.INT, value: String(size) } };
          },
        });
        verdict = null;
        try {
          validate(args.schema, document, [rule]);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          verdict = error;
        }
        if (known.verdicts.size >= maxVerdicts) known.verdicts.clear();
        known.verdicts.set(key, verdict);
      }
      if (verdict) setResultAndStopExecution({ errors: [verdict] });
    },
  };
}

function bodyTooLarge() {
  return new GraphQLError('请求体过大', {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });
}

/** Whether a request body is multipart/form-data (a GraphQL multipart request: a file upload). */
export function isMultipartBody(contentType: string | null | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'multipart/form-data';
}

/** The byte limit of a /graphql request body with this content type. */
export function bodyLimitFor(
  contentType: string | null | undefined,
  limits: { body: number; upload: number },
): number {
  return isMultipartBody(contentType) ? limits.upload : limits.body;
}

/**
 * Request bodies are limited by content type: a multipart/form-data upload (a roster file) up
 * to `limits.upload` bytes, every other body to `limits.body`. A declared Content-Length over
 * the limit is refused (413) before reading; a body sent without one (chunked) is counted as
 * it streams into the parser (a body with a Content-Length within the limit is not counted: the
 * HTTP parser stops after that many bytes). Yoga's own `maxRequestBodySize` is off
 * (src/yoga.ts): it would count every body again.
 */
export function useBodySizeLimits(limits: { body: number; upload: number }): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const limit = bodyLimitFor(request.headers.get('content-type'), limits);
      const declared = request.headers.get('content-length');
      const declaredBytes = declared !== null && /^\d+$/.test(declared) ? Number(declared) : null;
      if (declaredBytes !== null && declaredBytes > limit) throw bodyTooLarge();
      // A body with a Content-Length within the limit needs no counting: node:http's parser
      // ends the body after that many bytes. Counting streams every body through a
      // TransformStream, which cost about 4 % of the gateway's CPU (docs/performance.md).
      if (declaredBytes !== null) return;
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((incoming) => {
        const body = incoming.body;
        if (!body) return parse(incoming);
        let bytes = 0;
        // The node:http transport gives whatwg-node's own streams: build with its classes then.
        const Transform =
          body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
        const counted = body.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              bytes += chunk.byteLength;
              if (bytes > limit) controller.error(bodyTooLarge());
              else controller.enqueue(chunk);
            },
          }),
        );
        const limited = new fetchAPI.Request(incoming.url, {
          method: incoming.method,
          headers: incoming.headers,
          signal: incoming.signal,
          body: counted,
          duplex: 'half',
        } as RequestInit);
        // A parser may report the stream's error as its own (multipart: "invalid data", 400).
        return Promise.resolve()
          .then(() => parse(limited))
          .catch((error: unknown) => {
            throw bytes > limit ? bodyTooLarge() : error;
          });
      });
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
    costLimitPlugin(costLimitOptions) as Plugin,
    useCostLimitForVariables(),
    useDisableIntrospection({
      isDisabled: async (request) => production && (await isAnonymous(request)),
    }),
    useHiddenSuggestionsForAnonymous(production),
  ];
}
