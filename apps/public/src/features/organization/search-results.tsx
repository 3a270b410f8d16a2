import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { LoadingRows, TransportError } from './feedback';
import { OrgListItem } from './org-list-item';
import { SearchQuery } from './queries';
import { pathLabel } from './search-term';

/** Organisations whose name contains the term, each with its place in the hierarchy. */
export function SearchResults({ term, onNavigate }: { term: string; onNavigate: () => void }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: SearchQuery, variables: { search: term } });
  const organizations = result.data?.organizations;

  let body: ReactNode;
  if (result.error && !organizations) {
    body = (
      <TransportError
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (!organizations || result.fetching) {
    body = <LoadingRows rows={3} />;
  } else if (organizations.__typename !== 'QueryOrganizationsSuccess') {
    body = <p className="empty">{organizations.message}</p>;
  } else if (organizations.data.edges.length === 0) {
    body = <p className="empty">{t('search.noMatch', { term })}</p>;
  } else {
    const { totalCount, edges } = organizations.data;
    body = (
      <>
        <p className="search-count" role="status">
          {t('search.count', { count: totalCount })}
          {totalCount > edges.length ? `，${t('search.more', { shown: edges.length })}` : null}
        </p>
        <ul className="org-list" data-testid="search-results">
          {edges.map(({ node }) => (
            <OrgListItem
              key={node.id}
              id={node.id}
              name={node.name}
              kind={node.kind}
              detail={pathLabel(node.ancestors)}
              onNavigate={onNavigate}
            />
          ))}
        </ul>
      </>
    );
  }

  return (
    <section className="card" aria-label={t('search.label')}>
      {body}
    </section>
  );
}
