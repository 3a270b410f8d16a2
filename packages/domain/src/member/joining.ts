import { isGrassrootsLevelKind, ORG_KIND_LABELS, type OrgKind } from '../organization/org-kind.js';
import { type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Joining (入会): recording a new member at a union. Membership records are held by
 * grassroots-level unions only (基层工会, 联合基层工会); branches and groups are parts of a
 * grassroots union and federations hold no members of their own.
 */

/** The input of {@link checkJoining}. */
export type JoiningInput = {
  readonly organization: {
    readonly kind: OrgKind;
    /** Its founding date, when known. */
    readonly foundedOn: CalendarDate | null;
    /** Null while the organisation exists. */
    readonly dissolvedOn: CalendarDate | null;
  };
  /** 入会日期. */
  readonly joinedOn: CalendarDate;
  /** From the ID number. */
  readonly birthDate: CalendarDate;
  readonly today: CalendarDate;
};

/** Stable rule codes for refused joinings. */
export const MEMBER_JOINING_RULES = Object.freeze({
  ORGANIZATION_KIND: 'MEMBER_JOINING_ORGANIZATION_KIND',
  ORGANIZATION_DISSOLVED: 'MEMBER_JOINING_ORGANIZATION_DISSOLVED',
  DATE_IN_FUTURE: 'MEMBER_JOINING_DATE_IN_FUTURE',
  BEFORE_FOUNDING: 'MEMBER_JOINING_BEFORE_FOUNDING',
  BEFORE_BIRTH: 'MEMBER_JOINING_BEFORE_BIRTH',
} as const);

/**
 * Checks that a member may be recorded as joining, or returns the first rule it breaks, in order:
 * 1. the union is grassroots-level (MEMBER_JOINING_ORGANIZATION_KIND; field 'organizationId');
 * 2. the union is not dissolved (MEMBER_JOINING_ORGANIZATION_DISSOLVED; field 'organizationId');
 * 3. the join date is not after today (MEMBER_JOINING_DATE_IN_FUTURE; field 'joinedOn'),
 * 4. nor before the union's founding date, when known (MEMBER_JOINING_BEFORE_FOUNDING),
 * 5. nor before the person's birth date (MEMBER_JOINING_BEFORE_BIRTH).
 */
export function checkJoining(input: JoiningInput): Result<void, FieldError> {
  const { organization, joinedOn, birthDate, today } = input;
  const target = checkJoiningOrganization(organization);
  if (!target.ok) {
    return target;
  }
  if (compareDates(joinedOn, today) > 0) {
    return err(
      fieldError('joinedOn', MEMBER_JOINING_RULES.DATE_IN_FUTURE, `入会日期 ${joinedOn} 晚于今天`),
    );
  }
  if (organization.foundedOn !== null && compareDates(joinedOn, organization.foundedOn) < 0) {
    return err(
      fieldError(
        'joinedOn',
        MEMBER_JOINING_RULES.BEFORE_FOUNDING,
        `入会日期 ${joinedOn} 早于工会成立日期 ${organization.foundedOn}`,
      ),
    );
  }
  if (compareDates(joinedOn, birthDate) < 0) {
    return err(
      fieldError(
        'joinedOn',
        MEMBER_JOINING_RULES.BEFORE_BIRTH,
        `入会日期 ${joinedOn} 早于出生日期 ${birthDate}`,
      ),
    );
  }
  return ok(undefined);
}

/**
 * The first two rules of {@link checkJoining}, which depend on the union alone: it is
 * grassroots-level (MEMBER_JOINING_ORGANIZATION_KIND) and not dissolved
 * (MEMBER_JOINING_ORGANIZATION_DISSOLVED); field 'organizationId'. Used to refuse a whole roster
 * import before reading it.
 */
export function checkJoiningOrganization(
  organization: JoiningInput['organization'],
): Result<void, FieldError> {
  if (!isGrassrootsLevelKind(organization.kind)) {
    return err(
      fieldError(
        'organizationId',
        MEMBER_JOINING_RULES.ORGANIZATION_KIND,
        `会员只能加入基层工会或联合基层工会，不能直接加入${ORG_KIND_LABELS[organization.kind]}`,
      ),
    );
  }
  if (organization.dissolvedOn !== null) {
    return err(
      fieldError(
        'organizationId',
        MEMBER_JOINING_RULES.ORGANIZATION_DISSOLVED,
        `该工会已于 ${organization.dissolvedOn} 撤销`,
      ),
    );
  }
  return ok(undefined);
}

/** Stable rule codes for the effective date of a status change. */
export const MEMBER_STATUS_DATE_RULES = Object.freeze({
  DATE_IN_FUTURE: 'MEMBER_STATUS_DATE_IN_FUTURE',
  BEFORE_JOINING: 'MEMBER_STATUS_DATE_BEFORE_JOINING',
} as const);

/**
 * Checks the day a status change takes effect: not after today (MEMBER_STATUS_DATE_IN_FUTURE)
 * and not before the join date (MEMBER_STATUS_DATE_BEFORE_JOINING).
 */
export function checkStatusChangeDate(
  joinedOn: CalendarDate,
  effectiveOn: CalendarDate,
  today: CalendarDate,
  field = 'effectiveOn',
): Result<void, FieldError> {
  if (compareDates(effectiveOn, today) > 0) {
    return err(
      fieldError(
        field,
        MEMBER_STATUS_DATE_RULES.DATE_IN_FUTURE,
        `生效日期 ${effectiveOn} 晚于今天`,
      ),
    );
  }
  if (compareDates(effectiveOn, joinedOn) < 0) {
    return err(
      fieldError(
        field,
        MEMBER_STATUS_DATE_RULES.BEFORE_JOINING,
        `生效日期 ${effectiveOn} 早于入会日期 ${joinedOn}`,
      ),
    );
  }
  return ok(undefined);
}
