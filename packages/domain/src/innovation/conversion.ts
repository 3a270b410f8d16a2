import { type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, fen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The conversion pipeline of a result (成果转化), DOMAIN.md §4, one state machine per result:
 *
 * REGISTERED (已登记) → ASSESSED (评估) → PROMOTED (发布推介) → IN_CONVERSION (跟踪转化) →
 * RETURNS_SECURED (收益保障), or ABANDONED (终止) from any state before the end.
 * RETURNS_SECURED and ABANDONED are final. Every move is dated, never before the previous one.
 */

/** The pipeline's states, in order. */
export const CONVERSION_STATES = Object.freeze([
  'REGISTERED',
  'ASSESSED',
  'PROMOTED',
  'IN_CONVERSION',
  'RETURNS_SECURED',
  'ABANDONED',
] as const);

/** A conversion state. See {@link CONVERSION_STATE_LABELS}. */
export type ConversionState = (typeof CONVERSION_STATES)[number];

/** Chinese display names of the states. */
export const CONVERSION_STATE_LABELS: Readonly<Record<ConversionState, string>> = Object.freeze({
  REGISTERED: '已登记',
  ASSESSED: '已评估',
  PROMOTED: '发布推介',
  IN_CONVERSION: '跟踪转化',
  RETURNS_SECURED: '收益保障',
  ABANDONED: '已终止',
});

/** The pipeline's moves. */
export const CONVERSION_MOVES = Object.freeze([
  'ASSESS',
  'PROMOTE',
  'START_CONVERSION',
  'SECURE_RETURNS',
  'ABANDON',
] as const);

/** A move. See {@link CONVERSION_MOVE_LABELS}. */
export type ConversionMove = (typeof CONVERSION_MOVES)[number];

/** Chinese display names of the moves. */
export const CONVERSION_MOVE_LABELS: Readonly<Record<ConversionMove, string>> = Object.freeze({
  ASSESS: '完成评估',
  PROMOTE: '发布推介',
  START_CONVERSION: '开始转化',
  SECURE_RETURNS: '确认收益',
  ABANDON: '终止转化',
});

/** Narrows an untrusted string to a {@link ConversionState}. */
export function isConversionState(value: string): value is ConversionState {
  return (CONVERSION_STATES as readonly string[]).includes(value);
}

/** Narrows an untrusted string to a {@link ConversionMove}. */
export function isConversionMove(value: string): value is ConversionMove {
  return (CONVERSION_MOVES as readonly string[]).includes(value);
}

/** One allowed transition. */
export type ConversionTransition = {
  readonly move: ConversionMove;
  readonly from: ConversionState;
  readonly to: ConversionState;
};

/** Every allowed transition; anything else is refused. */
export const CONVERSION_TRANSITIONS: readonly ConversionTransition[] = Object.freeze([
  { move: 'ASSESS', from: 'REGISTERED', to: 'ASSESSED' },
  { move: 'PROMOTE', from: 'ASSESSED', to: 'PROMOTED' },
  { move: 'START_CONVERSION', from: 'PROMOTED', to: 'IN_CONVERSION' },
  { move: 'SECURE_RETURNS', from: 'IN_CONVERSION', to: 'RETURNS_SECURED' },
  { move: 'ABANDON', from: 'REGISTERED', to: 'ABANDONED' },
  { move: 'ABANDON', from: 'ASSESSED', to: 'ABANDONED' },
  { move: 'ABANDON', from: 'PROMOTED', to: 'ABANDONED' },
  { move: 'ABANDON', from: 'IN_CONVERSION', to: 'ABANDONED' },
] satisfies ConversionTransition[]);

/** True for RETURNS_SECURED and ABANDONED. */
export function isFinalConversionState(state: ConversionState): boolean {
  return state === 'RETURNS_SECURED' || state === 'ABANDONED';
}

/** The moves allowed from a state, in catalogue order. */
export function availableConversionMoves(state: ConversionState): ConversionMove[] {
  return CONVERSION_TRANSITIONS.filter((transition) => transition.from === state).map(
    (transition) => transition.move,
  );
}

/** Stable rule codes of the pipeline. */
export const CONVERSION_RULES = Object.freeze({
  MOVE_NOT_ALLOWED: 'INNOVATION_CONVERSION_MOVE_NOT_ALLOWED',
  FINAL: 'INNOVATION_CONVERSION_FINAL',
  DATE_BEFORE_LAST: 'INNOVATION_CONVERSION_DATE_BEFORE_LAST',
  DATE_IN_FUTURE: 'INNOVATION_CONVERSION_DATE_IN_FUTURE',
  REASON_REQUIRED: 'INNOVATION_CONVERSION_REASON_REQUIRED',
  RETURNS_REQUIRED: 'INNOVATION_CONVERSION_RETURNS_REQUIRED',
  RETURNS_NOT_ALLOWED: 'INNOVATION_CONVERSION_RETURNS_NOT_ALLOWED',
} as const);

/** A requested move, with its date, reason (for ABANDON) and returns (for SECURE_RETURNS). */
export type ConversionMoveRequest = {
  readonly move: ConversionMove;
  readonly on: CalendarDate;
  readonly note: string;
  /** The returns secured, in fen: required (> 0) for SECURE_RETURNS, refused otherwise. */
  readonly returnsFen: number | null;
};

/** An accepted move, as it is recorded. */
export type ConversionStep = {
  readonly move: ConversionMove;
  readonly from: ConversionState;
  readonly to: ConversionState;
  readonly on: CalendarDate;
  readonly note: string;
  readonly returnsFen: Fen | null;
};

/**
 * Checks a move from the current state (with the date of the last move, if any) on `today`.
 */
export function checkConversionMove(
  current: { readonly state: ConversionState; readonly lastMovedOn: CalendarDate | null },
  request: ConversionMoveRequest,
  today: CalendarDate,
): Result<ConversionStep, FieldError> {
  if (isFinalConversionState(current.state)) {
    return err(
      fieldError(
        'move',
        CONVERSION_RULES.FINAL,
        `成果转化已「${CONVERSION_STATE_LABELS[current.state]}」，不能再变更`,
      ),
    );
  }
  const transition = CONVERSION_TRANSITIONS.find(
    (candidate) => candidate.from === current.state && candidate.move === request.move,
  );
  if (transition === undefined) {
    return err(
      fieldError(
        'move',
        CONVERSION_RULES.MOVE_NOT_ALLOWED,
        `「${CONVERSION_STATE_LABELS[current.state]}」的成果不能「${CONVERSION_MOVE_LABELS[request.move]}」`,
      ),
    );
  }
  if (compareDates(request.on, today) > 0) {
    return err(fieldError('on', CONVERSION_RULES.DATE_IN_FUTURE, '日期不能晚于今天'));
  }
  if (current.lastMovedOn !== null && compareDates(request.on, current.lastMovedOn) < 0) {
    return err(
      fieldError(
        'on',
        CONVERSION_RULES.DATE_BEFORE_LAST,
        `日期不能早于上一步的日期 ${current.lastMovedOn}`,
      ),
    );
  }
  const note = request.note.trim();
  if (request.move === 'ABANDON' && note === '') {
    return err(fieldError('note', CONVERSION_RULES.REASON_REQUIRED, '终止转化须填写理由'));
  }
  let returnsFen: Fen | null = null;
  if (request.move === 'SECURE_RETURNS') {
    const amount = request.returnsFen === null ? null : fen(request.returnsFen, 'returnsFen');
    if (amount === null || !amount.ok || amount.value <= 0) {
      return err(
        fieldError(
          'returnsFen',
          CONVERSION_RULES.RETURNS_REQUIRED,
          '确认收益须填写大于 0 的收益金额',
        ),
      );
    }
    returnsFen = amount.value;
  } else if (request.returnsFen !== null) {
    return err(
      fieldError('returnsFen', CONVERSION_RULES.RETURNS_NOT_ALLOWED, '只有确认收益时填写收益金额'),
    );
  }
  return ok({
    move: request.move,
    from: transition.from,
    to: transition.to,
    on: request.on,
    note,
    returnsFen,
  });
}
