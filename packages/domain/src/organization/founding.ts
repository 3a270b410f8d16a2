import { type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { checkParentKind, type OrgKind } from './org-kind.js';

/**
 * Founding (组建) and dissolution (撤销) of a union organisation. Both are dated events approved
 * by the parent union (报上一级工会批准, 工会法 第十一条、第十二条); neither deletes anything, so
 * the organisation's history stays. These checks say whether the event may be recorded.
 *
 * Dates are {@link CalendarDate}s; `today` is the current date in Asia/Shanghai, passed in.
 * Field names in the errors are the keys of the input objects.
 */

/** The input of {@link checkFounding}. */
export type FoundingInput = {
  readonly kind: OrgKind;
  /** The parent's kind; null only when founding the root (NATIONAL_FEDERATION). */
  readonly parentKind: OrgKind | null;
  /** The parent's founding date; null when there is no parent or its date is not recorded. */
  readonly parentFoundedOn: CalendarDate | null;
  /** The parent's dissolution date; null while the parent exists. */
  readonly parentDissolvedOn: CalendarDate | null;
  /**
   * The founding date: the day of the founding assembly (会员大会或会员代表大会) that adopted the
   * union and elected its committee or organiser. This is the organisation's `foundedOn`.
   */
  readonly foundedOn: CalendarDate;
  /** The day the parent union approved (批准); null when not yet approved. */
  readonly approvedOn: CalendarDate | null;
  readonly today: CalendarDate;
};

/** The input of {@link checkDissolution}. */
export type DissolutionInput = {
  /** The organisation's founding date. */
  readonly foundedOn: CalendarDate;
  /**
   * The dissolution date: the day the dissolution takes effect (会员大会决议 or the employer's
   * closure, 单位终止). It becomes the organisation's `dissolvedOn`.
   */
  readonly dissolvedOn: CalendarDate;
  /** The day the parent union approved the dissolution; null when not yet approved. */
  readonly approvedOn: CalendarDate | null;
  readonly today: CalendarDate;
  /** Child organisations not yet dissolved (branches, groups, or unions under a federation). */
  readonly activeChildCount: number;
  /**
   * Membership records still held at this organisation that count as members: status ACTIVE or
   * RETIRED_KEPT (see `countsAsMember`). Records that are TRANSFERRED_OUT, LAPSED or EXPELLED
   * do not block a dissolution.
   */
  readonly activeMemberCount: number;
};

/** Stable rule codes for founding failures. */
export const FOUNDING_RULES = Object.freeze({
  PARENT_DISSOLVED: 'FOUNDING_PARENT_DISSOLVED',
  DATE_IN_FUTURE: 'FOUNDING_DATE_IN_FUTURE',
  BEFORE_PARENT: 'FOUNDING_BEFORE_PARENT',
  APPROVAL_MISSING: 'FOUNDING_APPROVAL_MISSING',
  APPROVAL_BEFORE_ASSEMBLY: 'FOUNDING_APPROVAL_BEFORE_ASSEMBLY',
  APPROVAL_IN_FUTURE: 'FOUNDING_APPROVAL_IN_FUTURE',
} as const);

/** Stable rule codes for dissolution failures. */
export const DISSOLUTION_RULES = Object.freeze({
  BEFORE_FOUNDING: 'DISSOLUTION_BEFORE_FOUNDING',
  DATE_IN_FUTURE: 'DISSOLUTION_DATE_IN_FUTURE',
  APPROVAL_MISSING: 'DISSOLUTION_APPROVAL_MISSING',
  APPROVAL_BEFORE_DISSOLUTION: 'DISSOLUTION_APPROVAL_BEFORE_DISSOLUTION',
  APPROVAL_IN_FUTURE: 'DISSOLUTION_APPROVAL_IN_FUTURE',
  ACTIVE_CHILDREN: 'DISSOLUTION_ACTIVE_CHILDREN',
  ACTIVE_MEMBERS: 'DISSOLUTION_ACTIVE_MEMBERS',
} as const);

function requireCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/**
 * Every reason the founding cannot be recorded, in this order (empty when it can):
 * 1. the kind may sit under the parent's kind (the ORG_KIND_* rules of `checkParentKind`, field
 *    'parentKind');
 * 2. the parent has not been dissolved (FOUNDING_PARENT_DISSOLVED) — a dissolved union keeps no
 *    live children, whatever the dates;
 * 3. the founding date is not after today (FOUNDING_DATE_IN_FUTURE);
 * 4. nor before the parent's founding date, when known (FOUNDING_BEFORE_PARENT);
 * 5. the parent has approved (FOUNDING_APPROVAL_MISSING) — not required for the root, which has
 *    no parent;
 * 6. approval is on or after the founding assembly (FOUNDING_APPROVAL_BEFORE_ASSEMBLY)
 * 7. and not after today (FOUNDING_APPROVAL_IN_FUTURE).
 */
export function foundingIssues(input: FoundingInput): readonly FieldError[] {
  const { kind, parentKind, parentFoundedOn, parentDissolvedOn, foundedOn, approvedOn, today } =
    input;
  const issues: FieldError[] = [];
  const parent = checkParentKind(kind, parentKind, 'parentKind');
  if (!parent.ok) {
    issues.push(parent.error);
  }
  if (parentDissolvedOn !== null) {
    issues.push(
      fieldError(
        'parentDissolvedOn',
        FOUNDING_RULES.PARENT_DISSOLVED,
        `上级组织已于 ${parentDissolvedOn} 撤销，不能在其下组建新组织`,
      ),
    );
  }
  if (compareDates(foundedOn, today) > 0) {
    issues.push(
      fieldError('foundedOn', FOUNDING_RULES.DATE_IN_FUTURE, `成立日期 ${foundedOn} 晚于今天`),
    );
  }
  if (parentFoundedOn !== null && compareDates(foundedOn, parentFoundedOn) < 0) {
    issues.push(
      fieldError(
        'foundedOn',
        FOUNDING_RULES.BEFORE_PARENT,
        `成立日期 ${foundedOn} 早于上级组织的成立日期 ${parentFoundedOn}`,
      ),
    );
  }
  if (approvedOn === null) {
    if (parentKind !== null) {
      issues.push(
        fieldError(
          'approvedOn',
          FOUNDING_RULES.APPROVAL_MISSING,
          '组建须经上级工会批准，请填写批准日期',
        ),
      );
    }
  } else {
    if (compareDates(approvedOn, foundedOn) < 0) {
      issues.push(
        fieldError(
          'approvedOn',
          FOUNDING_RULES.APPROVAL_BEFORE_ASSEMBLY,
          `上级工会批准日期 ${approvedOn} 早于成立大会日期 ${foundedOn}`,
        ),
      );
    }
    if (compareDates(approvedOn, today) > 0) {
      issues.push(
        fieldError(
          'approvedOn',
          FOUNDING_RULES.APPROVAL_IN_FUTURE,
          `上级工会批准日期 ${approvedOn} 晚于今天`,
        ),
      );
    }
  }
  return issues;
}

/**
 * Checks that a founding may be recorded: ok, or the first reason it may not (in the order of
 * {@link foundingIssues}).
 */
export function checkFounding(input: FoundingInput): Result<void, FieldError> {
  const [first] = foundingIssues(input);
  return first === undefined ? ok(undefined) : err(first);
}

/**
 * Every reason the dissolution cannot be recorded, in this order (empty when it can):
 * 1. the dissolution date is not before the founding date (DISSOLUTION_BEFORE_FOUNDING; the same
 *    day is allowed)
 * 2. and not after today (DISSOLUTION_DATE_IN_FUTURE) — a planned dissolution is recorded once
 *    it has happened;
 * 3. the parent has approved (DISSOLUTION_APPROVAL_MISSING), on or after the dissolution date
 *    (DISSOLUTION_APPROVAL_BEFORE_DISSOLUTION) and not after today
 *    (DISSOLUTION_APPROVAL_IN_FUTURE) — the same order as a founding: the decision, then the
 *    approval;
 * 4. no child organisation is still active (DISSOLUTION_ACTIVE_CHILDREN): children are dissolved
 *    or moved first, so the tree never has live organisations under a dissolved one;
 * 5. no member is still held here (DISSOLUTION_ACTIVE_MEMBERS): ACTIVE and RETIRED_KEPT members
 *    are transferred (转会) to another grassroots union first. A dissolution never ends anyone's
 *    membership by itself — 会龄 continues in the new union; a member who is leaving the union
 *    altogether is set LAPSED by a status change of their own.
 *
 * Throws RangeError when a count is not a non-negative integer (a programming error).
 */
export function dissolutionIssues(input: DissolutionInput): readonly FieldError[] {
  const { foundedOn, dissolvedOn, approvedOn, today, activeChildCount, activeMemberCount } = input;
  requireCount(activeChildCount, 'activeChildCount');
  requireCount(activeMemberCount, 'activeMemberCount');
  const issues: FieldError[] = [];
  if (compareDates(dissolvedOn, foundedOn) < 0) {
    issues.push(
      fieldError(
        'dissolvedOn',
        DISSOLUTION_RULES.BEFORE_FOUNDING,
        `撤销日期 ${dissolvedOn} 早于成立日期 ${foundedOn}`,
      ),
    );
  }
  if (compareDates(dissolvedOn, today) > 0) {
    issues.push(
      fieldError(
        'dissolvedOn',
        DISSOLUTION_RULES.DATE_IN_FUTURE,
        `撤销日期 ${dissolvedOn} 晚于今天，请在撤销生效后再登记`,
      ),
    );
  }
  if (approvedOn === null) {
    issues.push(
      fieldError(
        'approvedOn',
        DISSOLUTION_RULES.APPROVAL_MISSING,
        '撤销须经上级工会批准，请填写批准日期',
      ),
    );
  } else {
    if (compareDates(approvedOn, dissolvedOn) < 0) {
      issues.push(
        fieldError(
          'approvedOn',
          DISSOLUTION_RULES.APPROVAL_BEFORE_DISSOLUTION,
          `上级工会批准日期 ${approvedOn} 早于撤销日期 ${dissolvedOn}`,
        ),
      );
    }
    if (compareDates(approvedOn, today) > 0) {
      issues.push(
        fieldError(
          'approvedOn',
          DISSOLUTION_RULES.APPROVAL_IN_FUTURE,
          `上级工会批准日期 ${approvedOn} 晚于今天`,
        ),
      );
    }
  }
  if (activeChildCount > 0) {
    issues.push(
      fieldError(
        'activeChildCount',
        DISSOLUTION_RULES.ACTIVE_CHILDREN,
        `还有 ${activeChildCount} 个下级组织未撤销，请先撤销或调整下级组织`,
      ),
    );
  }
  if (activeMemberCount > 0) {
    issues.push(
      fieldError(
        'activeMemberCount',
        DISSOLUTION_RULES.ACTIVE_MEMBERS,
        `还有 ${activeMemberCount} 名会员（含保留会籍的退休会员）的会籍在本组织，请先办理转会`,
      ),
    );
  }
  return issues;
}

/**
 * Checks that a dissolution may be recorded: ok, or the first reason it may not (in the order of
 * {@link dissolutionIssues}). Throws RangeError for invalid counts.
 */
export function checkDissolution(input: DissolutionInput): Result<void, FieldError> {
  const [first] = dissolutionIssues(input);
  return first === undefined ? ok(undefined) : err(first);
}
