import { Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { CursorPager } from '../../shared/cursor-pager';
import { currentAfter, firstPage, nextPage, previousPage } from '../../shared/cursor-pages';
import { TransportErrorAlert } from '../../shared/error-views';
import { competitionLabelKey, competitionPath, scoringPath } from './competition-labels';
import { CompetitionListQuery } from './competition-queries';
import { CreateCompetitionWizard } from './create-competition-wizard';

type ListResult = ResultOf<typeof CompetitionListQuery>['managedCompetitions'];
type Row = Extract<
  ListResult,
  { __typename: 'QueryManagedCompetitionsSuccess' }
>['data']['edges'][number]['node'];

/** 劳动和技能竞赛 (/admin/competitions): the competitions the viewer works on or judges. */
export function CompetitionsPage() {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const canCreate = hasPermission(viewer.permissions, 'COMPETITION_MANAGE');
  const [creating, setCreating] = useState(false);
  const [pages, setPages] = useState(firstPage);
  const [result, reexecute] = useQuery({
    query: CompetitionListQuery,
    variables: { first: 20, after: currentAfter(pages) },
  });
  useEffect(() => {
    document.title = `${t('competition.list.pageTitle')} · ${t('app.title')}`;
  }, [t]);
  const list = result.data?.managedCompetitions;
  const connection = list?.__typename === 'QueryManagedCompetitionsSuccess' ? list.data : null;
  const columns: TableColumnsType<Row> = [
    {
      title: t('competition.field.name'),
      key: 'name',
      render: (_, row) => <Link to={competitionPath(row.id)}>{row.name}</Link>,
    },
    {
      title: t('competition.field.kind'),
      key: 'kind',
      render: (_, row) => t(competitionLabelKey('kind', row.kind)),
    },
    {
      title: t('competition.field.class'),
      key: 'class',
      render: (_, row) => t(competitionLabelKey('class', row.competitionClass)),
    },
    { title: t('competition.field.trade'), dataIndex: 'trade' },
    { title: t('competition.field.organizer'), dataIndex: 'organizerName' },
    {
      title: t('competition.field.dates'),
      key: 'dates',
      render: (_, row) => `${formatDate(String(row.startsOn))} – ${formatDate(String(row.endsOn))}`,
    },
    { title: t('competition.field.participants'), dataIndex: 'participantCount' },
    {
      title: t('competition.field.status'),
      key: 'status',
      render: (_, row) =>
        row.resultsPublished ? (
          <Tag color="green">{t('competition.status.published')}</Tag>
        ) : (
          <Tag>{t('competition.status.unpublished')}</Tag>
        ),
    },
    {
      title: t('competition.judge.score'),
      key: 'score',
      render: (_, row) =>
        row.viewerIsJudge
          ? row.stages
              .filter((stage) => stage.state === 'OPEN')
              .map((stage) => (
                <Link key={stage.id} to={scoringPath(stage.id)} data-testid="scoring-link">
                  <Button size="small" type="primary">
                    {t('competition.judge.score')} · {stage.name}
                  </Button>
                </Link>
              ))
          : null,
    },
  ];
  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('competition.list.pageTitle')}
          </Typography.Title>
          {canCreate && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('competition.list.create')}
            </Button>
          )}
        </Flex>
        {creating && (
          <CreateCompetitionWizard
            onClose={() => setCreating(false)}
            onCreated={(id) => navigate(competitionPath(id))}
          />
        )}
        {result.error && <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />}
        <Table<Row>
          rowKey="id"
          loading={result.fetching}
          columns={columns}
          dataSource={connection?.edges.map((edge) => edge.node) ?? []}
          pagination={false}
          locale={{ emptyText: t('competition.list.empty') }}
        />
        <CursorPager
          pages={pages}
          shownPages={pages}
          pageSize={20}
          rowsOnPage={connection?.edges.length ?? 0}
          hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
          fetching={result.fetching}
          onPrevious={() => setPages(previousPage)}
          onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
        />
      </Flex>
    </Card>
  );
}
