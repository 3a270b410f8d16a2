import type { Permission } from '../auth/roles.js';
import { type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, formatYuan } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The aid application workflow (帮扶救助申请审批), one state machine per application:
 *
 * SUBMITTED (已申请) → GRASSROOTS_REVIEWED (基层工会审核) → DISTRICT_REVIEWED (区县工会复核)
 * → APPROVED (已审批) → DISBURSED (已发放), with RETURNED (退回补充材料, back to SUBMITTED once
 * the documents are added) and REJECTED (不予救助, with a reason, final). DISBURSED is final too:
 * a correction of a payment is a reversal on the ledger, not a move of the application.
 */

/** Every application state, in workflow order. */
export const AID_APPLICATION_STATES = Object.freeze([
  'SUBMITTED',
  'GRASSROOTS_REVIEWED',
  'DISTRICT_REVIEWED',
  'APPROVED',
  'DISBURSED',
  'RETURNED',
  'REJECTED',
] as const);

/** An application state. See {@link AID_APPLICATION_STATE_LABELS}. */
export type AidApplicationState = (typeof AID_APPLICATION_STATES)[number];

/** Chinese display names of the states. */
export const AID_APPLICATION_STATE_LABELS: Readonly<Record<AidApplicationState, string>> =
  Object.freeze({
    SUBMITTED: '已申请',
    GRASSROOTS_REVIEWED: '基层工会已审核',
    DISTRICT_REVIEWED: '区县工会已复核',
    APPROVED: '已审批',
    DISBURSED: '已发放',
    RETURNED: '已退回补充材料',
    REJECTED: '不予救助',
  });

/** Every move of the workflow. */
export const AID_APPLICATION_MOVES = Object.freeze([
  'GRASSROOTS_REVIEW',
  'DISTRICT_REVIEW',
  'APPROVE',
  'DISBURSE',
  'RETURN',
  'RESUBMIT',
  'REJECT',
] as const);

/** A move of the workflow. See {@link AID_APPLICATION_MOVE_LABELS}. */
export type AidApplicationMove = (typeof AID_APPLICATION_MOVES)[number];

/** Chinese display names of the moves (buttons, history). */
export const AID_APPLICATION_MOVE_LABELS: Readonly<Record<AidApplicationMove, string>> =
  Object.freeze({
    GRASSROOTS_REVIEW: '基层审核通过',
    DISTRICT_REVIEW: '区县复核通过',
    APPROVE: '审批通过',
    DISBURSE: '发放',
    RETURN: '退回补充材料',
    RESUBMIT: '补充材料后重新提交',
    REJECT: '不予救助',
  });

/** The two permissions of the workflow: 办理 (reviews, returns, pays) and 审批 (approves). */
export type AidWorkflowPermission = Extract<Permission, 'aid.process' | 'aid.approve'>;

/** One allowed transition. */
export type AidApplicationTransition = {
  readonly move: AidApplicationMove;
  readonly from: AidApplicationState;
  readonly to: AidApplicationState;
  readonly permission: AidWorkflowPermission;
  /** True when the person who created the application (or the applicant) may not make it. */
  readonly independent: boolean;
  readonly reasonRequired: boolean;
};

function t(
  move: AidApplicationMove,
  from: AidApplicationState,
  to: AidApplicationState,
  permission: AidWorkflowPermission,
  independent: boolean,
  reasonRequired = false,
): AidApplicationTransition {
  return { move, from, to, permission, independent, reasonRequired };
}

/**
 * Every allowed transition; anything else is refused.
 *
 * - the two reviews and the approval are independent (分离职责): never by the staff member who
 *   created the application, nor by the applicant;
 * - DISBURSE is independent too: whoever keyed the case in does not pay it out;
 * - RETURN and REJECT need a reason; REJECT after the district review or after approval is the
 *   approver's (`aid.approve`);
 * - RESUBMIT (RETURNED → SUBMITTED) is the caseworker's, after adding the documents asked for.
 */
export const AID_APPLICATION_TRANSITIONS: readonly AidApplicationTransition[] = Object.freeze([
  t('GRASSROOTS_REVIEW', 'SUBMITTED', 'GRASSROOTS_REVIEWED', 'aid.process', true),
  t('DISTRICT_REVIEW', 'GRASSROOTS_REVIEWED', 'DISTRICT_REVIEWED', 'aid.process', true),
  t('APPROVE', 'DISTRICT_REVIEWED', 'APPROVED', 'aid.approve', true),
  t('DISBURSE', 'APPROVED', 'DISBURSED', 'aid.process', true),
  t('RETURN', 'SUBMITTED', 'RETURNED', 'aid.process', false, true),
  t('RETURN', 'GRASSROOTS_REVIEWED', 'RETURNED', 'aid.process', false, true),
  t('RETURN', 'DISTRICT_REVIEWED', 'RETURNED', 'aid.process', false, true),
  t('RESUBMIT', 'RETURNED', 'SUBMITTED', 'aid.process', false),
  t('REJECT', 'SUBMITTED', 'REJECTED', 'aid.process', false, true),
  t('REJECT', 'GRASSROOTS_REVIEWED', 'REJECTED', 'aid.process', false, true),
  t('REJECT', 'RETURNED', 'REJECTED', 'aid.process', false, true),
  t('REJECT', 'DISTRICT_REVIEWED', 'REJECTED', 'aid.approve', false, true),
  t('REJECT', 'APPROVED', 'REJECTED', 'aid.approve', false, true),
]);

