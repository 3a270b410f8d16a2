import { persistedExchange } from '@urql/exchange-persisted';

/**
 * The sha256 (hex) of a document's text, by Web Crypto: browsers in a secure context (https,
 * localhost) and Node ≥ 20 (the server render). Elsewhere '' (the exchange then sends the full
 * document, as before).
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return '';
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Queries go by hash (docs/architecture.md, "Persisted documents"): a GET carrying only the
 * sha256 of the text urql would send, which the gateway finds in this app's build-time manifest
 * (persisted-documents.json, `node scripts/persisted-documents.mjs`). A hash the gateway does not
 * know (PersistedQueryNotFound) is sent again with the full text. Mutations stay POSTs with
 * their text. Put it last before `fetchExchange`, after the cache and the server-render replay.
 */
export const persistedDocumentsExchange = persistedExchange({
  generateHash: (text) => sha256Hex(text),
  preferGetForPersistedQueries: 'within-url-limit',
});
