import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { type Client, Provider as UrqlProvider } from 'urql';
import { competitionsPath, parseCompetitionRoute } from '../features/competition/routes';
import {
  certificatesPath,
  honorRollPath,
  honorStatsPath,
  noticesPath,
  parseHonorRoute,
  verifyPath,
} from '../features/honor/routes';
import {
  innovationResultsPath,
  parseInnovationRoute,
  studiosPath,
} from '../features/innovation/routes';
import { LoadingRows } from '../features/organization/feedback';
import { OrganizationBrowser } from '../features/organization/organization-browser';
import { isServiceRoute, servicePositionsPath } from '../features/service/routes';
import type { Locale, MessageKey } from '../i18n/catalogue';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { Link, type ServerLocation, ServerLocationContext, usePathname } from './router';
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

// The honor pages are their own chunk: the organisation pages do not load them, and they do
// not load each other's libraries (there are none: plain React, urql and CSS).
const HonorPages = lazy(() => import('../features/honor/honor-pages'));
// The innovation pages (职工创新) are a chunk of their own, with their own text.
const InnovationPages = lazy(() => import('../features/innovation/innovation-pages'));
// The station finder (服务阵地) is a chunk of its own too, with its map and its text.
const ServiceFinder = lazy(() => import('../features/service/finder-page'));
// The competitions pages (劳动和技能竞赛): results and leaderboards, a chunk of their own.
const CompetitionPages = lazy(() => import('../features/competition/competition-pages'));

const sections: { href: string; label: MessageKey; current: (path: string) => boolean }[] = [
  {
    href: '/',
    label: 'nav.organizations',
    current: (path) => path === '/' || path.startsWith('/organizations'),
  },
  {
    href: honorRollPath,
    label: 'nav.honors',
    current: (path) => path === honorRollPath || path.startsWith(`${honorRollPath}/`),
  },
  { href: honorStatsPath, label: 'nav.stats', current: (path) => path.startsWith(honorStatsPath) },
  { href: noticesPath, label: 'nav.notices', current: (path) => path.startsWith(noticesPath) },
  {
    href: studiosPath,
    label: 'nav.innovation',
    current: (path) => path.startsWith(studiosPath) || path.startsWith(innovationResultsPath),
  },
  {
    href: verifyPath,
    label: 'nav.verify',
    current: (path) => path.startsWith(verifyPath) || path.startsWith(certificatesPath),
  },
  {
    href: servicePositionsPath,
    label: 'nav.service',
    current: (path) => isServiceRoute(path),
  },
  {
    href: competitionsPath,
    label: 'nav.competitions',
    current: (path) => parseCompetitionRoute(path) !== null,
  },
];

/** The site's sections, under the header on every page (a scrollable strip on a phone). */
function SiteNav({ pathname }: { pathname: string }) {
  const { t } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  // On a phone the strip scrolls sideways: keep the current section in view.
  const currentHref = sections.find((section) => section.current(pathname))?.href;
  useEffect(() => {
    if (!currentHref) return;
    list.current
      ?.querySelector(`a[href="${currentHref}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [currentHref]);
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul ref={list}>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={section.current(pathname) ? 'page' : undefined}>
              {t(section.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Shell() {
  const { t } = useI18n();
  const pathname = usePathname();
  const honorPage = parseHonorRoute(pathname) !== null;
  const innovationPage = parseInnovationRoute(pathname) !== null;
  const servicePage = isServiceRoute(pathname);
  const competitionPage = parseCompetitionRoute(pathname) !== null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <SiteHeader />
      <SiteNav pathname={pathname} />
      <main id="main" className="site-main">
        {competitionPage ? (
          <Suspense
            fallback={
              <div className="card">
                <LoadingRows rows={4} />
              </div>
            }
          >
            <CompetitionPages />
          </Suspense>
        ) : servicePage ? (
          <Suspense
            fallback={
              <div className="card">
                <LoadingRows rows={4} />
              </div>
            }
          >
            <ServiceFinder />
          </Suspense>
        ) : innovationPage ? (
          <Suspense
            fallback={
              <div className="card">
                <LoadingRows rows={4} />
              </div>
            }
          >
            <InnovationPages />
          </Suspense>
        ) : honorPage ? (
          <Suspense
            fallback={
              <div className="card">
                <LoadingRows rows={4} />
              </div>
            }
          >
            <HonorPages />
          </Suspense>
        ) : (
          <OrganizationBrowser />
        )}
      </main>
      <footer className="site-footer">{t('site.footer')}</footer>
    </>
  );
}

/**
 * The site. A server render (entry-server.tsx) passes its client (holding the answers it
 * fetched), the address and the language; the browser passes the same client and language when
 * it hydrates such a page (main.tsx), and nothing when it draws a page itself.
 */
export function App({
  client: given,
  serverLocale,
  location = null,
}: {
  client?: Client;
  serverLocale?: Locale;
  location?: ServerLocation | null;
}) {
  const client = useMemo(() => given ?? createUrqlClient().client, [given]);
  return (
    <ServerLocationContext.Provider value={location}>
      <I18nProvider serverLocale={serverLocale}>
        <UrqlProvider value={client}>
          <Shell />
        </UrqlProvider>
      </I18nProvider>
    </ServerLocationContext.Provider>
  );
}
