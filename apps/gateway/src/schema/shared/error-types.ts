import { builder } from '../../builder.js';
import {
  type AppError,
  ForbiddenError,
  LoginFailedError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
  type ValidationIssue,
} from '../../errors.js';

/** Every typed failure implements `Error`, so clients can always ask `... on Error { code message }`. */
export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'An expected failure: its code is stable, its message is for people (zh-CN).',
  fields: (t) => ({
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>('ValidationIssue').implement({
  description: 'One broken rule on one input field.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Dotted path of the input field.' }),
    rule: t.exposeString('rule', {
      description: 'Stable code of the rule, e.g. ID_NUMBER_CHECKSUM.',
    }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description:
    'The input broke a validation rule. `field` and `rule` name the first one; `issues` lists all.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    field: t.exposeString('field'),
    rule: t.exposeString('rule'),
    issues: t.field({ type: [ValidationIssueRef], resolve: (error) => error.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({ resource: t.exposeString('resource') }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
  fields: () => ({}),
});

builder.objectType(RuleViolationError, {
  name: 'RuleViolationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RuleViolationError,
  fields: (t) => ({
    rule: t.exposeString('rule'),
    reasons: t.field({
      type: [ValidationIssueRef],
      description: 'Every rule that refused the change (the first is `rule`).',
      resolve: (error) => error.reasons,
    }),
  }),
});

builder.objectType(UnauthenticatedError, {
  name: 'UnauthenticatedError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof UnauthenticatedError,
  fields: () => ({}),
});

const LoginFailureReasonEnum = builder.enumType('LoginFailureReason', {
  values: ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'RATE_LIMITED'] as const,
});

builder.objectType(LoginFailedError, {
  name: 'LoginFailedError',
  description: 'Sign-in refused. It never says whether the username exists.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof LoginFailedError,
  fields: (t) => ({
    reason: t.field({ type: LoginFailureReasonEnum, resolve: (error) => error.reason }),
    retryAt: t.expose('retryAt', { type: 'DateTime', nullable: true }),
  }),
});
