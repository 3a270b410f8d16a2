import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';

export interface HeadlineFigure {
  key: string;
  label: string;
  value: number;
  display: string;
}

/** The site's own words for the API's headline keys (the API's Chinese label otherwise). */
const labelKeys: Record<string, MessageKey> = {
  'member.members': 'headline.members',
  'organization.grassrootsUnions': 'headline.grassrootsUnions',
  'honor.honorees': 'headline.honorees',
  'innovation.studios': 'headline.studios',
  'service.positions': 'headline.positions',
};

/**
 * 数据概览: the API's headline figures of a subtree (members, grassroots unions, honorees,
 * studios, service positions), as reports word them (15.6万人).
 */
export function HeadlineFigures({
  figures,
  scopeName,
}: {
  figures: readonly HeadlineFigure[];
  scopeName: string;
}) {
  const { t, locale } = useI18n();
  if (figures.length === 0) return null;
  return (
    <section className="card headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="section-title">
        {t('headline.title', { name: scopeName })}
      </h2>
      <dl className="headline-figures" data-testid="headline-figures">
        {figures.map((figure) => {
          const key = labelKeys[figure.key];
          return (
            <div key={figure.key} data-testid={`headline-${figure.key}`}>
              <dt>{key ? t(key) : figure.label}</dt>
              <dd className="numeric">
                {locale === 'en' ? figure.value.toLocaleString('en') : figure.display}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
