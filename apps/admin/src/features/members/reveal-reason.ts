import { checkRevealReason, REVEAL_REASON_LENGTH, REVEAL_REASON_RULES } from '@gonghui/domain';
import type { MessageKey } from '../../i18n/catalogue';

/** 查看原因 length limits: the domain's rule, the same one the gateway applies. */
export const revealReasonLength = REVEAL_REASON_LENGTH;

const messageOfRule: Record<string, MessageKey> = {
  [REVEAL_REASON_RULES.EMPTY]: 'member.reasonEmpty',
  [REVEAL_REASON_RULES.TOO_SHORT]: 'member.reasonTooShort',
  [REVEAL_REASON_RULES.TOO_LONG]: 'member.reasonTooLong',
};

/**
 * What is wrong with a reason, as a message key, or null when it passes. The check is the
 * domain's `checkRevealReason` (the gateway runs it again); this only picks the UI message.
 */
export function revealReasonProblem(text: string | null | undefined): MessageKey | null {
  const result = checkRevealReason(text ?? '');
  return result.ok ? null : (messageOfRule[result.error.rule] ?? 'member.reasonEmpty');
}
