import { Alert, type FormInstance } from 'antd';
import { useState } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n-context';
import { problemOfAnswer, type TypedAnswer } from './answer-problem';

/**
 * What a mutation form does with the gateway's answer: a `ValidationError` goes under the
 * fields it names, everything else it cannot place (a typed error's message, a network
 * failure) above the form, in one message.
 */
export interface FormAnswer {
  /** The message above the form, or null. */
  readonly general: string | null;
  /** Clears the message: before each submission and when the form closes. */
  clear(): void;
  /** A problem the screen found itself, shown above the form. */
  show(message: string): void;
  /**
   * True when the answer is the `success` type; otherwise shows why not and returns false.
   * `error` is the request's transport error, shown when there is no answer at all.
   */
  succeeded<A extends TypedAnswer, S extends string>(
    error: CombinedError | undefined,
    answer: A | null | undefined,
    success: S,
  ): answer is Extract<A, { __typename?: S }>;
}

/** `fieldPatterns`: the form's fields, as `applyValidationError` takes them. */
export function useFormAnswer<Values>(
  form: FormInstance<Values>,
  fieldPatterns: readonly string[],
): FormAnswer {
  const { t } = useI18n();
  const [general, setGeneral] = useState<string | null>(null);
  return {
    general,
    clear: () => setGeneral(null),
    show: setGeneral,
    succeeded<A extends TypedAnswer, S extends string>(
      error: CombinedError | undefined,
      answer: A | null | undefined,
      success: S,
    ): answer is Extract<A, { __typename?: S }> {
      const problem = problemOfAnswer(form, fieldPatterns, error, answer, success);
      if (problem === null) return true;
      setGeneral(typeof problem === 'string' ? problem || null : t(problem.key));
      return false;
    },
  };
}

/** The message above a form that no field can show. */
export function FormProblem({
  message,
  marginBottom = 16,
}: {
  message: string | null;
  marginBottom?: number;
}) {
  return message ? <Alert type="error" showIcon title={message} style={{ marginBottom }} /> : null;
}
