import { BarChartOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Skeleton, Statistic, Tooltip, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Chart } from '../../shared/charts/chart';
import { countBarOption, countLineOption } from '../../shared/charts/count-charts';
import { TransportErrorAlert } from '../../shared/error-views';
import { todayInChina } from '../members/member-rules';
import { lastMonthsWindow, monthLabels, monthSeries, percentText, type RateLike } from './figures';
import { OrganizationFiguresQuery } from './organization-queries';

type FiguresResult = ResultOf<typeof OrganizationFiguresQuery>['organization'];
type Stats = Extract<FiguresResult, { __typename: 'Organization' }>['stats'];

/**
 * 统计数据: the subtree's maintained figures as tiles (counts grouped, rates as percentages, "—"
 * with the reason when a rate cannot be computed), new-employment-form members by group (bar)
 * and new members per month over the last 12 months (line). ECharts loads with the first chart.
 */
export function OrganizationFigures({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const period = useMemo(() => lastMonthsWindow(todayInChina()), []);
  const [result, reexecute] = useQuery({
    query: OrganizationFiguresQuery,
    variables: { id: organizationId, from: period.from, to: period.to },
    requestPolicy: 'cache-and-network',
  });
  const organization = result.data?.organization;

  let body: ReactNode;
  if (result.error && !organization) {
    body = <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />;
  } else if (!organization) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else if (organization.__typename !== 'Organization') {
    body = (
      <Typography.Text type="danger">
        {t('org.figures.failed', { message: organization.message })}
      </Typography.Text>
    );
  } else {
    body = <FiguresBody stats={organization.stats} period={period} />;
  }

  return (
    <Card
      data-testid="org-figures"
      title={
        <Flex align="center" gap={8}>
          <BarChartOutlined />
          <span>{t('org.figures.title')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            {t('org.figures.hint')}
          </Typography.Text>
        </Flex>
      }
    >
      {body}
    </Card>
  );
}

function RateTile({
  title,
  rate,
  missingHint,
  testId,
}: {
  title: string;
  rate: RateLike | null;
  missingHint: string;
  testId: string;
}) {
  const { t, formatCount } = useI18n();
  const text = percentText(rate);
  return (
    <div data-testid={testId}>
      <Statistic
        title={
          <Tooltip
            title={
              rate
                ? t('org.figures.rateOf', {
                    numerator: formatCount(rate.numerator),
                    denominator: formatCount(rate.denominator),
                  })
                : missingHint
            }
          >
            <span>
              {title} <InfoCircleOutlined style={{ fontSize: 12 }} />
            </span>
          </Tooltip>
        }
        value={text ?? t('common.empty')}
      />
      {text ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {missingHint}
        </Typography.Text>
      )}
    </div>
  );
}

function FiguresBody({ stats, period }: { stats: Stats; period: { from: string; to: string } }) {
  const { t, label, formatCount, locale } = useI18n();
  const people = t('org.figures.unitPeople');
  const tiles: { key: string; title: string; value: number; unit: string }[] = [
    { key: 'members', title: t('org.figures.members'), value: stats.members, unit: people },
    {
      key: 'grassrootsUnions',
      title: t('org.figures.grassrootsUnions'),
      value: stats.grassrootsUnions,
      unit: t('org.figures.unitUnions'),
    },
    {
      key: 'migrantMembers',
      title: t('org.figures.migrantMembers'),
      value: stats.migrantMembers,
      unit: people,
    },
    {
      key: 'femaleMembers',
      title: t('org.figures.femaleMembers'),
      value: stats.femaleMembers,
      unit: people,
    },
    {
      key: 'retiredMembers',
      title: t('org.figures.retiredMembers'),
      value: stats.retiredMembers,
      unit: people,
    },
    {
      key: 'employersCovered',
      title: t('org.figures.employersCovered'),
      value: stats.employersCovered,
      unit: t('org.figures.unitEmployers'),
    },
    {
      key: 'employeesAtCoveredEmployers',
      title: t('org.figures.employeesAtCoveredEmployers'),
      value: stats.employeesAtCoveredEmployers,
      unit: people,
    },
  ];

  const series = useMemo(
    () => monthSeries(period.from, period.to, stats.newMembersByMonth),
    [period, stats.newMembersByMonth],
  );
  const newMembersTotal = series.reduce((sum, entry) => sum + entry.count, 0);

  const groupOption = useMemo(
    () =>
      countBarOption(
        t('org.figures.seriesMembers'),
        stats.newEmploymentMembers.map((entry) => label('employmentGroups', entry.group)),
        stats.newEmploymentMembers.map((entry) => entry.members),
      ),
    [stats.newEmploymentMembers, label, t],
  );

  const monthOption = useMemo(
    () =>
      countLineOption(
        t('org.figures.seriesNewMembers'),
        monthLabels(series, locale),
        series.map((entry) => entry.count),
      ),
    [series, locale, t],
  );

  return (
    <Flex vertical gap={20}>
      <Row gutter={[16, 16]}>
        {tiles.map((tile) => (
          <Col key={tile.key} xs={12} md={8} xl={6} xxl={4} data-testid={`figure-${tile.key}`}>
            <Statistic
              title={tile.title}
              value={formatCount(tile.value)}
              suffix={tile.unit || undefined}
            />
          </Col>
        ))}
        <Col xs={12} md={8} xl={6} xxl={4}>
          <RateTile
            title={t('org.figures.unionCoverage')}
            rate={stats.unionCoverage}
            missingHint={t('org.figures.unionCoverageMissing')}
            testId="figure-unionCoverage"
          />
        </Col>
        <Col xs={12} md={8} xl={6} xxl={4}>
          <RateTile
            title={t('org.figures.membershipRate')}
            rate={stats.membershipAtCoveredEmployers}
            missingHint={t('org.figures.membershipRateMissing')}
            testId="figure-membershipRate"
          />
        </Col>
      </Row>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={12}>
          <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
            {t('org.figures.newEmploymentChart')}
          </Typography.Title>
          <Chart
            option={groupOption}
            height={260}
            ariaLabel={t('org.figures.newEmploymentChart')}
            failedText={t('org.figures.chartFailed')}
            testId="chart-new-employment"
          />
        </Col>
        <Col xs={24} xl={12}>
          <Flex justify="space-between" align="baseline">
            <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
              {t('org.figures.newMembersChart')}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="new-members-total">
              {t('org.figures.newMembersTotal', { count: formatCount(newMembersTotal) })}
            </Typography.Text>
          </Flex>
          <Chart
            option={monthOption}
            height={260}
            ariaLabel={t('org.figures.newMembersChart')}
            failedText={t('org.figures.chartFailed')}
            testId="chart-new-members"
          />
        </Col>
      </Row>
    </Flex>
  );
}
