import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { Chart } from '../../shared/charts/chart';
import { countBarOption, countLineOption } from '../../shared/charts/count-charts';
import { TransportErrorAlert } from '../../shared/error-views';
import { todayInChina } from '../members/member-rules';
import { monthLabels, monthSeries } from '../organization/figures';
import { OrganizationPicker } from '../organization/organization-picker';
import { figureYuan } from './report-money';
import {
  type DashboardSelection,
  reportWorkbookUrl,
  searchParamsOfSelection,
  selectionFromSearchParams,
  yearOfPeriod,
  yearPeriod,
} from './report-period';
import { DashboardQuery } from './report-queries';

type Answer = ResultOf<typeof DashboardQuery>;
type Report = Extract<Answer['annualReport'], { __typename: 'AnnualReport' }>;
type Figure = Report['sections'][number]['figures'][number];
type OrganizationAnswer = Extract<Answer['organization'], { __typename: 'Organization' }>;

/**
 * 数据看板: the annual report's figures for the chosen organisation and period — each against
 * the previous period, linked to the list behind it — the period's new members by month, and the
 * members of each direct child (by district). The figures come from the API's `annualReport`
 * (roll-up counters and grouped counts); the page computes nothing itself.
 */
export function DashboardPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayInChina();
  const selection = selectionFromSearchParams(searchParams, today);
  const organizationId = selection.organizationId ?? viewer.homeOrganization?.id ?? null;

  useEffect(() => {
    document.title = `${t('report.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  const select = (next: Partial<DashboardSelection>) =>
    setSearchParams(searchParamsOfSelection({ ...selection, ...next }));

  const [result, reexecute] = useQuery({
    query: DashboardQuery,
    variables: { id: organizationId ?? '', from: selection.from, to: selection.to },
    pause: !organizationId,
  });

  const year = yearOfPeriod(selection.from, selection.to);
  const currentYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 10 }, (_, index) => currentYear - index);

  let body: ReactNode;
  const report = result.data?.annualReport;
  if (!organizationId) {
    body = <Typography.Text type="secondary">{t('report.chooseOrganization')}</Typography.Text>;
  } else if (result.error && !report) {
    body = <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />;
  } else if (!report || result.fetching) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (report.__typename !== 'AnnualReport') {
    body = (
      <Typography.Text type="danger" data-testid="report-error">
        {report.message}
      </Typography.Text>
    );
  } else {
    const organization =
      result.data?.organization?.__typename === 'Organization' ? result.data.organization : null;
    body = <DashboardBody report={report} organization={organization} />;
  }

  const printQuery = organizationId
    ? searchParamsOfSelection({ ...selection, organizationId }).toString()
    : '';

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('report.pageTitle')}
        </Typography.Title>
        <Space wrap>
          <OrganizationPicker
            aria-label={t('report.organization')}
            value={organizationId}
            onChange={(id) => select({ organizationId: id ?? null })}
            knownNames={
              viewer.homeOrganization
                ? { [viewer.homeOrganization.id]: viewer.homeOrganization.name }
                : undefined
            }
            style={{ width: 260 }}
          />
          <Select
            aria-label={t('report.year')}
            style={{ width: 120 }}
            value={year ?? undefined}
            placeholder={t('report.customPeriod')}
            options={years.map((value) => ({
              value,
              label: t('report.yearOption', { year: value }),
            }))}
            onChange={(value: number) => select(yearPeriod(value))}
          />
          <DatePicker.RangePicker
            aria-label={t('report.period')}
            allowClear={false}
            value={[dayjs(selection.from), dayjs(selection.to)]}
            onChange={(range) => {
              const [start, end] = range ?? [];
              if (start && end) {
                select({ from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') });
              }
            }}
          />
          {organizationId ? (
            <>
              <Button
                icon={<FileExcelOutlined />}
                href={reportWorkbookUrl(organizationId, selection.from, selection.to)}
              >
                {t('report.exportExcel')}
              </Button>
              <Link to={`/report/print?${printQuery}`}>
                <Button icon={<PrinterOutlined />}>{t('report.print')}</Button>
              </Link>
            </>
          ) : null}
        </Space>
      </Flex>
      {body}
    </Flex>
  );
}

function ChangeText({ figure }: { figure: Figure }) {
  const { t, formatCount } = useI18n();
  if (figure.basis === 'TODAY') {
    return <Typography.Text type="secondary">{t('report.asOfToday')}</Typography.Text>;
  }
  if (figure.change === null || figure.previousValue === null) return null;
  const sign = figure.change > 0 ? '+' : '';
  const amount =
    figure.unit === 'FEN'
      ? (figureYuan(figure.changeFen, true) ?? '')
      : `${sign}${formatCount(figure.change)}`;
  const percent = figure.changePercent === null ? '' : ` (${sign}${figure.changePercent}%)`;
  return (
    <Typography.Text
      type={figure.change > 0 ? 'success' : figure.change < 0 ? 'danger' : 'secondary'}
      data-testid={`report-change-${figure.key}`}
    >
      {t('report.versusPrevious', { change: `${amount}${percent}` })}
    </Typography.Text>
  );
}

function FigureTile({ figure }: { figure: Figure }) {
  const tile = (
    <Card
      size="small"
      hoverable={Boolean(figure.listPath)}
      style={{ height: '100%' }}
      data-testid={`report-figure-${figure.key}`}
    >
      <Statistic title={figure.label} value={figure.display} valueStyle={{ fontSize: 22 }} />
      <ChangeText figure={figure} />
    </Card>
  );
  return figure.listPath ? <Link to={figure.listPath}>{tile}</Link> : tile;
}

function DashboardBody({
  report,
  organization,
}: {
  report: Report;
  organization: OrganizationAnswer | null;
}) {
  const { t, formatDate, locale } = useI18n();
  const series = useMemo(
    () =>
      monthSeries(report.from, report.to, organization?.stats.newMembersByMonth ?? []).slice(-120),
    [report.from, report.to, organization],
  );
  const children = useMemo(
    () =>
      (organization?.children.edges ?? [])
        .map((edge) => edge.node)
        .filter((node) => node.dissolvedOn === null)
        .sort((a, b) => b.stats.members - a.stats.members)
        .slice(0, 20),
    [organization],
  );
  const monthOption = useMemo(
    () =>
      countLineOption(
        t('report.seriesNewMembers'),
        monthLabels(series, locale),
        series.map((entry) => entry.count),
      ),
    [series, locale, t],
  );
  const childrenOption = useMemo(
    () =>
      countBarOption(
        t('report.seriesMembers'),
        children.map((child) => child.name),
        children.map((child) => child.stats.members),
      ),
    [children, t],
  );

  return (
    <Flex vertical gap={16} data-testid="report-dashboard">
      <Typography.Text type="secondary">
        {t('report.periodLine', {
          name: report.organizationName,
          from: formatDate(report.from),
          to: formatDate(report.to),
          previousFrom: formatDate(report.previousFrom),
          previousTo: formatDate(report.previousTo),
        })}
      </Typography.Text>
      {report.sections.map((section) => (
        <Card key={section.key} title={section.title} data-testid={`report-section-${section.key}`}>
          <Row gutter={[12, 12]}>
            {section.figures
              .filter((figure) => figure.basis === 'TODAY' || figure.value > 0 || figure.change)
              .map((figure) => (
                <Col key={figure.key} xs={24} sm={12} md={8} xl={6}>
                  <FigureTile figure={figure} />
                </Col>
              ))}
          </Row>
        </Card>
      ))}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('report.chartNewMembers')} data-testid="report-chart-months">
            <Chart
              option={monthOption}
              height={280}
              ariaLabel={t('report.chartNewMembers')}
              failedText={t('report.chartFailed')}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('report.chartChildren')} data-testid="report-chart-children">
            {children.length > 0 ? (
              <Chart
                option={childrenOption}
                height={280}
                ariaLabel={t('report.chartChildren')}
                failedText={t('report.chartFailed')}
              />
            ) : (
              <Typography.Text type="secondary">{t('report.noChildren')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
