import { type Fen, type Permission, scopesFor } from '@gonghui/domain';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { isNodeVisible } from './auth/node-visibility.js';
import type { Context } from './context.js';
import { prisma } from './db.js';
import {
  ForbiddenError,
  UnauthenticatedError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';

export interface AuthScopes {
  /** Anyone, including anonymous visitors of the public site. */
  public: boolean;
  /** A signed-in staff member. */
  staff: boolean;
  /** A staff member holding this permission somewhere (row filters then narrow to where). */
  permission: Permission;
}

/** Turns standard-schema issues into one ValidationError naming each field and rule. */
function toValidationError(issues: readonly { message: string; path?: readonly unknown[] }[]) {
  const mapped = issues.map((issue): ValidationIssue => {
    const path = (issue.path ?? []).map((segment) =>
      typeof segment === 'object' && segment !== null && 'key' in segment
        ? String(segment.key)
        : String(segment),
    );
    const [rule, message] = splitRuleMessage(issue.message);
    return { field: path.join('.') || 'input', rule, message };
  });
  const [first, ...rest] = mapped;
  return first
    ? new ValidationError([first, ...rest])
    : ValidationError.of('input', 'INVALID', '输入无效');
}

/** Validators encode `RULE_CODE|中文说明` in the issue message (see schema/shared/validators.ts). */
function splitRuleMessage(text: string): [string, string] {
  const bar = text.indexOf('|');
  return bar > 0 ? [text.slice(0, bar), text.slice(bar + 1)] : ['INVALID', text];
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: Date | string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    /** Money in whole fen; resolvers may hand back the database's bigint. */
    Fen: { Input: Fen; Output: number | bigint };
    /** An uploaded file (GraphQL multipart request); input only. */
    File: { Input: File; Output: never };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: async (context) => ({
      public: true,
      staff: context.viewer.kind === 'staff',
      permission: (permission: Permission) =>
        context.viewer.kind === 'staff' &&
        scopesFor(context.viewer.assignments, permission).length > 0,
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer.kind === 'staff' ? new ForbiddenError() : new UnauthenticatedError(),
  },
  errors: {
    defaultTypes: [],
    unsafelyHandleInputErrors: true,
  },
  validation: {
    validationError: (result) => toValidationError(result.issues),
  },
  prisma: {
    client: prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    // Off: fields that answer null for what the viewer may not see (parent, node) leave
    // their query unused by design, and the warning would fire on every such answer.
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: (globalId) => decodeGlobalId(globalId),
    nodeQueryOptions: {
      resolve: async (_root, { id }, context, _info, resolveNode) => {
        const node = (await resolveNode(id)) as Record<string, unknown> | null;
        return node && (await isNodeVisible(id.typename, node, context)) ? node : null;
      },
    },
    nodesQueryOptions: {
      // Pothos's resolveNodes loads all of `ids` whatever it is given: call it once and
      // check each answer against its own id's type.
      resolve: async (_root, { ids }, context, _info, resolveNodes) => {
        const nodes = (await resolveNodes(ids)) as (Record<string, unknown> | null)[];
        return Promise.all(
          nodes.map(async (node, index) => {
            const id = ids[index];
            return node && id && (await isNodeVisible(id.typename, node, context)) ? node : null;
          }),
        );
      },
    },
  },
});

builder.queryType({});
builder.mutationType({});
