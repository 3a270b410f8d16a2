import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { LoadingRows, TransportError } from '../organization/feedback';
import { BarChart } from './bar-chart';
import { usePageMeta } from './page-meta';
import { HonorStatsQuery } from './queries';
import { regionName } from './regions';
import { emptyRollFilter, isHonorLevel, rollFilterSearch } from './roll-filter';
import { honorRollPath } from './routes';
import { PageIntro, useLevelLabel } from './ui';

function rollHref(patch: Parameters<typeof rollFilterSearch>[0]): string {
  return `${honorRollPath}${rollFilterSearch(patch)}`;
}

/** 荣誉统计: the roll's counts by level, title, year and district, as bar charts. */
export function StatsPage() {
  const { t, locale } = useI18n();
  const levelLabel = useLevelLabel();
  usePageMeta(`${t('honor.stats.title')} · ${t('site.name')}`, t('honor.stats.description'));
  const [result, reexecute] = useQuery({ query: HonorStatsQuery });
  const stats = result.data?.honorStats;

  let body: React.ReactNode;
  if (result.error && !stats) {
    body = (
      <TransportError
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (!stats) {
    body = (
      <div className="card">
        <LoadingRows rows={6} />
      </div>
    );
  } else if (stats.__typename !== 'HonorStats') {
    body = (
      <div className="error-box" role="alert">
        <p className="error-title">{t('honor.error.loadTitle')}</p>
        <p className="error-body">{'message' in stats ? stats.message : ''}</p>
      </div>
    );
  } else {
    body = (
      <>
        <p className="stats-total" data-testid="honor-stats-total">
          {t('honor.stats.total', { count: stats.total })}
        </p>
        <BarChart
          id="chart-level"
          title={t('honor.stats.byLevel')}
          bars={stats.byLevel.map((row) => ({
            key: row.key,
            label: levelLabel(row.key),
            count: row.count,
            href: isHonorLevel(row.key)
              ? rollHref({ ...emptyRollFilter, level: row.key })
              : undefined,
          }))}
        />
        <BarChart
          id="chart-title"
          title={t('honor.stats.byTitle')}
          bars={stats.byTitle.map((row) => ({
            key: row.key,
            label: row.label,
            count: row.count,
            href: rollHref({ ...emptyRollFilter, titleCode: row.key }),
          }))}
        />
        <BarChart
          id="chart-year"
          title={t('honor.stats.byYear')}
          bars={stats.byYear.map((row) => ({
            key: row.key,
            label: t('honor.year', { year: row.key }),
            count: row.count,
            href: rollHref({ ...emptyRollFilter, year: Number(row.key) }),
          }))}
        />
        <BarChart
          id="chart-region"
          title={t('honor.stats.byRegion')}
          bars={stats.byRegion.map((row) => ({
            key: row.key,
            label: regionName(row.key, locale),
            count: row.count,
            href: rollHref({ ...emptyRollFilter, regionCode: row.key }),
          }))}
        />
      </>
    );
  }

  return (
    <>
      <PageIntro title={t('honor.stats.title')} intro={t('honor.stats.intro')} />
      {body}
    </>
  );
}
