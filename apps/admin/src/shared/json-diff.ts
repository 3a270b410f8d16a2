/**
 * The before/after snapshots of an audit entry, field by field: nested objects are flattened
 * to dotted paths; arrays and other values are compared whole.
 */
export type DiffKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffRow {
  /** Dotted path of the field; '' when a snapshot is a single value. */
  path: string;
  kind: DiffKind;
  before?: unknown;
  after?: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix !== '') into.set(prefix, value);
    for (const key of keys) flatten(value[key], prefix === '' ? key : `${prefix}.${key}`, into);
    return;
  }
  into.set(prefix, value);
}

function flattened(value: unknown): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (value === null || value === undefined) return fields;
  flatten(value, '', fields);
  return fields;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every field of either snapshot, in the order first seen (before's fields first). */
export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const old = flattened(before);
  const next = flattened(after);
  const paths = [...old.keys(), ...[...next.keys()].filter((path) => !old.has(path))];
  return paths.map((path): DiffRow => {
    const hadBefore = old.has(path);
    const hasAfter = next.has(path);
    if (hadBefore && !hasAfter) return { path, kind: 'removed', before: old.get(path) };
    if (!hadBefore && hasAfter) return { path, kind: 'added', after: next.get(path) };
    const was = old.get(path);
    const is = next.get(path);
    return { path, kind: sameValue(was, is) ? 'unchanged' : 'changed', before: was, after: is };
  });
}

/** A snapshot value for a table cell: text as it is, anything else as JSON. */
export function formatJsonValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
