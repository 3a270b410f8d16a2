/**
 * The gateway's Relay global ids are base64url (no padding) of `Type:uuid`. Audit entries name
 * their organisation and target by the bare uuid; this turns one back into the id that `node`,
 * `nodes` and the console's paths use.
 */
export function globalIdOf(typename: string, rawId: string): string {
  const bytes = new TextEncoder().encode(`${typename}:${rawId}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** The first characters of a long id, for a table cell: `01a1fe49…`. */
export function shortId(value: string, length = 8): string {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}
