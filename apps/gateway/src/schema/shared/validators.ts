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
