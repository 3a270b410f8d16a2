import { PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TransportErrorAlert } from '../../shared/error-views';
import { todayInChina } from '../members/member-rules';
import { figureYuan } from './report-money';
import { selectionFromSearchParams } from './report-period';
import { DashboardQuery } from './report-queries';
import './report-print.css';

/**
 * 工作报告数据 (printable): the annual report's figures as an A4 document in Chinese typography —
 * a title, the period and the comparison period, and one table per section (指标 / 本期 / 上期 /
 * 增减). The console's frame is not drawn here; 打印 prints the page alone.
 */
export function ReportPrintPage() {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const [searchParams] = useSearchParams();
  const selection = selectionFromSearchParams(searchParams, todayInChina());
  const organizationId = selection.organizationId ?? viewer.homeOrganization?.id ?? '';
  const [result, reexecute] = useQuery({
    query: DashboardQuery,
    variables: { id: organizationId, from: selection.from, to: selection.to },
    pause: !organizationId,
  });
  const report = result.data?.annualReport;

  useEffect(() => {
    if (report?.__typename === 'AnnualReport') {
      document.title = `${report.organizationName}工作报告数据 · ${report.from}至${report.to}`;
    }
  }, [report]);

  if (result.error && !report) {
    return <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />;
  }
  if (!report) return <Skeleton active />;
  if (report.__typename !== 'AnnualReport') {
    return <Result status="warning" title={report.message} />;
  }
  return (
    <article className="report-print" data-testid="report-print">
      <div className="report-print__actions">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('report.printNow')}
        </Button>
      </div>
      <h1>{t('report.printTitle', { name: report.organizationName })}</h1>
      <p className="report-print__period">
        {t('report.printPeriod', {
          from: formatDate(report.from),
          to: formatDate(report.to),
          previousFrom: formatDate(report.previousFrom),
          previousTo: formatDate(report.previousTo),
        })}
      </p>
      {report.sections.map((section, index) => (
        <section key={section.key}>
          <h2>{`${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][index] ?? index + 1}、${section.title}`}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('report.columnFigure')}</th>
                <th>{t('report.columnValue')}</th>
                <th>{t('report.columnPrevious')}</th>
                <th>{t('report.columnChange')}</th>
              </tr>
            </thead>
            <tbody>
              {section.figures.map((figure) => (
                <tr key={figure.key} data-testid={`report-print-${figure.key}`}>
                  <td>{figure.label}</td>
                  <td className="report-print__number">{figure.display}</td>
                  <td className="report-print__number">
                    {figure.basis === 'TODAY'
                      ? t('report.asOfToday')
                      : figure.unit === 'FEN'
                        ? (figureYuan(figure.previousValueFen) ?? '')
                        : (figure.previousValue ?? '')}
                  </td>
                  <td className="report-print__number">
                    {figure.change === null
                      ? '—'
                      : `${figure.change > 0 ? '+' : ''}${figure.unit === 'FEN' ? (figureYuan(figure.changeFen) ?? '') : figure.change}${
                          figure.changePercent === null ? '' : `（${figure.changePercent}%）`
                        }`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <footer>{t('report.printFooter', { date: formatDate(todayInChina()) })}</footer>
    </article>
  );
}
