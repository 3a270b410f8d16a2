import { type ReactNode, useEffect } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { LoadingRows, TransportError } from './feedback';
import { HeadlineFigures } from './headline-figures';
import { OrgListItem } from './org-list-item';
import { RootsQuery } from './queries';

/** The start: the organisations at the top of the hierarchy (中华全国总工会). */
export function RootsView() {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: RootsQuery });

  useEffect(() => {
    document.title = `${t('page.title')} · ${t('site.name')}`;
  }, [t]);

  const organizations = result.data?.organizations;
  let body: ReactNode;
  if (result.error && !organizations) {
    body = (
      <TransportError
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (!organizations) {
    body = <LoadingRows rows={2} />;
  } else if (organizations.__typename !== 'QueryOrganizationsSuccess') {
    body = <p className="empty">{organizations.message}</p>;
  } else {
    body = (
      <ul className="org-list">
        {organizations.data.edges.map(({ node }) => (
          <OrgListItem
            key={node.id}
            id={node.id}
            name={node.name}
            kind={node.kind}
            childCount={node.childCount}
          />
        ))}
      </ul>
    );
  }

  // The platform's figures: those of its (first) root, the ACFTU, whose subtree is everything.
  const root =
    organizations?.__typename === 'QueryOrganizationsSuccess'
      ? organizations.data.edges[0]?.node
      : undefined;
  return (
    <>
      {root ? <HeadlineFigures figures={root.headlineFigures} scopeName={root.name} /> : null}
      <section className="card" aria-labelledby="roots-heading">
        <h2 id="roots-heading" className="section-title">
          {t('roots.title')}
        </h2>
        {body}
      </section>
    </>
  );
}
