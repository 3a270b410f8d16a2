import { useMemo } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { OrganizationBrowser } from '../features/organization/organization-browser';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { Link } from './router';
import { createUrqlClient } from './urql-client';

function SiteHeader() {
  const { t, locale, setLocale } = useI18n();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden>
            工
          </span>
          <span className="brand-name">{t('site.name')}</span>
        </Link>
        <button
          type="button"
          className="lang-switch"
          aria-label={t('site.switchLanguageLabel')}
          onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        >
          {t('site.switchLanguage')}
        </button>
      </div>
    </header>
  );
}

function Shell() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="site-main">
        <OrganizationBrowser />
      </main>
      <footer className="site-footer">{t('site.footer')}</footer>
    </>
  );
}

export function App() {
  const client = useMemo(() => createUrqlClient(), []);
  return (
    <I18nProvider>
      <UrqlProvider value={client}>
        <Shell />
      </UrqlProvider>
    </I18nProvider>
  );
}
