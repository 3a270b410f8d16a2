import { type ReactNode, useState } from 'react';
import { Link, usePathname } from '../../app/router';
import { useI18n } from '../../i18n/i18n-context';
import { OrganizationView } from './organization-view';
import { RootsView } from './roots-view';
import { parseRoute } from './routes';
import { SearchResults } from './search-results';
import { maxSearchLength, searchTerm } from './search-term';
import { useDebouncedValue } from './use-debounced-value';

/** 工会组织: search on top; below it the search results, or the page the URL names. */
export function OrganizationBrowser() {
  const { t } = useI18n();
  const route = parseRoute(usePathname());
  const [input, setInput] = useState('');
  const term = searchTerm(useDebouncedValue(input, 250));
  const searching = searchTerm(input) !== null;

  let page: ReactNode;
  if (route.name === 'roots') page = <RootsView />;
  else if (route.name === 'organization') page = <OrganizationView key={route.id} id={route.id} />;
  else
    page = (
      <div className="error-box" role="alert">
        <p className="error-title">{t('error.pageNotFound')}</p>
        <Link href="/" className="button">
          {t('error.backToStart')}
        </Link>
      </div>
    );

  return (
    <>
      <div className="intro">
        <h1 className="page-title">{t('page.title')}</h1>
        <p className="page-intro">{t('page.intro')}</p>
      </div>
      <search>
        <form className="search" onSubmit={(event) => event.preventDefault()}>
          <label className="visually-hidden" htmlFor="org-search">
            {t('search.label')}
          </label>
          <span className="search-icon">
            <svg viewBox="0 0 24 24" width="18" height="18" focusable="false" aria-hidden="true">
              <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="m20 20-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </span>
          <input
            id="org-search"
            type="search"
            enterKeyHint="search"
            autoComplete="off"
            maxLength={maxSearchLength}
            placeholder={t('search.placeholder')}
            value={input}
            onChange={(event) => setInput(event.target.value)}
          />
          {input ? (
            <button type="button" className="search-clear" onClick={() => setInput('')}>
              {t('search.clear')}
            </button>
          ) : null}
        </form>
      </search>
      {searching ? (
        term ? (
          <SearchResults term={term} onNavigate={() => setInput('')} />
        ) : null
      ) : (
        page
      )}
    </>
  );
}
