import { isGrassrootsLevelKind, ORG_KIND_LABELS, type OrgKind } from '../organization/org-kind.js';
import { type CalendarDate, compareDates, yearsBetween } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Membership (会籍). One person is one member record (the ID number is unique across the whole
 * tree); the record holds the join date, the status and the grassroots union that currently
 * holds the membership.
 */

/** Every membership status. */
export const MEMBER_STATUSES = Object.freeze([
  'ACTIVE',
  'TRANSFERRED_OUT',
  'RETIRED_KEPT',
  'LAPSED',
  'EXPELLED',
] as const);

/**
 * A membership status:
 * - `ACTIVE` 正常 — a working member of a grassroots union on this platform;
 * - `TRANSFERRED_OUT` 已转出 — transferred to a union outside this platform (e.g. another
 *   province's system). The membership goes on elsewhere (it is not LAPSED); the record stays
 *   here for history. Transfers between unions on the platform keep the member ACTIVE
 *   (see {@link planTransfer});
 * - `RETIRED_KEPT` 退休保留会籍 — retired, membership kept (保留会籍);
 * - `LAPSED` 已退会 — left the union: 退会, 自动退会 (dues and activities stopped for six
 *   months), left the employer without a transfer, or died;
 * - `EXPELLED` 已开除会籍 — expelled (开除会籍).
 */
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Chinese display names of the statuses. */
export const MEMBER_STATUS_LABELS: Readonly<Record<MemberStatus, string>> = Object.freeze({
  ACTIVE: '正常',
  TRANSFERRED_OUT: '已转出',
  RETIRED_KEPT: '退休保留会籍',
  LAPSED: '已退会',
  EXPELLED: '已开除会籍',
});

/**
 * The statuses that count as a member (会员) in every figure: ACTIVE and RETIRED_KEPT. A
 * retired member who keeps membership is still a member of the union that holds it; LAPSED and
 * EXPELLED people are not members, and TRANSFERRED_OUT members are counted by their new union.
 */
export const COUNTED_MEMBER_STATUSES = Object.freeze([
  'ACTIVE',
  'RETIRED_KEPT',
] as const satisfies readonly MemberStatus[]);

/**
 * How a transition happens:
 * - `STATUS_CHANGE` — a plain status change, checked by {@link checkStatusChange};
 * - `TRANSFER` — only as part of a transfer procedure (转会 with a transfer letter), never by
 *   editing the status.
 */
export type MemberStatusTransitionMode = 'STATUS_CHANGE' | 'TRANSFER';

/** One allowed status transition. */
export type MemberStatusTransition = {
  readonly from: MemberStatus;
  readonly to: MemberStatus;
  readonly via: MemberStatusTransitionMode;
  /** What happens, in Chinese. */
  readonly description: string;
};

/**
 * Every allowed status transition; anything not listed is refused. EXPELLED is terminal.
 *
 * - ACTIVE → RETIRED_KEPT: retirement, membership kept (退休保留会籍);
 * - ACTIVE → LAPSED: leaves the union (退会 / 自动退会 / 离职未转会 / 去世);
 * - ACTIVE → EXPELLED: expulsion (开除会籍);
 * - ACTIVE → TRANSFERRED_OUT, TRANSFER only: transfer to a union outside the platform;
 * - RETIRED_KEPT → ACTIVE: re-employed (退休后再就业); 会龄 continues;
 * - RETIRED_KEPT → LAPSED: a retired member gives up membership or dies;
 * - RETIRED_KEPT → EXPELLED: expulsion applies to retired members too;
 * - LAPSED → ACTIVE: rejoins (重新入会). 会龄 starts again: the caller records the rejoin date
 *   as the new join date;
 * - TRANSFERRED_OUT → ACTIVE, TRANSFER only: transferred back in from outside the platform
 *   (转入) with the original join date — the person cannot get a new record, since ID numbers
 *   are unique.
 *
 * Re-admitting an expelled person is a decision of the superior union, handled as a data
 * correction, not a status change.
 */
export const MEMBER_STATUS_TRANSITIONS: readonly MemberStatusTransition[] = Object.freeze([
  { from: 'ACTIVE', to: 'RETIRED_KEPT', via: 'STATUS_CHANGE', description: '退休，保留会籍' },
  { from: 'ACTIVE', to: 'LAPSED', via: 'STATUS_CHANGE', description: '退会' },
  { from: 'ACTIVE', to: 'EXPELLED', via: 'STATUS_CHANGE', description: '开除会籍' },
  { from: 'ACTIVE', to: 'TRANSFERRED_OUT', via: 'TRANSFER', description: '转出至平台外工会' },
  { from: 'RETIRED_KEPT', to: 'ACTIVE', via: 'STATUS_CHANGE', description: '退休后再就业' },
  { from: 'RETIRED_KEPT', to: 'LAPSED', via: 'STATUS_CHANGE', description: '退会' },
  { from: 'RETIRED_KEPT', to: 'EXPELLED', via: 'STATUS_CHANGE', description: '开除会籍' },
  { from: 'LAPSED', to: 'ACTIVE', via: 'STATUS_CHANGE', description: '重新入会' },
  { from: 'TRANSFERRED_OUT', to: 'ACTIVE', via: 'TRANSFER', description: '由平台外工会转入' },
] satisfies MemberStatusTransition[]);

