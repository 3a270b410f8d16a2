import type { MessageKey } from '../../i18n/catalogue';

/** 查看原因: 5–200 characters after trimming, as the gateway requires (checkRevealReason). */
export const revealReasonLength = { min: 5, max: 200 } as const;

/** What is wrong with a reason, as a message key, or null when the gateway will accept it. */
export function revealReasonProblem(text: string | null | undefined): MessageKey | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return 'member.reasonEmpty';
  const length = Array.from(trimmed).length;
  if (length < revealReasonLength.min) return 'member.reasonTooShort';
  if (length > revealReasonLength.max) return 'member.reasonTooLong';
  return null;
}
