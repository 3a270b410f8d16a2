import type { MessageKey } from '../i18n/catalogue';

export interface LoginFailure {
  reason: string;
  /** When another attempt may succeed (locked account, rate limit). */
  retryAt: string | null;
  /** The gateway's own Chinese message: shown for a reason this build does not know. */
  message: string;
}

export type LoginFailureText =
  | { key: MessageKey; params?: Record<string, string> }
  | { text: string };

/**
 * The time to write in "请于 21:46 后再试": rounded up to the minute, so that trying at the time
 * shown always works; with the date when it is not today. `timeZone` is for tests; the console
 * uses the browser's own.
 */
export function formatRetryTime(
  retryAt: string,
  now: Date,
  locale: 'zh-CN' | 'en',
  timeZone?: string,
): string | null {
  const instant = new Date(retryAt);
  if (Number.isNaN(instant.getTime())) return null;
  const minute = 60_000;
  const rounded = new Date(Math.ceil(instant.getTime() / minute) * minute);
  const tag = locale === 'en' ? 'en-GB' : 'zh-CN';
  const day = (date: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(date);
  const clock = new Intl.DateTimeFormat(tag, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(rounded);
  if (day(rounded) === day(now)) return clock;
  const date = new Intl.DateTimeFormat(tag, { timeZone, month: 'short', day: 'numeric' }).format(
    rounded,
  );
  return `${date} ${clock}`;
}

/** What the login page says for each refusal. */
export function loginFailureText(
  failure: LoginFailure,
  now: Date,
  locale: 'zh-CN' | 'en',
  timeZone?: string,
): LoginFailureText {
  const time = failure.retryAt ? formatRetryTime(failure.retryAt, now, locale, timeZone) : null;
  switch (failure.reason) {
    case 'INVALID_CREDENTIALS':
      return { key: 'login.invalidCredentials' };
    case 'ACCOUNT_LOCKED':
      return time ? { key: 'login.locked', params: { time } } : { key: 'login.lockedNoTime' };
    case 'RATE_LIMITED':
      return time
        ? { key: 'login.rateLimited', params: { time } }
        : { key: 'login.rateLimitedNoTime' };
    default:
      return { text: failure.message };
  }
}