/** Stable rule codes for refused status changes. */
export const MEMBER_STATUS_RULES = Object.freeze({
  UNCHANGED: 'MEMBER_STATUS_UNCHANGED',
  TERMINAL: 'MEMBER_STATUS_TERMINAL',
  TRANSFER_ONLY: 'MEMBER_STATUS_TRANSFER_ONLY',
  NOT_ALLOWED: 'MEMBER_STATUS_NOT_ALLOWED',
} as const);

/** Stable rule codes for refused transfers. */
export const MEMBER_TRANSFER_RULES = Object.freeze({
  STATUS: 'MEMBER_TRANSFER_STATUS',
  SAME_UNION: 'MEMBER_TRANSFER_SAME_UNION',
  TARGET_KIND: 'MEMBER_TRANSFER_TARGET_KIND',
  TARGET_DISSOLVED: 'MEMBER_TRANSFER_TARGET_DISSOLVED',
  TARGET_NOT_YET_FOUNDED: 'MEMBER_TRANSFER_TARGET_NOT_YET_FOUNDED',
  DATE_IN_FUTURE: 'MEMBER_TRANSFER_DATE_IN_FUTURE',
  BEFORE_JOINING: 'MEMBER_TRANSFER_BEFORE_JOINING',
} as const);

/** Narrows an untrusted string to a {@link MemberStatus}. */
export function isMemberStatus(value: string): value is MemberStatus {
  return (MEMBER_STATUSES as readonly string[]).includes(value);
}

/** True for the statuses of {@link COUNTED_MEMBER_STATUSES} (ACTIVE, RETIRED_KEPT). */
export function countsAsMember(status: MemberStatus): boolean {
  return (COUNTED_MEMBER_STATUSES as readonly MemberStatus[]).includes(status);
}

function transitionOf(from: MemberStatus, to: MemberStatus): MemberStatusTransition | undefined {
  return MEMBER_STATUS_TRANSITIONS.find(
    (transition) => transition.from === from && transition.to === to,
  );
}

/**
 * The statuses a member in `from` may be given by a plain status change, in
 * {@link MEMBER_STATUSES} order (for a status drop-down). Excludes TRANSFER-only transitions.
 */
export function nextMemberStatuses(from: MemberStatus): readonly MemberStatus[] {
  return MEMBER_STATUSES.filter((to) => transitionOf(from, to)?.via === 'STATUS_CHANGE');
}

/**
 * Checks a plain status change from `from` to `to`, in order:
 * 1. the status actually changes (MEMBER_STATUS_UNCHANGED);
 * 2. `from` is not terminal, i.e. has some transition at all (MEMBER_STATUS_TERMINAL: EXPELLED);
 * 3. the transition is not reserved to the transfer procedure (MEMBER_STATUS_TRANSFER_ONLY);
 * 4. the transition is in {@link MEMBER_STATUS_TRANSITIONS} (MEMBER_STATUS_NOT_ALLOWED).
 */
export function checkStatusChange(
  from: MemberStatus,
  to: MemberStatus,
  field = 'status',
): Result<void, FieldError> {
  const fromLabel = MEMBER_STATUS_LABELS[from];
  const toLabel = MEMBER_STATUS_LABELS[to];
  if (from === to) {
    return err(fieldError(field, MEMBER_STATUS_RULES.UNCHANGED, `会籍状态已经是「${fromLabel}」`));
  }
  if (!MEMBER_STATUS_TRANSITIONS.some((transition) => transition.from === from)) {
    return err(
      fieldError(field, MEMBER_STATUS_RULES.TERMINAL, `会籍状态为「${fromLabel}」，不能再变更`),
    );
  }
  const transition = transitionOf(from, to);
  if (transition?.via === 'TRANSFER') {
    return err(
      fieldError(
        field,
        MEMBER_STATUS_RULES.TRANSFER_ONLY,
        `会籍状态从「${fromLabel}」变为「${toLabel}」须通过转会手续办理`,
      ),
    );
  }
  if (transition === undefined) {
    return err(
      fieldError(
        field,
        MEMBER_STATUS_RULES.NOT_ALLOWED,
        `会籍状态不能从「${fromLabel}」直接改为「${toLabel}」`,
      ),
    );
  }
  return ok(undefined);
}

/**
 * 会龄: completed years of membership from the original join date (入会日期) to `today`.
 * Transfers keep the join date, so 会龄 is unbroken across them. A join date after `today`
 * gives 0.
 */
export function membershipYears(joinedOn: CalendarDate, today: CalendarDate): number {
  return Math.max(0, yearsBetween(joinedOn, today));
}

