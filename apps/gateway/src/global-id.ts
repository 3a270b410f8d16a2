import { ValidationError } from './errors.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Global ids are base64url("Type:uuid"): opaque to clients, stable across releases. */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id, refusing anything that is not one of ours with a typed error. */
export function decodeGlobalId(globalId: string, field = 'id'): { typename: string; id: string } {
  const decoded = /^[A-Za-z0-9_-]{1,200}={0,2}$/.test(globalId)
    ? Buffer.from(globalId, 'base64url').toString('utf8')
    : '';
  const colon = decoded.indexOf(':');
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 1 || !/^[A-Z][A-Za-z]+$/.test(typename) || !uuidPattern.test(id)) {
    throw ValidationError.of(field, 'GLOBAL_ID_MALFORMED', `“${field}” 不是有效的 ID`);
  }
  return { typename, id };
}

/** Decodes a global id that must name a `typename` record; returns the database id. */
export function parseGlobalIdOf(typename: string, globalId: string, field = 'id'): string {
  const decoded = decodeGlobalId(globalId, field);
  if (decoded.typename !== typename) {
    throw ValidationError.of(field, 'GLOBAL_ID_WRONG_TYPE', `“${field}” 不是${typename}的 ID`);
  }
  return decoded.id;
}

/**
 * Connection cursors of uuid-keyed lists are Pothos's base64 `GPC:S:<uuid>`. A cursor that
 * decodes to something else would reach the database as an invalid uuid; refuse it here
 * with a typed error naming the argument.
 */
export function checkUuidCursors(args: { after?: string | null; before?: string | null }) {
  for (const field of ['after', 'before'] as const) {
    const cursor = args[field];
    if (!cursor) continue;
    const decoded = Buffer.from(cursor, 'base64').toString('utf8');
    if (decoded.startsWith('GPC:S:') && !uuidPattern.test(decoded.slice(6))) {
      throw ValidationError.of(field, 'CURSOR_INVALID', `“${field}” 不是有效的分页游标`);
    }
  }
}
