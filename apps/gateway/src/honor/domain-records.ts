import type {
  CalendarDate,
  Consent,
  ConsentScope,
  FieldError,
  Nomination,
  Objection,
  PublicNoticePeriod,
} from '@gonghui/domain';
import { CONSENT_SCOPES } from '@gonghui/domain';
import { RuleViolationError, ValidationError, type ValidationIssue } from '../errors.js';
import type { HonorConsent, HonorNomination, HonorObjection } from '../generated/prisma/client.js';
import { calendarDateOf } from '../shared-dates.js';

/**
 * Rows of the honor tables as the domain's types, so that every rule is the domain's own
 * function applied to what is stored.
 */

/** What the workflow needs to know about a stored nomination. */
export function nominationFacts(
  row: Pick<HonorNomination, 'state' | 'subject' | 'nominatedByStaffId' | 'submittedByStaffId'>,
): Nomination {
  return {
    state: row.state,
    subject: row.subject,
    nominatedBy: row.nominatedByStaffId,
    submittedBy: row.submittedByStaffId,
    // Nominees are members or people outside the platform, never linked to a staff account.
    nomineeUserId: null,
  };
}

/** The stored notice period, once START_NOTICE has fixed it. */
export function noticeOf(
  row: Pick<HonorNomination, 'noticeStartsOn' | 'noticeEndsOn'>,
): PublicNoticePeriod | null {
  if (!row.noticeStartsOn || !row.noticeEndsOn) return null;
  return { startsOn: calendarDateOf(row.noticeStartsOn), endsOn: calendarDateOf(row.noticeEndsOn) };
}

export function objectionOf(row: HonorObjection): Objection {
  return {
    id: row.id,
    receivedOn: calendarDateOf(row.receivedOn),
    state: row.state,
    resolution: row.finding,
    resolvedBy: row.resolvedByStaffId,
    resolvedOn: row.resolvedOn ? calendarDateOf(row.resolvedOn) : null,
  };
}

/** Narrows stored scope codes to the domain's consent scopes (unknown codes are dropped). */
export function consentScopesOf(codes: readonly string[]): ConsentScope[] {
  return CONSENT_SCOPES.filter((scope) => codes.includes(scope));
}

/** The consent in force: the latest recorded one, or null. */
export function consentOf(row: HonorConsent | null | undefined): Consent | null {
  if (!row) return null;
  return {
    givenBy: row.givenBy,
    givenOn: calendarDateOf(row.givenOn),
    scopes: consentScopesOf(row.scopes),
    withdrawnOn: row.withdrawnOn ? calendarDateOf(row.withdrawnOn) : null,
  };
}

function issuesOf(
  errors: readonly FieldError[],
  fields: Record<string, string>,
): [ValidationIssue, ...ValidationIssue[]] {
  const issues = errors.map((error) => ({
    field: fields[error.field] ?? error.field,
    rule: error.rule,
    message: error.message,
  }));
  const [first, ...rest] = issues;
  if (!first) throw new Error('a refusal needs at least one reason');
  return [first, ...rest];
}

/** A workflow refusal with every reason the domain gave. */
export function ruleViolation(
  errors: FieldError | readonly FieldError[],
  fields: Record<string, string> = {},
): RuleViolationError {
  return RuleViolationError.of(issuesOf(Array.isArray(errors) ? errors : [errors], fields));
}

/** Bad input, with every issue the domain found. */
export function validationFailure(
  errors: FieldError | readonly FieldError[],
  fields: Record<string, string> = {},
): ValidationError {
  return new ValidationError(issuesOf(Array.isArray(errors) ? errors : [errors], fields));
}

export type { CalendarDate };
