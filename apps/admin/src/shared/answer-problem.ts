import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';
import type { MessageKey } from '../i18n/catalogue';
import { noAnswerMessageKey } from './api-errors';
import { applyValidationError } from './apply-form-errors';
import type { ValidationErrorLike } from './form-errors';

/** A mutation's answer as the documents ask for it: a result type or one of the typed errors. */
export interface TypedAnswer {
  readonly __typename?: string;
}

/**
 * What is wrong with a mutation's answer: null when it is the `success` type; otherwise the
 * text for above the form (a message, or a catalogue key when there is no answer), or ''
 * when every problem was placed under its field.
 */
export function problemOfAnswer<Values>(
  form: Pick<FormInstance<Values>, 'setFields'>,
  fieldPatterns: readonly string[],
  error: CombinedError | undefined,
  answer: TypedAnswer | null | undefined,
  success: string,
): string | { key: MessageKey } | null {
  if (!answer) return { key: noAnswerMessageKey(error) };
  if (answer.__typename === success) return null;
  if (answer.__typename === 'ValidationError') {
    return applyValidationError(
      form as FormInstance<Values>,
      answer as unknown as ValidationErrorLike,
      fieldPatterns,
    ).join('；');
  }
  return refusalMessage(answer) ?? { key: noAnswerMessageKey(error) };
}

/**
 * A typed error's text: the reasons of a `RuleViolationError` (each rule that refused), else
 * its message.
 */
function refusalMessage(answer: TypedAnswer): string | null {
  const { message, reasons } = answer as {
    message?: unknown;
    reasons?: readonly { message: string }[];
  };
  const because = reasons?.map((reason) => reason.message).join('；');
  if (because) return because;
  return typeof message === 'string' ? message : null;
}
