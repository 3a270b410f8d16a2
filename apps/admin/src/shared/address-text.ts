/**
 * A text filter read from the address (or typed into a filter form): control characters become
 * spaces (the API refuses them; an address is not a place to send them from), then trimmed and
 * cut to `max` characters. Empty is null.
 */
export function textOrNull(value: string | null | undefined, max: number): string | null {
  const text = Array.from((value ?? '').replace(/\p{Cc}/gu, ' ').trim())
    .slice(0, max)
    .join('')
    .trim();
  return text === '' ? null : text;
}
