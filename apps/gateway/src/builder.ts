import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from './context.js';
import { prisma } from './db.js';
import { ValidationError, type ValidationIssue } from './errors.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';

export interface AuthScopes {
  /** Anyone, including anonymous visitors of the public site. */
  public: boolean;
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
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: Date | string };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: async () => ({ public: true }),
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
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: (globalId) => decodeGlobalId(globalId),
  },
});

builder.queryType({});
