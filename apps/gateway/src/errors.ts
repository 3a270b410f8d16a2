import { GraphQLError } from 'graphql';

/**
 * The base of every expected failure. It is a GraphQLError, so yoga's error masking
 * lets its message and `extensions.code` through wherever it is thrown, while any other
 * error (Prisma's, a bug) is masked as "Unexpected error.". Fields that list these
 * classes in `errors.types` return them as typed members of their result union.
 */
export abstract class AppError extends GraphQLError {
  abstract readonly code: string;
}

export interface ValidationIssue {
  field: string;
  rule: string;
  message: string;
}

/** Bad input: names the field and the rule it broke (`rule` is a stable code). */
export class ValidationError extends AppError {
  readonly code = 'VALIDATION_FAILED';
  readonly field: string;
  readonly rule: string;
  readonly issues: ValidationIssue[];

  constructor(issues: [ValidationIssue, ...ValidationIssue[]]) {
    const [first] = issues;
    super(first.message, {
      extensions: { code: 'VALIDATION_FAILED', field: first.field, rule: first.rule, issues },
    });
    this.field = first.field;
    this.rule = first.rule;
    this.issues = issues;
  }

  static of(field: string, rule: string, message: string): ValidationError {
    return new ValidationError([{ field, rule, message }]);
  }
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  readonly resource: string;

  constructor(resource: string, message = `找不到该${resource}`) {
    super(message, { extensions: { code: 'NOT_FOUND', resource } });
    this.resource = resource;
  }
}

/** The caller may not do this. */
export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';

  constructor(message = '没有权限执行此操作') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

/**
 * A business rule refused the change; `rule` is the rule's code, `message` explains it.
 * `reasons` lists every rule that refused it (a domain check may give several), the first
 * being `rule` itself.
 */
export class RuleViolationError extends AppError {
  readonly code = 'RULE_VIOLATION';
  readonly rule: string;
  readonly reasons: ValidationIssue[];

  constructor(rule: string, message: string, reasons: ValidationIssue[] = []) {
    const all = reasons.length > 0 ? reasons : [{ field: 'input', rule, message }];
    super(message, { extensions: { code: 'RULE_VIOLATION', rule, reasons: all } });
    this.rule = rule;
    this.reasons = all;
  }

  /** The error for a domain check's reasons (at least one), led by the first. */
  static of(reasons: readonly [ValidationIssue, ...ValidationIssue[]]): RuleViolationError {
    const [first] = reasons;
    return new RuleViolationError(first.rule, first.message, [...reasons]);
  }
}

/** The caller must sign in first (or the session expired). */
export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';

  constructor(message = '请先登录') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export type LoginFailureReason = 'INVALID_CREDENTIALS' | 'ACCOUNT_LOCKED' | 'RATE_LIMITED';

/** Sign-in refused. Never says whether the username exists. */
export class LoginFailedError extends AppError {
  readonly code = 'LOGIN_FAILED';
  readonly reason: LoginFailureReason;
  readonly retryAt: Date | null;

  constructor(reason: LoginFailureReason, message: string, retryAt: Date | null = null) {
    super(message, { extensions: { code: 'LOGIN_FAILED', reason } });
    this.reason = reason;
    this.retryAt = retryAt;
  }
}
