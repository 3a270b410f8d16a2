/**
 * The gateway's `ValidationError` names the input it refuses with a dotted path:
 * `input.password`, `input.roles.0.role`, `newPassword`, `reason`. These helpers turn such paths
 * into antd `Form` name paths (`['roles', 0, 'role']`), so each message is shown under the field
 * it is about, and collect the messages no field on the form can show.
 */

/** An antd form name path. */
export type FieldNamePath = (string | number)[];

export interface FieldIssue {
  field: string;
  message: string;
}

/** A `ValidationError` as the documents ask for it: the first issue, and all of them. */
export interface ValidationErrorLike {
  field: string;
  message: string;
  issues?: readonly FieldIssue[] | null;
}

/** Argument wrappers the gateway puts in front of a form's own field names. */
export const defaultWrappers: readonly string[] = ['input', 'filter'];

/**
 * `input.roles.0.role` → `['roles', 0, 'role']`: the wrapper argument dropped, list indexes as
 * numbers. A path that is only the wrapper (`input`) stays as it is.
 */
export function namePathOf(
  field: string,
  wrappers: readonly string[] = defaultWrappers,
): FieldNamePath {
  const segments = field.split('.').filter((segment) => segment !== '');
  const [first, ...rest] = segments;
  const inner =
    first !== undefined && wrappers.includes(first) && rest.length > 0 ? rest : segments;
  return inner.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `['roles', 0, 'role']` matches the pattern `roles.*.role` (`*` stands for a list index). */
export function matchesFieldPattern(path: FieldNamePath, pattern: string): boolean {
  const parts = pattern.split('.');
  if (parts.length !== path.length) return false;
  return parts.every((part, index) => {
    const segment = path[index];
    return part === '*' ? typeof segment === 'number' : part === String(segment);
  });
}

export interface FormFieldErrors {
  /** For `form.setFields`: one entry per field, every message for it. */
  fields: { name: FieldNamePath; errors: string[] }[];
  /** Messages about inputs the form has no field for: show them above the form. */
  general: string[];
}

/**
 * Sorts a ValidationError's issues between the form's fields (given as patterns such as
 * `password` or `roles.*.role`) and the rest. Messages are not repeated.
 */
export function formErrorsOf(
  error: ValidationErrorLike,
  fieldPatterns: readonly string[],
  wrappers: readonly string[] = defaultWrappers,
): FormFieldErrors {
  const issues = error.issues && error.issues.length > 0 ? error.issues : [error];
  const byField = new Map<string, { name: FieldNamePath; errors: string[] }>();
  const general: string[] = [];
  for (const issue of issues) {
    const name = namePathOf(issue.field, wrappers);
    if (fieldPatterns.some((pattern) => matchesFieldPattern(name, pattern))) {
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message);
      byField.set(key, entry);
    } else if (!general.includes(issue.message)) {
      general.push(issue.message);
    }
  }
  return { fields: [...byField.values()], general };
}
