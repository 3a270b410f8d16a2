import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n-context';
import { barPercent } from './format';

export interface Bar {
  key: string;
  label: string;
  count: number;
  /** The honor roll filtered to this bar, when there is such a filter. */
  href?: string;
}

/**
 * A horizontal bar chart in plain HTML and CSS: a real table (a screen reader reads category
 * and count), the bars drawn by a width in %. No chart library on the public site.
 */
export function BarChart({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const { t } = useI18n();
  const max = Math.max(0, ...bars.map((bar) => bar.count));
  return (
    <section className="card chart" aria-labelledby={id} data-testid={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {bars.length === 0 ? (
        <p className="empty">{t('honor.stats.empty')}</p>
      ) : (
        <table className="bar-table">
          <caption className="visually-hidden">{title}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('honor.stats.category')}</th>
              <th scope="col">{t('honor.stats.count')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row" className="bar-label">
                  {bar.href ? <Link href={bar.href}>{bar.label}</Link> : bar.label}
                </th>
                <td>
                  <span className="bar-cell">
                    <span className="bar-track" aria-hidden="true">
                      <span className="bar" style={{ width: `${barPercent(bar.count, max)}%` }} />
                    </span>
                    <span className="bar-value numeric">
                      {t('honor.stats.countValue', { count: bar.count })}
                    </span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
