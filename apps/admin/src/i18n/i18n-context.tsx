import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { EmployerOwnership, OrgKind } from '../graphql';
import {
  catalogues,
  formatCalendarDate,
  formatCount,
  formatDateTime,
  type LabelGroup,
  type Locale,
  labelOf,
  type MessageKey,
  type MessageParams,
  resolveLocale,
  translate,
} from './catalogue';

const storageKey = 'gonghui.admin.locale';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  orgKindLabel: (kind: OrgKind | null | undefined) => string;
  ownershipLabel: (ownership: EmployerOwnership | null | undefined) => string;
  /** The label of an enum value (a role, a permission, an audit action …), or its code. */
  label: (group: LabelGroup, value: string | null | undefined) => string;
  formatDate: (value: string | null | undefined) => string;
  formatDateTime: (value: string | null | undefined, withSeconds?: boolean) => string;
  formatCount: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function initialLocale(): Locale {
  return resolveLocale(readStoredLocale(), navigator.languages ?? [navigator.language]);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[locale];
    const empty = catalogue.messages['common.empty'];
    return {
      locale,
      setLocale,
      t: (key, params) => translate(catalogue, key, params),
      orgKindLabel: (kind) => labelOf(catalogue.orgKinds, kind, empty),
      ownershipLabel: (ownership) => labelOf(catalogue.ownerships, ownership, empty),
      label: (group, value) => labelOf(catalogue[group], value, empty),
      formatDate: (value) => formatCalendarDate(value, locale),
      formatDateTime: (value, withSeconds) => formatDateTime(value, undefined, withSeconds),
      formatCount: (count) => formatCount(count, locale),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