/** Stable rule codes of the application workflow. */
export const AID_APPLICATION_RULES = Object.freeze({
  MOVE_NOT_ALLOWED: 'AID_APPLICATION_MOVE_NOT_ALLOWED',
  FINAL: 'AID_APPLICATION_FINAL',
  PERMISSION: 'AID_APPLICATION_PERMISSION',
  SELF_REVIEW: 'AID_APPLICATION_SELF_REVIEW',
  APPLICANT_ACTS: 'AID_APPLICATION_APPLICANT_ACTS',
  SAME_APPROVER: 'AID_APPLICATION_SAME_APPROVER',
  REASON_REQUIRED: 'AID_APPLICATION_REASON_REQUIRED',
  NOTICE_NOT_STARTED: 'AID_APPLICATION_NOTICE_NOT_STARTED',
  NOTICE_RUNNING: 'AID_APPLICATION_NOTICE_RUNNING',
  DISBURSE_VIA_LEDGER: 'AID_APPLICATION_DISBURSE_VIA_LEDGER',
} as const);

/** What the workflow needs to know about an application. */
export type AidApplicationFacts = {
  readonly state: AidApplicationState;
  /** The staff user who keyed it in. */
  readonly createdBy: string;
  /** The applicant's staff account, when the applicant is staff on the platform. */
  readonly applicantUserId: string | null;
  /** The amount to approve (the entitlement, or the caseworker's figure), in fen. */
  readonly amount: Fen;
  /**
   * The approvals recorded in this round (since the last RETURN), oldest first. Above the
   * threshold the first approval leaves the state at DISTRICT_REVIEWED and waits for a second
   * approver.
   */
  readonly approvals: readonly string[];
};

/** The program's settings the workflow depends on. */
export type AidWorkflowSettings = {
  /** Amounts strictly above this need two distinct approvers (双人审批). */
  readonly secondApprovalAboveFen: Fen;
  /** True when the program publishes its applications (公示) before approval. */
  readonly publicNoticeRequired: boolean;
};

/** The staff member making a move, with the aid permissions held at the application's union. */
export type AidActor = {
  readonly userId: string;
  readonly permissions: readonly AidWorkflowPermission[];
};

/** The notice period of the application (both days included), when it has one. */
export type AidNoticePeriod = { readonly startsOn: CalendarDate; readonly endsOn: CalendarDate };

/** What the guards need besides the application. */
export type AidMoveContext = {
  readonly today: CalendarDate;
  readonly reason?: string | null;
  readonly notice?: AidNoticePeriod | null;
  /**
   * True only when the move is made by the disbursement itself (the `disburse` operation, which
   * also writes the ledger). A bare DISBURSE move without money is refused.
   */
  readonly viaDisbursement?: boolean;
};

/** What a move does: the new state and whether an approval is recorded. */
export type AidMoveOutcome = {
  readonly state: AidApplicationState;
  /** True when the move is an approval to record (first or second). */
  readonly approvalRecorded: boolean;
  /** Approvals still needed after this move (0 unless the first of two was just given). */
  readonly approvalsStillNeeded: number;
};

const FINAL_STATES: ReadonlySet<AidApplicationState> = new Set(['DISBURSED', 'REJECTED']);

/** True for DISBURSED and REJECTED, which accept no move. */
export function isFinalAidApplicationState(state: AidApplicationState): boolean {
  return FINAL_STATES.has(state);
}

/** The transition for this move from this state, if the table has one. */
export function aidApplicationTransition(
  from: AidApplicationState,
  move: AidApplicationMove,
): AidApplicationTransition | undefined {
  return AID_APPLICATION_TRANSITIONS.find((tr) => tr.from === from && tr.move === move);
}

/** The moves the table allows from a state, in {@link AID_APPLICATION_MOVES} order. */
export function availableAidApplicationMoves(
  from: AidApplicationState,
): readonly AidApplicationMove[] {
  return AID_APPLICATION_MOVES.filter((move) => aidApplicationTransition(from, move) !== undefined);
}

/** How many approvers an amount needs: 2 strictly above the threshold, else 1. */
export function approversNeeded(amount: Fen, settings: AidWorkflowSettings): 1 | 2 {
  return amount > settings.secondApprovalAboveFen ? 2 : 1;
}

/** The moves this actor could make now (permissions and separation of duties included). */
export function aidMovesFor(
  application: AidApplicationFacts,
  actor: AidActor,
  settings: AidWorkflowSettings,
  context: AidMoveContext,
): readonly AidApplicationMove[] {
  return availableAidApplicationMoves(application.state).filter(
    (move) =>
      checkAidApplicationMove(application, move, actor, settings, {
        ...context,
        reason: 'x',
        viaDisbursement: true,
      }).ok,
  );
}

