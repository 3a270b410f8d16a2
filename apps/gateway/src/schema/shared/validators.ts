import {
  type FieldError,
  parseAdministrativeDivisionCode,
  parseUnifiedSocialCreditCode,
  type Result,
} from '@gonghui/domain';
import { z } from 'zod';

/**
 * Adapts a domain validator to a standard schema for the Pothos validation plugin. The
 * rule itself lives in @gonghui/domain; this only carries its verdict. The issue message
 * is `RULE|中文说明`, split again by builder.ts into a ValidationError.
 */
export function domainRule<T>(
  validate: (input: string, field: string) => Result<T, FieldError>,
  field: string,
) {
  return z.string().superRefine((input, ctx) => {
    const result = validate(input, field);
    if (!result.ok)
      ctx.addIssue({ code: 'custom', message: `${result.error.rule}|${result.error.message}` });
  });
}

export const regionCodeRule = (field: string) => domainRule(parseAdministrativeDivisionCode, field);
export const creditCodeRule = (field: string) => domainRule(parseUnifiedSocialCreditCode, field);

/** Free-text search: at most 100 characters and no control characters (PostgreSQL refuses NUL). */
export const searchTextRule = z
  .string()
  .max(100, 'SEARCH_TOO_LONG|搜索词最多 100 个字')
  .refine(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
    (text) => !/[\u0000-\u001f\u007f]/.test(text),
    'SEARCH_INVALID_CHARACTER|搜索词含有无效字符',
  );
