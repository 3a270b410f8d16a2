/**
 * A validation failure tied to one input field (字段校验错误).
 *
 * - `field`: the name of the field as the caller knows it (e.g. 'idNumber'), so the UI can
 *   highlight the right input.
 * - `rule`: a stable machine code (e.g. 'ID_NUMBER_CHECKSUM'); clients may switch on it.
 * - `message`: plain Chinese for staff (e.g. '身份证号校验码错误，应为 X'); wording may change.
 */
export type FieldError = {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
};

/** Builds a {@link FieldError}. */
export function fieldError(field: string, rule: string, message: string): FieldError {
  return { field, rule, message };
}
