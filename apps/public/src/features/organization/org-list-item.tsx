import { Link } from '../../app/router';
import type { OrgKind } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { organizationHref } from './routes';

export interface OrgListItemProps {
  id: string;
  name: string;
  kind: OrgKind;
  childCount?: number;
  dissolved?: boolean;
  /** A second line, e.g. where a search result sits in the hierarchy. */
  detail?: string;
  onNavigate?: () => void;
}

/** One tappable row: name, kind, and how many organisations are below it. */
export function OrgListItem({
  id,
  name,
  kind,
  childCount,
  dissolved,
  detail,
  onNavigate,
}: OrgListItemProps) {
  const { t, orgKindLabel } = useI18n();
  return (
    <li>
      <Link href={organizationHref(id)} className="org-item" onClick={onNavigate}>
        <span className="org-item-main">
          <span className="org-item-name">{name}</span>
          <span className="org-item-meta">
            <span className="kind-badge">{orgKindLabel(kind)}</span>
            {dissolved ? <span className="kind-badge muted">{t('org.dissolved')}</span> : null}
            {childCount !== undefined && childCount > 0 ? (
              <span>{t('org.childCountShort', { count: childCount })}</span>
            ) : null}
          </span>
          {detail ? <span className="org-item-detail">{detail}</span> : null}
        </span>
        <span className="chevron" aria-hidden>
          ›
        </span>
      </Link>
    </li>
  );
}
