import type { SSRData } from 'urql';
import type { Locale } from '../i18n/catalogue';

/**
 * What a server-rendered page (entry-server.tsx) sends beside its markup, for the browser to
 * hydrate from: the language it was drawn in and the API answers it was drawn with.
 */
export interface ServerRenderedState {
  locale: Locale;
  data: SSRData;
}

/** The id of the `<script type="application/json">` element holding the state. */
export const serverStateElementId = 'gonghui-ssr';

/**
 * JSON safe inside a `<script>` element: `<`, `>`, `&` and the two line separators JavaScript
 * once refused are written as escapes, so no text from the API (a name) can close the element.
 */
export function serializeServerState(state: ServerRenderedState): string {
  return JSON.stringify(state).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The state of a server-rendered page, or null for a page the browser draws itself. */
export function readServerState(document: Document): ServerRenderedState | null {
  const element = document.getElementById(serverStateElementId);
  if (!element?.textContent) return null;
  try {
    const state = JSON.parse(element.textContent) as Partial<ServerRenderedState>;
    if ((state.locale !== 'zh-CN' && state.locale !== 'en') || typeof state.data !== 'object') {
      return null;
    }
    return { locale: state.locale, data: state.data ?? {} };
  } catch {
    return null;
  }
}
