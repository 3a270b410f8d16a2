import type { FormInstance } from 'antd';
import { formErrorsOf, type ValidationErrorLike } from './form-errors';

/**
 * Shows a ValidationError on the form: each message under the field it names (patterns as in
 * `formErrorsOf`), and returns the messages no field can show, for an alert above the form.
 */
export function applyValidationError<Values>(
  form: FormInstance<Values>,
  error: ValidationErrorLike,
  fieldPatterns: readonly string[],
): string[] {
  const { fields, general } = formErrorsOf(error, fieldPatterns);
  // The paths come from the server, so they are not typed by the form's values.
  form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
  return general;
}
