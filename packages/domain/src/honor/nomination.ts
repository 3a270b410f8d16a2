import { type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { approvalBlockers, type Objection, type PublicNoticePeriod } from './public-notice.js';
import type { HonorSubject } from './titles.js';

/**
 * The nomination workflow (推荐评选), one state machine per nomination:
 *
 * DRAFT → SUBMITTED → QUALIFIED (资格审查) → PUBLIC_NOTICE (公示) → APPROVED → PUBLISHED,
 * with REJECTED (不予通过) and WITHDRAWN (撤回) on the way, and REVOKED (撤销称号) after
 * publication. REJECTED, WITHDRAWN and REVOKED are final.
 */

/** Every nomination state, in workflow order. */
export const NOMINATION_STATES = Object.freeze([
  'DRAFT',
  'SUBMITTED',
  'QUALIFIED',
  'PUBLIC_NOTICE',
  'APPROVED',
  'PUBLISHED',
  'REJECTED',
  'WITHDRAWN',
  'REVOKED',
] as const);

/** A nomination state. See {@link NOMINATION_STATE_LABELS}. */
export type NominationState = (typeof NOMINATION_STATES)[number];

/** Chinese display names of the states. */
export const NOMINATION_STATE_LABELS: Readonly<Record<NominationState, string>> = Object.freeze({
  DRAFT: '草稿',
  SUBMITTED: '已报送',
  QUALIFIED: '资格审查通过',
  PUBLIC_NOTICE: '公示中',
  APPROVED: '已审批',
  PUBLISHED: '已发布',
  REJECTED: '未通过',
  WITHDRAWN: '已撤回',
  REVOKED: '已撤销称号',
});

/** Every move of the workflow. */
export const NOMINATION_MOVES = Object.freeze([
  'SUBMIT',
  'QUALIFY',
  'START_NOTICE',
  'APPROVE',
  'PUBLISH',
  'REJECT',
  'WITHDRAW',
  'REVOKE',
] as const);

/** A move of the workflow. See {@link NOMINATION_MOVE_LABELS}. */
export type NominationMove = (typeof NOMINATION_MOVES)[number];

/** Chinese display names of the moves (for buttons and the history). */
export const NOMINATION_MOVE_LABELS: Readonly<Record<NominationMove, string>> = Object.freeze({
  SUBMIT: '报送',
  QUALIFY: '资格审查通过',
  START_NOTICE: '开始公示',
  APPROVE: '审批通过',
  PUBLISH: '发布',
  REJECT: '不予通过',
  WITHDRAW: '撤回',
  REVOKE: '撤销称号',
});

/**
 * The permissions of the honor workflow. They are declared here, not in `auth/roles.ts`; until
 * the role matrix grants them, the caller works out which of them the actor holds at the
 * nomination's union and passes them in {@link NominationActor}. `honor.review` has the same
 * name as the existing role permission.
 */
export const HONOR_PERMISSIONS = Object.freeze([
  'honor.nominate',
  'honor.review',
  'honor.approve',
  'honor.publish',
  'honor.revoke',
] as const);

/** One honor permission. */
export type HonorPermission = (typeof HONOR_PERMISSIONS)[number];

/** Chinese descriptions of the honor permissions. */
export const HONOR_PERMISSION_LABELS: Readonly<Record<HonorPermission, string>> = Object.freeze({
  'honor.nominate': '推荐报送荣誉人选',
  'honor.review': '荣誉资格审查、组织公示',
  'honor.approve': '审批荣誉推荐',
  'honor.publish': '发布荣誉',
  'honor.revoke': '撤销荣誉称号',
});

/** Narrows an untrusted string to a {@link HonorPermission}. */
export function isHonorPermission(value: string): value is HonorPermission {
  return (HONOR_PERMISSIONS as readonly string[]).includes(value);
}

/** One allowed transition. */
export type NominationTransition = {
  readonly move: NominationMove;
  readonly from: NominationState;
  readonly to: NominationState;
  /** The permission the actor needs, at the nomination's organisation. */
  readonly permission: HonorPermission;
  /** True when the nominator and the submitter may not make this move (回避, no self-approval). */
  readonly independent: boolean;
  /** True when the move needs a written reason. */
  readonly reasonRequired: boolean;
};

function t(
  move: NominationMove,
  from: NominationState,
  to: NominationState,
  permission: HonorPermission,
  independent = false,
  reasonRequired = false,
): NominationTransition {
  return { move, from, to, permission, independent, reasonRequired };
}

/**
 * Every allowed transition; anything else is refused.
 *
 * - SUBMIT (DRAFT → SUBMITTED), `honor.nominate`: the nominating union reports the nominee;
 * - QUALIFY (SUBMITTED → QUALIFIED), `honor.review`, independent: eligibility check (资格审查);
 * - START_NOTICE (QUALIFIED → PUBLIC_NOTICE), `honor.review`: the notice period is fixed;
 * - APPROVE (PUBLIC_NOTICE → APPROVED), `honor.approve`, independent: after the notice has
 *   ended with no open or upheld objection;
 * - PUBLISH (APPROVED → PUBLISHED), `honor.publish`, independent: a person's profile needs
 *   their recorded consent;
 * - REJECT, with a reason: by `honor.review` from SUBMITTED or QUALIFIED, by `honor.approve`
 *   from PUBLIC_NOTICE or APPROVED. Rejecting is not "approving one's own", so it is not
 *   independent;
 * - WITHDRAW (DRAFT, SUBMITTED, QUALIFIED or PUBLIC_NOTICE → WITHDRAWN), `honor.nominate`:
 *   the nominating side takes the nomination back before approval;
 * - REVOKE (PUBLISHED → REVOKED), `honor.revoke`, with a reason (撤销称号).
 */
export const NOMINATION_TRANSITIONS: readonly NominationTransition[] = Object.freeze([
  t('SUBMIT', 'DRAFT', 'SUBMITTED', 'honor.nominate'),
  t('QUALIFY', 'SUBMITTED', 'QUALIFIED', 'honor.review', true),
  t('START_NOTICE', 'QUALIFIED', 'PUBLIC_NOTICE', 'honor.review'),
  t('APPROVE', 'PUBLIC_NOTICE', 'APPROVED', 'honor.approve', true),
  t('PUBLISH', 'APPROVED', 'PUBLISHED', 'honor.publish', true),
  t('REJECT', 'SUBMITTED', 'REJECTED', 'honor.review', false, true),
  t('REJECT', 'QUALIFIED', 'REJECTED', 'honor.review', false, true),
  t('REJECT', 'PUBLIC_NOTICE', 'REJECTED', 'honor.approve', false, true),
  t('REJECT', 'APPROVED', 'REJECTED', 'honor.approve', false, true),
  t('WITHDRAW', 'DRAFT', 'WITHDRAWN', 'honor.nominate'),
  t('WITHDRAW', 'SUBMITTED', 'WITHDRAWN', 'honor.nominate'),
  t('WITHDRAW', 'QUALIFIED', 'WITHDRAWN', 'honor.nominate'),
  t('WITHDRAW', 'PUBLIC_NOTICE', 'WITHDRAWN', 'honor.nominate'),
  t('REVOKE', 'PUBLISHED', 'REVOKED', 'honor.revoke', false, true),
]);

/** The parts of a person's profile that may be made public. */
export const CONSENT_SCOPES = Object.freeze(['NAME', 'PHOTO', 'STORY'] as const);

/** One consent scope: NAME 姓名, PHOTO 照片, STORY 事迹. */
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** Chinese display names of the consent scopes. */
export const CONSENT_SCOPE_LABELS: Readonly<Record<ConsentScope, string>> = Object.freeze({
  NAME: '姓名',
  PHOTO: '照片',
  STORY: '事迹',
});

/**
 * A recorded consent to publish a person's profile (公开个人信息的同意): who gave it (the
 * honoree, or their guardian), when, and what it covers. Withdrawing it takes the profile off
 * the public roll from `withdrawnOn`.
 */
export type Consent = {
  /** Who gave the consent (the person's name, or the guardian's). */
  readonly givenBy: string;
  readonly givenOn: CalendarDate;
  readonly scopes: readonly ConsentScope[];
  readonly withdrawnOn: CalendarDate | null;
};

/** Stable rule codes of the nomination workflow. */
export const NOMINATION_RULES = Object.freeze({
  MOVE_NOT_ALLOWED: 'HONOR_NOMINATION_MOVE_NOT_ALLOWED',
  FINAL: 'HONOR_NOMINATION_FINAL',
  PERMISSION: 'HONOR_NOMINATION_PERMISSION',
  SELF_APPROVAL: 'HONOR_NOMINATION_SELF_APPROVAL',
  NOMINEE_ACTS: 'HONOR_NOMINATION_NOMINEE_ACTS',
  REASON_REQUIRED: 'HONOR_NOMINATION_REASON_REQUIRED',
  NOTICE_MISSING: 'HONOR_NOMINATION_NOTICE_MISSING',
  DEADLINE_PASSED: 'HONOR_NOMINATION_DEADLINE_PASSED',
  CONSENT_MISSING: 'HONOR_CONSENT_MISSING',
  CONSENT_WITHDRAWN: 'HONOR_CONSENT_WITHDRAWN',
  CONSENT_FUTURE: 'HONOR_CONSENT_FUTURE',
  CONSENT_GIVER_EMPTY: 'HONOR_CONSENT_GIVER_EMPTY',
  CONSENT_SCOPE: 'HONOR_CONSENT_SCOPE',
} as const);

/** What the workflow needs to know about a nomination. */
export type Nomination = {
  readonly state: NominationState;
  readonly subject: HonorSubject;
  /** The staff user who created it. */
  readonly nominatedBy: string;
  /** The staff user who submitted it (null while DRAFT). */
  readonly submittedBy: string | null;
  /** The staff user account of the nominee, when the nominee is staff on the platform. */
  readonly nomineeUserId: string | null;
};

/** Who makes the move: a staff user with the honor permissions held at the nomination's union. */
export type NominationActor = {
  readonly userId: string;
  readonly permissions: readonly HonorPermission[];
};

/** What the guards need besides the nomination. */
export type NominationMoveContext = {
  readonly today: CalendarDate;
  /** The notice: the one to start (START_NOTICE) or the one running (APPROVE). */
  readonly notice?: PublicNoticePeriod | null;
  readonly objections?: readonly Objection[];
  /** The nominee's consent, for publishing a person. */
  readonly consent?: Consent | null;
  /** The written reason (REJECT, REVOKE; optional for WITHDRAW). */
  readonly reason?: string | null;
  /** The campaign's nomination deadline (推荐截止日期), for SUBMIT. */
  readonly nominationDeadline?: CalendarDate | null;
};

/**
 * The nomination deadline (推荐截止日期): nominations are submitted up to and including that
 * day (the campaign's own time zone is the caller's `today`); after it, HONOR_NOMINATION_
 * DEADLINE_PASSED. Drafts may still be written and kept, but not submitted.
 */
export function nominationDeadlineIssues(
  deadline: CalendarDate | null | undefined,
  today: CalendarDate,
): FieldError[] {
  if (!deadline || today <= deadline) return [];
  return [
    fieldError(
      'campaign.nominationDeadline',
      NOMINATION_RULES.DEADLINE_PASSED,
      `推荐截止日期（${deadline}）已过，不能再报送`,
    ),
  ];
}

const FINAL_STATES: ReadonlySet<NominationState> = new Set(['REJECTED', 'WITHDRAWN', 'REVOKED']);

/** True for REJECTED, WITHDRAWN and REVOKED, which accept no move. */
export function isFinalNominationState(state: NominationState): boolean {
  return FINAL_STATES.has(state);
}

/** The transition for this move from this state, if the table has one. */
export function nominationTransition(
  from: NominationState,
  move: NominationMove,
): NominationTransition | undefined {
  return NOMINATION_TRANSITIONS.find(
    (transition) => transition.from === from && transition.move === move,
  );
}

/** The moves the table allows from a state, in {@link NOMINATION_MOVES} order. */
export function availableNominationMoves(from: NominationState): readonly NominationMove[] {
  return NOMINATION_MOVES.filter((move) => nominationTransition(from, move) !== undefined);
}

/**
 * Why a consent does not allow publishing `required` on `today` — every reason, empty when it
 * does: none recorded (HONOR_CONSENT_MISSING), no giver (HONOR_CONSENT_GIVER_EMPTY), dated after
 * today (HONOR_CONSENT_FUTURE), withdrawn on or before today (HONOR_CONSENT_WITHDRAWN), or not
 * covering a required scope (HONOR_CONSENT_SCOPE, one per missing scope).
 */
export function consentIssues(
  consent: Consent | null | undefined,
  required: readonly ConsentScope[],
  today: CalendarDate,
  field = 'consent',
): FieldError[] {
  if (consent === null || consent === undefined) {
    return [
      fieldError(field, NOMINATION_RULES.CONSENT_MISSING, '未记录本人同意公开个人信息，不能发布'),
    ];
  }
  const issues: FieldError[] = [];
  if (consent.givenBy.trim() === '') {
    issues.push(fieldError(field, NOMINATION_RULES.CONSENT_GIVER_EMPTY, '未记录同意人'));
  }
  if (compareDates(consent.givenOn, today) > 0) {
    issues.push(
      fieldError(field, NOMINATION_RULES.CONSENT_FUTURE, `同意日期 ${consent.givenOn} 晚于今天`),
    );
  }
  if (consent.withdrawnOn !== null && compareDates(consent.withdrawnOn, today) <= 0) {
    issues.push(
      fieldError(
        field,
        NOMINATION_RULES.CONSENT_WITHDRAWN,
        `本人已于 ${consent.withdrawnOn} 撤回公开个人信息的同意`,
      ),
    );
  }
  for (const scope of required) {
    if (!consent.scopes.includes(scope)) {
      issues.push(
        fieldError(
          field,
          NOMINATION_RULES.CONSENT_SCOPE,
          `本人未同意公开${CONSENT_SCOPE_LABELS[scope]}`,
        ),
      );
    }
  }
  return issues;
}

/** {@link consentIssues} as a Result. */
export function checkConsent(
  consent: Consent | null | undefined,
  required: readonly ConsentScope[],
  today: CalendarDate,
  field = 'consent',
): Result<void, FieldError[]> {
  const issues = consentIssues(consent, required, today, field);
  return issues.length > 0 ? err(issues) : ok(undefined);
}

/**
 * The parts of a person's profile the public roll may show on `today`: the consented scopes
 * while the consent is in force, none otherwise. Without NAME nothing is shown at all (a photo or
 * story without a name is not a profile).
 */
export function publicProfileScopes(
  consent: Consent | null | undefined,
  today: CalendarDate,
): readonly ConsentScope[] {
  if (
    consent === null ||
    consent === undefined ||
    consentIssues(consent, ['NAME'], today).length > 0
  ) {
    return [];
  }
  return CONSENT_SCOPES.filter((scope) => consent.scopes.includes(scope));
}

/** The scopes a person's consent must cover before publishing: the name, at least. */
export const PUBLICATION_REQUIRED_SCOPES: readonly ConsentScope[] = Object.freeze(['NAME']);

/**
 * Checks one move and returns the new state, or EVERY reason it is refused:
 *
 * 1. the move exists from the current state (HONOR_NOMINATION_FINAL from REJECTED, WITHDRAWN or
 *    REVOKED; HONOR_NOMINATION_MOVE_NOT_ALLOWED otherwise). When it does not, that is the only
 *    reason given: the other checks depend on the transition;
 * 2. the actor holds the transition's permission (HONOR_NOMINATION_PERMISSION);
 * 3. for independent moves (QUALIFY, APPROVE, PUBLISH) the actor is neither the nominator nor the
 *    submitter (HONOR_NOMINATION_SELF_APPROVAL);
 * 4. the nominee never moves their own nomination (HONOR_NOMINATION_NOMINEE_ACTS), except to
 *    withdraw it;
 * 5. a written reason for REJECT and REVOKE (HONOR_NOMINATION_REASON_REQUIRED);
 * 6. START_NOTICE and APPROVE need the notice (HONOR_NOMINATION_NOTICE_MISSING); APPROVE also
 *    needs it ended with no open or upheld objection (see `approvalBlockers`);
 * 7. PUBLISH of a PERSON needs a consent in force covering the name (see {@link consentIssues});
 * 8. SUBMIT only up to the campaign's nomination deadline (see {@link nominationDeadlineIssues}).
 */
export function checkNominationMove(
  nomination: Nomination,
  move: NominationMove,
  actor: NominationActor,
  context: NominationMoveContext,
): Result<NominationState, FieldError[]> {
  const from = nomination.state;
  const transition = nominationTransition(from, move);
  if (transition === undefined) {
    const label = NOMINATION_STATE_LABELS[from];
    return err([
      isFinalNominationState(from)
        ? fieldError('state', NOMINATION_RULES.FINAL, `推荐状态为「${label}」，不能再办理`)
        : fieldError(
            'state',
            NOMINATION_RULES.MOVE_NOT_ALLOWED,
            `推荐状态为「${label}」时不能「${NOMINATION_MOVE_LABELS[move]}」`,
          ),
    ]);
  }
  const reasons: FieldError[] = [];
  const moveLabel = NOMINATION_MOVE_LABELS[move];
  if (!actor.permissions.includes(transition.permission)) {
    reasons.push(
      fieldError(
        'actor',
        NOMINATION_RULES.PERMISSION,
        `「${moveLabel}」需要「${HONOR_PERMISSION_LABELS[transition.permission]}」权限`,
      ),
    );
  }
  if (
    transition.independent &&
    (actor.userId === nomination.nominatedBy || actor.userId === nomination.submittedBy)
  ) {
    reasons.push(
      fieldError(
        'actor',
        NOMINATION_RULES.SELF_APPROVAL,
        `推荐人或报送人不能对本人经办的推荐「${moveLabel}」，请由其他工作人员办理`,
      ),
    );
  }
  if (move !== 'WITHDRAW' && actor.userId === nomination.nomineeUserId) {
    reasons.push(
      fieldError(
        'actor',
        NOMINATION_RULES.NOMINEE_ACTS,
        `被推荐人不能对推荐本人的材料「${moveLabel}」，应当回避`,
      ),
    );
  }
  if (transition.reasonRequired && (context.reason ?? '').trim() === '') {
    reasons.push(
      fieldError('reason', NOMINATION_RULES.REASON_REQUIRED, `「${moveLabel}」须填写理由`),
    );
  }
  if (move === 'START_NOTICE' || move === 'APPROVE') {
    const notice = context.notice ?? null;
    if (notice === null) {
      reasons.push(fieldError('notice', NOMINATION_RULES.NOTICE_MISSING, '尚未确定公示期'));
    } else if (move === 'APPROVE') {
      reasons.push(...approvalBlockers(notice, context.objections ?? [], context.today));
    }
  }
  if (move === 'PUBLISH' && nomination.subject === 'PERSON') {
    reasons.push(...consentIssues(context.consent, PUBLICATION_REQUIRED_SCOPES, context.today));
  }
  if (move === 'SUBMIT') {
    reasons.push(...nominationDeadlineIssues(context.nominationDeadline, context.today));
  }
  return reasons.length > 0 ? err(reasons) : ok(transition.to);
}
