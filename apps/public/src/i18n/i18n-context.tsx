import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { OrgKind } from '../graphql';
import {
  catalogues,
  formatCalendarDate,
  type Locale,
  labelOf,
  type MessageKey,
  type MessageParams,
  resolveLocale,
  translate,
} from './catalogue';

const storageKey = 'gonghui.public.locale';
/**
 * The same choice as a cookie, so the server renders a page (the honor roll, entry-server.tsx)
 * in the reader's language; localStorage stays what the browser goes by.
 */
export const localeCookieName = storageKey;

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  orgKindLabel: (kind: OrgKind | null | undefined) => string;
  formatDate: (value: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** The reader's choice (this browser's storage, else the cookie), else the browser's languages. */
function preferredLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(storageKey);
  } catch {
    stored = null;
  }
  stored ??=
    document.cookie
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${localeCookieName}=`))
      ?.slice(localeCookieName.length + 1) ?? null;
  return resolveLocale(stored, navigator.languages ?? [navigator.language]);
}

/**
 * `serverLocale`: the language a server-rendered page was drawn in (on the server, and in the
 * browser while hydrating it, which must draw the same first); the reader's own choice follows
 * right after when it differs. Without it (a page drawn in the browser) the choice is read first.
 */
export function I18nProvider({
  children,
  serverLocale,
}: {
  children: ReactNode;
  serverLocale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => serverLocale ?? preferredLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    document.documentElement.lang = next;
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by the server render
    document.cookie = `${localeCookieName}=${next}; path=/; max-age=31536000; samesite=lax`;
  }, []);
  useEffect(() => {
    if (serverLocale === undefined) return;
    const preferred = preferredLocale();
    if (preferred !== serverLocale) setLocale(preferred);
  }, [serverLocale, setLocale]);

  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[locale];
    return {
      locale,
      setLocale,
      t: (key, params) => translate(catalogue, key, params),
      orgKindLabel: (kind) => labelOf(catalogue.orgKinds, kind, catalogue.messages['common.empty']),
      formatDate: (value) => formatCalendarDate(value, locale),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
