import { type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Studio alliances (创新工作室联盟), DOMAIN.md §4: studios band together across regions,
 * industries or employers. Joining and leaving are dated; a studio that left may join again
 * (a new membership), and a membership is never rewritten.
 */

/** What an alliance crosses. */
export const ALLIANCE_KINDS = Object.freeze([
  'CROSS_REGION',
  'CROSS_INDUSTRY',
  'CROSS_EMPLOYER',
] as const);

/** An alliance kind. See {@link ALLIANCE_KIND_LABELS}. */
export type AllianceKind = (typeof ALLIANCE_KINDS)[number];

/** Chinese display names of the alliance kinds. */
export const ALLIANCE_KIND_LABELS: Readonly<Record<AllianceKind, string>> = Object.freeze({
  CROSS_REGION: '跨区域',
  CROSS_INDUSTRY: '跨行业',
  CROSS_EMPLOYER: '跨企业',
});

/** Narrows an untrusted string to an {@link AllianceKind}. */
export function isAllianceKind(value: string): value is AllianceKind {
  return (ALLIANCE_KINDS as readonly string[]).includes(value);
}

/** One membership of a studio in an alliance. */
export type AllianceMembership = {
  readonly joinedOn: CalendarDate;
  readonly leftOn: CalendarDate | null;
};

/** Stable rule codes of alliances. */
export const ALLIANCE_RULES = Object.freeze({
  ALREADY_MEMBER: 'INNOVATION_ALLIANCE_ALREADY_MEMBER',
  NOT_MEMBER: 'INNOVATION_ALLIANCE_NOT_MEMBER',
  JOIN_BEFORE_LEAVE: 'INNOVATION_ALLIANCE_JOIN_BEFORE_LAST_LEAVE',
  JOIN_BEFORE_FOUNDING: 'INNOVATION_ALLIANCE_JOIN_BEFORE_FOUNDING',
  LEAVE_BEFORE_JOIN: 'INNOVATION_ALLIANCE_LEAVE_BEFORE_JOIN',
  STUDIO_DELISTED: 'INNOVATION_ALLIANCE_STUDIO_DELISTED',
} as const);

/** The membership open on a date (joined on or before it, not left on or before it), if any. */
export function membershipOn(
  memberships: readonly AllianceMembership[],
  on: CalendarDate,
): AllianceMembership | null {
  return (
    memberships.find(
      (membership) =>
        compareDates(membership.joinedOn, on) <= 0 &&
        (membership.leftOn === null || compareDates(membership.leftOn, on) > 0),
    ) ?? null
  );
}

/**
 * Checks that a studio may join an alliance on a date: it is not de-listed, has no open
 * membership, joins no earlier than the alliance was founded and no earlier than it last left.
 */
export function checkAllianceJoin(input: {
  readonly memberships: readonly AllianceMembership[];
  readonly joinedOn: CalendarDate;
  readonly allianceFoundedOn: CalendarDate;
  readonly studioDelisted: boolean;
}): Result<AllianceMembership, FieldError> {
  if (input.studioDelisted) {
    return err(
      fieldError('studioId', ALLIANCE_RULES.STUDIO_DELISTED, '已摘牌的工作室不能加入联盟'),
    );
  }
  if (input.memberships.some((membership) => membership.leftOn === null)) {
    return err(fieldError('studioId', ALLIANCE_RULES.ALREADY_MEMBER, '该工作室已是联盟成员'));
  }
  if (compareDates(input.joinedOn, input.allianceFoundedOn) < 0) {
    return err(
      fieldError(
        'joinedOn',
        ALLIANCE_RULES.JOIN_BEFORE_FOUNDING,
        `加入日期不能早于联盟成立日期 ${input.allianceFoundedOn}`,
      ),
    );
  }
  for (const membership of input.memberships) {
    if (membership.leftOn !== null && compareDates(input.joinedOn, membership.leftOn) < 0) {
      return err(
        fieldError(
          'joinedOn',
          ALLIANCE_RULES.JOIN_BEFORE_LEAVE,
          `加入日期不能早于上次退出日期 ${membership.leftOn}`,
        ),
      );
    }
  }
  return ok({ joinedOn: input.joinedOn, leftOn: null });
}

/** Checks that a studio may leave an alliance on a date (its open membership is closed). */
export function checkAllianceLeave(
  memberships: readonly AllianceMembership[],
  leftOn: CalendarDate,
): Result<AllianceMembership, FieldError> {
  const open = memberships.find((membership) => membership.leftOn === null);
  if (open === undefined) {
    return err(fieldError('studioId', ALLIANCE_RULES.NOT_MEMBER, '该工作室不是联盟的现有成员'));
  }
  if (compareDates(leftOn, open.joinedOn) < 0) {
    return err(
      fieldError(
        'leftOn',
        ALLIANCE_RULES.LEAVE_BEFORE_JOIN,
        `退出日期不能早于加入日期 ${open.joinedOn}`,
      ),
    );
  }
  return ok({ joinedOn: open.joinedOn, leftOn });
}
