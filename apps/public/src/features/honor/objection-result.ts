/**
 * What to tell the reader after `submitObjection`: the API's typed answer turned into one of a
 * few kinds. Validation messages are the gateway's Chinese words; the rate limit is said politely
 * with the gateway's wait time; a notice that ended (NotFoundError, or the notice rule) is said
 * as such.
 */
export type ObjectionAnswer =
  | { __typename: 'ObjectionReceipt'; message: string; receivedOn: string; noticeEndsOn: string }
  | { __typename: 'RuleViolationError'; rule: string; code: string; message: string }
  | { __typename: 'ValidationError'; rule: string; code: string; message: string }
  | { __typename: 'NotFoundError'; code: string; message: string };

export type ObjectionOutcome =
  | { kind: 'received'; receivedOn: string; noticeEndsOn: string }
  | { kind: 'rateLimited'; detail: string }
  | { kind: 'closed'; detail: string }
  | { kind: 'invalid'; detail: string }
  | { kind: 'refused'; detail: string };

export const objectionRateLimitRule = 'OBJECTION_RATE_LIMITED';
/** The domain's rule for an objection outside the notice period. */
export const objectionOutsideNoticeRule = 'PUBLIC_NOTICE_OBJECTION_OUTSIDE';

export function objectionOutcome(answer: ObjectionAnswer): ObjectionOutcome {
  switch (answer.__typename) {
    case 'ObjectionReceipt':
      return {
        kind: 'received',
        receivedOn: answer.receivedOn,
        noticeEndsOn: answer.noticeEndsOn,
      };
    case 'RuleViolationError':
      if (answer.rule === objectionRateLimitRule) {
        return { kind: 'rateLimited', detail: answer.message };
      }
      return answer.rule === objectionOutsideNoticeRule
        ? { kind: 'closed', detail: answer.message }
        : { kind: 'refused', detail: answer.message };
    case 'ValidationError':
      return answer.rule === objectionOutsideNoticeRule
        ? { kind: 'closed', detail: answer.message }
        : { kind: 'invalid', detail: answer.message };
    case 'NotFoundError':
      return { kind: 'closed', detail: answer.message };
  }
}