/** The input of {@link planTransfer}. */
export type TransferInput = {
  readonly member: {
    readonly status: MemberStatus;
    /** The grassroots union that holds the membership now. */
    readonly organizationId: string;
    readonly joinedOn: CalendarDate;
  };
  readonly toOrganization: {
    readonly id: string;
    readonly kind: OrgKind;
    /** Its founding date, when known: the transfer cannot be dated before it. */
    readonly foundedOn?: CalendarDate | null;
    readonly dissolvedOn: CalendarDate | null;
  };
  /** The day the transfer takes effect (转会日期). */
  readonly transferDate: CalendarDate;
  readonly today: CalendarDate;
};

/** A history entry for one union. */
export type MemberTransferEvent = {
  readonly type: 'TRANSFER_OUT' | 'TRANSFER_IN';
  /** The union whose history shows the event. */
  readonly organizationId: string;
  /** The union on the other side of the transfer. */
  readonly counterpartOrganizationId: string;
  readonly date: CalendarDate;
};

/** What a transfer changes on the member record, and the history it writes. */
export type TransferPlan = {
  /** Unchanged: a transfer does not change the status. */
  readonly status: MemberStatus;
  /** The receiving union. */
  readonly organizationId: string;
  /** Unchanged: 会龄 is unbroken. */
  readonly joinedOn: CalendarDate;
  /** TRANSFER_OUT for the old union, then TRANSFER_IN for the new one. */
  readonly events: readonly [MemberTransferEvent, MemberTransferEvent];
};

/**
 * Plans a transfer (转会) to another grassroots union on the platform, or returns the first rule
 * it breaks, in order:
 * 1. the member is ACTIVE or RETIRED_KEPT (MEMBER_TRANSFER_STATUS) — retired members move their
 *    kept membership too, e.g. to the community union where they live, and must be able to
 *    leave a union that is being dissolved;
 * 2. the target is not the current union (MEMBER_TRANSFER_SAME_UNION);
 * 3. the target is grassroots-level, a GRASSROOTS_UNION or JOINT_GRASSROOTS_UNION
 *    (MEMBER_TRANSFER_TARGET_KIND);
 * 4. the target is not dissolved (MEMBER_TRANSFER_TARGET_DISSOLVED);
 * 5. the target was founded on or before the transfer date, when its founding date is given
 *    (MEMBER_TRANSFER_TARGET_NOT_YET_FOUNDED);
 * 6. the transfer date is not after today (MEMBER_TRANSFER_DATE_IN_FUTURE)
 * 7. nor before the join date (MEMBER_TRANSFER_BEFORE_JOINING).
 *
 * On success the status and join date stay as they are and only the union changes.
 */
export function planTransfer(input: TransferInput): Result<TransferPlan, FieldError> {
  const { member, toOrganization, transferDate, today } = input;
  if (!countsAsMember(member.status)) {
    return err(
      fieldError(
        'status',
        MEMBER_TRANSFER_RULES.STATUS,
        `会籍状态为「${MEMBER_STATUS_LABELS[member.status]}」的人员不能办理转会`,
      ),
    );
  }
  if (toOrganization.id === member.organizationId) {
    return err(
      fieldError(
        'toOrganizationId',
        MEMBER_TRANSFER_RULES.SAME_UNION,
        '转入工会与当前所在工会相同',
      ),
    );
  }
  if (!isGrassrootsLevelKind(toOrganization.kind)) {
    return err(
      fieldError(
        'toOrganizationId',
        MEMBER_TRANSFER_RULES.TARGET_KIND,
        `会员只能转入基层工会或联合基层工会，不能转入${ORG_KIND_LABELS[toOrganization.kind]}`,
      ),
    );
  }
  if (toOrganization.dissolvedOn !== null) {
    return err(
      fieldError(
        'toOrganizationId',
        MEMBER_TRANSFER_RULES.TARGET_DISSOLVED,
        `转入工会已于 ${toOrganization.dissolvedOn} 撤销`,
      ),
    );
  }
  const foundedOn = toOrganization.foundedOn ?? null;
  if (foundedOn !== null && compareDates(transferDate, foundedOn) < 0) {
    return err(
      fieldError(
        'transferDate',
        MEMBER_TRANSFER_RULES.TARGET_NOT_YET_FOUNDED,
        `转会日期 ${transferDate} 早于转入工会的成立日期 ${foundedOn}`,
      ),
    );
  }
  if (compareDates(transferDate, today) > 0) {
    return err(
      fieldError(
        'transferDate',
        MEMBER_TRANSFER_RULES.DATE_IN_FUTURE,
        `转会日期 ${transferDate} 晚于今天`,
      ),
    );
  }
  if (compareDates(transferDate, member.joinedOn) < 0) {
    return err(
      fieldError(
        'transferDate',
        MEMBER_TRANSFER_RULES.BEFORE_JOINING,
        `转会日期 ${transferDate} 早于入会日期 ${member.joinedOn}`,
      ),
    );
  }
  return ok({
    status: member.status,
    organizationId: toOrganization.id,
    joinedOn: member.joinedOn,
    events: [
      {
        type: 'TRANSFER_OUT',
        organizationId: member.organizationId,
        counterpartOrganizationId: toOrganization.id,
        date: transferDate,
      },
      {
        type: 'TRANSFER_IN',
        organizationId: toOrganization.id,
        counterpartOrganizationId: member.organizationId,
        date: transferDate,
      },
    ],
  });
}
