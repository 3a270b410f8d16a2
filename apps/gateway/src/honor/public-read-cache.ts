import type { DocumentNode, ExecutionResult, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/**
 * Response cache for the public honor reads (issue 10): an anonymous query whose root fields are
 * all public honor reads (the roll, a honoree, the roll's figures, the titles) is answered from
 * memory when the same document and variables were answered before, without touching the
 * database. Everything those fields show changes only when an award is published or revoked, or
 * its consent changes: those mutations call `invalidatePublicHonorReads()` after their
 * transaction commits, which drops every entry. An answer whose execution began before an
 * invalidation is not stored (the generation check), so a read racing a commit cannot leave a
 * stale entry behind. Entries also expire after `ttlMs` (other gateway processes do not see this
 * process's invalidations), and at most `maxEntries` are kept (oldest dropped first).
 *
 * Staff and API-key callers are never served from it; neither are answers with errors.
 */
export const PUBLIC_HONOR_READ_FIELDS: ReadonlySet<string> = new Set([
  'honorRoll',
  'honoree',
  'honorStats',
  'honorTitles',
]);

interface Entry {
  result: ExecutionResult;
  expiresAt: number;
}

const entries = new Map<string, Entry>();
let generation = 0;
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

export const publicReadCacheStats = { hits: 0, misses: 0, invalidations: 0 };

/** Drops every cached public honor read; call after a change to awards has committed. */
export function invalidatePublicHonorReads(): void {
  generation += 1;
  entries.clear();
  publicReadCacheStats.invalidations += 1;
}

/**
 * Counts the invalidations: a copy of public honor data (the server-rendered honor roll page,
 * src/public-site/server-render.ts) taken at one generation is stale at any later one.
 */
export function publicHonorReadsGeneration(): number {
  return generation;
}

/** On in production unless PUBLIC_READ_CACHE=off; off elsewhere unless PUBLIC_READ_CACHE=on. */
export function publicReadCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    env.PUBLIC_READ_CACHE === 'on' ||
    (env.NODE_ENV === 'production' && env.PUBLIC_READ_CACHE !== 'off')
  );
}

function cacheableOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === 'Field' &&
      (selection.name.value === '__typename' || PUBLIC_HONOR_READ_FIELDS.has(selection.name.value)),
  );
}

export function usePublicHonorReadCache({
  ttlMs = 30_000,
  maxEntries = 1_000,
}: {
  ttlMs?: number;
  maxEntries?: number;
} = {}): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Partial<Context>;
      if (context.viewer?.kind !== 'anonymous') return;
      if (!cacheableOperation(args.document, args.operationName)) return;
      // Yoga's parser cache hands out the same DocumentNode for the same query text.
      let documentId = documentIds.get(args.document);
      if (documentId === undefined) {
        nextDocumentId += 1;
        documentId = nextDocumentId;
        documentIds.set(args.document, documentId);
      }
      const key = `${documentId}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now) {
        publicReadCacheStats.hits += 1;
        setResultAndStopExecution(hit.result);
        return;
      }
      if (hit) entries.delete(key);
      publicReadCacheStats.misses += 1;
      const startedIn = generation;
      return {
        onExecuteDone({ result }) {
          if (generation !== startedIn) return;
          if (!result || Symbol.asyncIterator in result || result.errors?.length) return;
          if (entries.size >= maxEntries) {
            const oldest = entries.keys().next().value;
            if (oldest !== undefined) entries.delete(oldest);
          }
          entries.set(key, { result, expiresAt: now + ttlMs });
        },
      };
    },
  };
}
