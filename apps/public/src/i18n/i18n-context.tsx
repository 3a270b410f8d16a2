import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
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

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  orgKindLabel: (kind: OrgKind | null | undefined) => string;
  formatDate: (value: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(storageKey);
  } catch {
    stored = null;
  }
  return resolveLocale(stored, navigator.languages ?? [navigator.language]);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    document.documentElement.lang = next;
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

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
