import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n-context';
import { ChildrenList } from './children-list';
import { LoadingRows, TransportError, TypedError } from './feedback';
import { HeadlineFigures } from './headline-figures';
import { OrganizationQuery } from './queries';
import { organizationHref } from './routes';

/** One organisation: where it sits (breadcrumb), its facts, and its children. */
export function OrganizationView({ id }: { id: string }) {
  const { t, orgKindLabel, formatDate } = useI18n();
  const [result, reexecute] = useQuery({ query: OrganizationQuery, variables: { id } });
  const organization = result.data?.organization;
  const name = organization?.__typename === 'Organization' ? organization.name : null;

  useEffect(() => {
    document.title = [name, t('page.title'), t('site.name')].filter(Boolean).join(' · ');
  }, [name, t]);

  if (result.error && !organization) {
    return (
      <TransportError
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!organization) {
    return (
      <div className="card">
        <LoadingRows rows={5} />
      </div>
    );
  }
  if (organization.__typename !== 'Organization') {
    return <TypedError typename={organization.__typename} message={organization.message} />;
  }

  return (
    <>
      <nav className="breadcrumb" aria-label={t('org.breadcrumb')}>
        <ol>
          <li>
            <Link href="/">{t('org.allOrganizations')}</Link>
          </li>
          {organization.ancestors.map((ancestor) => (
            <li key={ancestor.id}>
              <Link href={organizationHref(ancestor.id)}>{ancestor.name}</Link>
            </li>
          ))}
          <li aria-current="page">{organization.name}</li>
        </ol>
      </nav>

      <article className="card org-card">
        <h1 className="org-title">{organization.name}</h1>
        <dl className="facts">
          <div>
            <dt>{t('org.field.kind')}</dt>
            <dd>{orgKindLabel(organization.kind)}</dd>
          </div>
          <div>
            <dt>{t('org.field.regionCode')}</dt>
            <dd className="numeric">{organization.regionCode}</dd>
          </div>
          <div>
            <dt>{t('org.field.foundedOn')}</dt>
            <dd>{formatDate(organization.foundedOn)}</dd>
          </div>
          {organization.dissolvedOn ? (
            <div>
              <dt>{t('org.field.dissolvedOn')}</dt>
              <dd>{formatDate(organization.dissolvedOn)}</dd>
            </div>
          ) : (
            <div>
              <dt>{t('org.field.childCount')}</dt>
              <dd>{t('org.childCount', { count: organization.childCount })}</dd>
            </div>
          )}
        </dl>
      </article>

      <HeadlineFigures figures={organization.headlineFigures} scopeName={organization.name} />

      <ChildrenList
        key={organization.id}
        parentId={organization.id}
        childCount={organization.childCount}
      />
    </>
  );
}
