import {
  Button,
  Card,
  Descriptions,
  Flex,
  List,
  Result,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { Chart } from '../../shared/charts/chart';
import type { ChartOption } from '../../shared/charts/chart-option';
import { TransportErrorAlert } from '../../shared/error-views';
import { EvaluationForm } from './evaluation-form';
import { starsText, studiosPath } from './innovation-display';
import { AdminStudioQuery } from './innovation-queries';
import { EditStudioModal, StudioMembersCard, StudioStatusCard } from './studio-edit';

type StudioResult = ResultOf<typeof AdminStudioQuery>['studio'];
type Studio = Extract<NonNullable<StudioResult>, { __typename: 'InnovationStudio' }>;
type Rating = Studio['ratings'][number];

/** 工作室详情 (/admin/innovation/studios/:id): profile, members, rating history and the evaluation form. */
export function StudioPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: AdminStudioQuery, variables: { id } });
  const [editing, setEditing] = useState(false);
  const studio = result.data?.studio;
  useEffect(() => {
    if (studio?.__typename === 'InnovationStudio')
      document.title = `${studio.name} · ${t('app.title')}`;
  }, [studio, t]);
  const ratings = studio?.__typename === 'InnovationStudio' ? studio.ratings : [];
  const chartOption = useMemo<ChartOption>(() => {
    const ordered = [...ratings].reverse();
    return {
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: ordered.map((rating) => String(rating.year)) },
      yAxis: { type: 'value', min: 0, max: 5, interval: 1 },
      series: [{ type: 'line', data: ordered.map((rating) => rating.stars), step: 'middle' }],
    } as ChartOption;
  }, [ratings]);

  if (result.error) {
    return (
      <TransportErrorAlert
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (result.fetching && !studio) return <Skeleton active />;
  if (studio?.__typename !== 'InnovationStudio') {
    return (
      <Result
        status="404"
        title={studio ? studio.message : t('innovation.studio.notFound')}
        extra={<Link to={studiosPath}>{t('innovation.studio.back')}</Link>}
      />
    );
  }
  const canEvaluate =
    hasPermission(viewer.permissions, 'INNOVATION_REVIEW') && studio.status === 'ACTIVE';
  const canManage =
    hasPermission(viewer.permissions, 'INNOVATION_MANAGE') && studio.status !== 'DELISTED';
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <Flex vertical gap={16}>
      <Link to={studiosPath}>{t('innovation.studio.back')}</Link>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="studio-name">
          {studio.name}
        </Typography.Title>
        <Tag>{t(`innovation.level.${studio.level}` as MessageKey)}</Tag>
        <Tag color={studio.status === 'ACTIVE' ? 'green' : 'default'}>
          {t(`innovation.status.${studio.status}` as MessageKey)}
        </Tag>
        <span
          style={{ color: '#d48806', fontSize: 20 }}
          data-testid="studio-stars"
          data-stars={studio.stars ?? 0}
        >
          {studio.stars ? starsText(studio.stars) : t('innovation.studio.unrated')}
        </span>
        {canManage ? (
          <Button onClick={() => setEditing(true)} data-testid="edit-studio">
            {t('innovation.edit.open')}
          </Button>
        ) : null}
      </Flex>
      {editing ? (
        <EditStudioModal
          studio={studio}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refresh();
          }}
        />
      ) : null}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('innovation.studio.lead')}>
          {studio.lead.name}
          {studio.lead.honors.length > 0
            ? `（${studio.lead.honors.map((honor) => honor.name).join('、')}）`
            : ''}
          {studio.lead.skillLevelLabel ? ` ${studio.lead.skillLevelLabel}` : ''}
          {studio.lead.honoreeId ? (
            <Tag color="gold" style={{ marginLeft: 8 }} data-testid="lead-honoree-linked">
              {t('innovation.studio.profileLinked')}
            </Tag>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('innovation.studio.host')}>
          {studio.hostEmployerName}
        </Descriptions.Item>
        <Descriptions.Item label={t('innovation.studio.industryChain')}>
          {studio.industryChain}
        </Descriptions.Item>
        <Descriptions.Item label={t('innovation.studio.foundedOn')}>
          {studio.foundedOn}
        </Descriptions.Item>
        {studio.missedEvaluationYears.length > 0 ? (
          <Descriptions.Item label={t('innovation.studio.missed')}>
            <Typography.Text type="danger" data-testid="missed-years">
              {studio.missedEvaluationYears.join('、')}
            </Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {studio.description ? (
        <Typography.Paragraph>{studio.description}</Typography.Paragraph>
      ) : null}
      <Card size="small" title={t('innovation.ratings.title')}>
        {ratings.length > 1 ? (
          <Chart
            option={chartOption}
            height={200}
            ariaLabel={t('innovation.ratings.chart')}
            failedText={t('innovation.ratings.chartFailed')}
          />
        ) : null}
        <Table<Rating>
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={ratings}
          data-testid="rating-table"
          locale={{ emptyText: t('innovation.ratings.empty') }}
          columns={[
            { key: 'year', title: t('innovation.ratings.year'), dataIndex: 'year', width: 80 },
            {
              key: 'stars',
              title: t('innovation.studio.stars'),
              width: 110,
              render: (_v, rating) => (
                <span style={{ color: '#d48806' }}>{starsText(rating.stars)}</span>
              ),
            },
            { key: 'score', title: t('innovation.ratings.score'), dataIndex: 'score', width: 80 },
            {
              key: 'change',
              title: t('innovation.ratings.change'),
              width: 100,
              render: (_v, rating) => t(`innovation.change.${rating.change}` as MessageKey),
            },
            {
              key: 'explanation',
              title: t('innovation.ratings.explanation'),
              dataIndex: 'explanation',
            },
            {
              key: 'configVersion',
              title: t('innovation.ratings.configVersion'),
              width: 160,
              render: (_v, rating) => rating.configVersion ?? t('innovation.ratings.defaultConfig'),
            },
          ]}
        />
      </Card>
      <StudioStatusCard
        studio={studio}
        canChange={hasPermission(viewer.permissions, 'INNOVATION_REVIEW')}
        onChanged={refresh}
      />
      {canEvaluate ? (
        <EvaluationForm
          studioId={studio.id}
          regionCode={studio.regionCode}
          onRecorded={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      <Flex gap={16} wrap>
        <StudioMembersCard
          studioId={studio.id}
          members={studio.members}
          canManage={canManage}
          onChanged={refresh}
        />
        <Card
          size="small"
          title={t('innovation.studio.results')}
          style={{ flex: 1, minWidth: 280 }}
        >
          <List
            size="small"
            dataSource={studio.results}
            locale={{ emptyText: t('innovation.board.empty') }}
            renderItem={(item) => (
              <List.Item>
                {item.title} · {t(`innovation.state.${item.conversionState}` as MessageKey)}
              </List.Item>
            )}
          />
        </Card>
      </Flex>
    </Flex>
  );
}
