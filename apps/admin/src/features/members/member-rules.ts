import {
  type CalendarDate,
  calendarDateInShanghai,
  nextMemberStatuses,
  parseMobilePhone,
  parseResidentIdNumber,
} from '@gonghui/domain';
import type { MemberStatus, Sex } from '../../graphql';

/**
 * The member form's checks as the person types. The rules are the domain package's own (the
 * gateway runs the same ones again and stays authoritative); this only adapts their answers to
 * the form. Messages are the domain's Chinese text, the same the API would answer with.
 */

/** Today in China, 'YYYY-MM-DD' (birth dates and join dates are China calendar days). */
export function todayInChina(now: Date = new Date()): CalendarDate {
  return calendarDateInShanghai(now);
}

export type IdNumberCheck =
  | { ok: true; idNumber: string; sex: Sex; birthDate: string }
  | { ok: false; message: string };

/** 身份证号: valid (with the sex and birth date it encodes) or the reason it is not. */
export function checkIdNumber(text: string | null | undefined, today: CalendarDate): IdNumberCheck {
  const parsed = parseResidentIdNumber(text ?? '', 'idNumber', today);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  return {
    ok: true,
    idNumber: parsed.value.idNumber,
    sex: parsed.value.sex,
    birthDate: parsed.value.birthDate,
  };
}

/** 手机号 is optional: empty passes; anything else must be a mainland mobile number. */
export function phoneProblem(text: string | null | undefined): string | null {
  if ((text ?? '').trim() === '') return null;
  const parsed = parseMobilePhone(text ?? '');
  return parsed.ok ? null : parsed.error.message;
}

/** The statuses a plain status change may lead to from `status` (transfers are separate). */
export function statusChangeTargets(status: MemberStatus): MemberStatus[] {
  return [...nextMemberStatuses(status)];
}
