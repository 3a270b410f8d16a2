import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { LoadingRows, TransportError } from './feedback';
import { firstPageOnly, type PageCursors, remaining, withNextPage } from './load-more';
import { OrgListItem } from './org-list-item';
import { ChildrenPageQuery } from './queries';

export const childrenPageSize = 10;

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** 下级组织: the first page, then one more page per tap on 加载更多. */
export function ChildrenList({ parentId, childCount }: { parentId: string; childCount: number }) {
  const { t } = useI18n();
  const [pages, setPages] = useState<PageCursors>(firstPageOnly);

  return (
    <section className="card" aria-labelledby="children-heading">
      <h2 id="children-heading" className="section-title">
        {t('org.childrenTitle')}
        <span className="section-count">{t('org.childCount', { count: childCount })}</span>
      </h2>
      {childCount === 0 ? (
        <p className="empty">{t('org.noChildren')}</p>
      ) : (
        <ul className="org-list" data-testid="children-list">
          {pages.map((after, index) => (
            <ChildrenPage
              key={after ?? 'first'}
              parentId={parentId}
              after={after}
              shownBefore={index * childrenPageSize}
              isLast={index === pages.length - 1}
              onLoadMore={(pageInfo) => setPages((current) => withNextPage(current, pageInfo))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ChildrenPage({
  parentId,
  after,
  shownBefore,
  isLast,
  onLoadMore,
}: {
  parentId: string;
  after: string | null;
  shownBefore: number;
  isLast: boolean;
  onLoadMore: (pageInfo: PageInfo) => void;
}) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({
    query: ChildrenPageQuery,
    variables: { id: parentId, first: childrenPageSize, after },
  });

  if (result.error) {
    return (
      <li>
        <TransportError
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  }
  const organization = result.data?.organization;
  if (!organization) {
    return (
      <li>
        <LoadingRows rows={after === null ? 4 : 2} />
      </li>
    );
  }
  if (organization.__typename !== 'Organization') {
    return <li className="empty">{organization.message}</li>;
  }

  const { edges, pageInfo, totalCount } = organization.children;
  const shown = shownBefore + edges.length;
  return (
    <>
      {edges.map(({ node }) => (
        <OrgListItem
          key={node.id}
          id={node.id}
          name={node.name}
          kind={node.kind}
          childCount={node.childCount}
          dissolved={node.dissolvedOn !== null}
        />
      ))}
      {isLast ? (
        <li className="list-footer">
          <span className="list-progress">{t('org.shown', { shown, total: totalCount })}</span>
          {pageInfo.hasNextPage && remaining(totalCount, shown) > 0 ? (
            <button type="button" className="button" onClick={() => onLoadMore(pageInfo)}>
              {t('org.loadMore')}
            </button>
          ) : null}
        </li>
      ) : null}
    </>
  );
}