/**
 * Checks one move and returns what it does, or EVERY reason it is refused:
 *
 * 1. the move exists from the current state (AID_APPLICATION_FINAL from DISBURSED or REJECTED,
 *    AID_APPLICATION_MOVE_NOT_ALLOWED otherwise) — if not, that is the only reason given;
 * 2. the actor holds the transition's permission (AID_APPLICATION_PERMISSION);
 * 3. independent moves: not by the creator (AID_APPLICATION_SELF_REVIEW);
 * 4. the applicant never moves their own application (AID_APPLICATION_APPLICANT_ACTS);
 * 5. a reason for RETURN and REJECT (AID_APPLICATION_REASON_REQUIRED);
 * 6. APPROVE: the second approver differs from the first (AID_APPLICATION_SAME_APPROVER); when
 *    the program requires a public notice, it has started and ended (AID_APPLICATION_NOTICE_*);
 *    above the threshold the first approval keeps the state at DISTRICT_REVIEWED;
 * 7. DISBURSE only through the disbursement (AID_APPLICATION_DISBURSE_VIA_LEDGER).
 */
export function checkAidApplicationMove(
  application: AidApplicationFacts,
  move: AidApplicationMove,
  actor: AidActor,
  settings: AidWorkflowSettings,
  context: AidMoveContext,
): Result<AidMoveOutcome, FieldError[]> {
  const from = application.state;
  const transition = aidApplicationTransition(from, move);
  const moveLabel = AID_APPLICATION_MOVE_LABELS[move];
  if (transition === undefined) {
    const label = AID_APPLICATION_STATE_LABELS[from];
    return err([
      isFinalAidApplicationState(from)
        ? fieldError('state', AID_APPLICATION_RULES.FINAL, `申请状态为「${label}」，不能再办理`)
        : fieldError(
            'state',
            AID_APPLICATION_RULES.MOVE_NOT_ALLOWED,
            `申请状态为「${label}」时不能「${moveLabel}」`,
          ),
    ]);
  }
  const reasons: FieldError[] = [];
  if (!actor.permissions.includes(transition.permission)) {
    reasons.push(
      fieldError(
        'actor',
        AID_APPLICATION_RULES.PERMISSION,
        `「${moveLabel}」需要「${transition.permission === 'aid.approve' ? '审批帮扶救助' : '办理帮扶救助'}」权限`,
      ),
    );
  }
  if (transition.independent && actor.userId === application.createdBy) {
    reasons.push(
      fieldError(
        'actor',
        AID_APPLICATION_RULES.SELF_REVIEW,
        `经办人不能对本人录入的申请「${moveLabel}」，请由其他工作人员办理`,
      ),
    );
  }
  if (actor.userId === application.applicantUserId) {
    reasons.push(
      fieldError(
        'actor',
        AID_APPLICATION_RULES.APPLICANT_ACTS,
        `申请人不能办理本人的救助申请，应当回避`,
      ),
    );
  }
  if (transition.reasonRequired && (context.reason ?? '').trim() === '') {
    reasons.push(
      fieldError('reason', AID_APPLICATION_RULES.REASON_REQUIRED, `「${moveLabel}」须填写理由`),
    );
  }
  let approvalsStillNeeded = 0;
  let to = transition.to;
  if (move === 'APPROVE') {
    if (application.approvals.includes(actor.userId)) {
      reasons.push(
        fieldError(
          'actor',
          AID_APPLICATION_RULES.SAME_APPROVER,
          `金额 ${formatYuan(application.amount)} 元须由两名不同的审批人审批，您已审批过`,
        ),
      );
    }
    if (settings.publicNoticeRequired) {
      const notice = context.notice ?? null;
      if (notice === null) {
        reasons.push(
          fieldError(
            'notice',
            AID_APPLICATION_RULES.NOTICE_NOT_STARTED,
            '该项目须先公示，尚未公示',
          ),
        );
      } else if (compareDates(context.today, notice.endsOn) <= 0) {
        reasons.push(
          fieldError(
            'notice',
            AID_APPLICATION_RULES.NOTICE_RUNNING,
            `公示期至 ${notice.endsOn} 结束，公示期满后方可审批`,
          ),
        );
      }
    }
    const needed = approversNeeded(application.amount, settings);
    const given = new Set([...application.approvals, actor.userId]).size;
    approvalsStillNeeded = Math.max(0, needed - given);
    if (approvalsStillNeeded > 0) to = from;
  }
  if (move === 'DISBURSE' && context.viaDisbursement !== true) {
    reasons.push(
      fieldError(
        'move',
        AID_APPLICATION_RULES.DISBURSE_VIA_LEDGER,
        '发放须通过「发放」操作办理（记入台账并扣减预算）',
      ),
    );
  }
  if (reasons.length > 0) return err(reasons);
  return ok({ state: to, approvalRecorded: move === 'APPROVE', approvalsStillNeeded });
}
