import { SearchOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { CursorPager } from '../../shared/cursor-pager';
import {
  type CursorPages,
  currentAfter,
  firstPage,
  nextPage,
  pageNumber,
  previousPage,
  shownRange,
} from '../../shared/cursor-pages';
import { TransportErrorAlert } from '../../shared/error-views';
import { OrganizationNameQuery } from '../members/member-queries';
import { OrganizationPicker } from '../organization/organization-picker';
import {
  type CompetitionListFilters,
  competitionFilterInput,
  competitionFiltersFromSearch,
  competitionKinds,
  searchOfCompetitionFilters,
} from './competition-filters';
import { competitionLabelKey, competitionPath, scoringPath } from './competition-labels';
import { CompetitionListQuery } from './competition-queries';
import { CreateCompetitionWizard } from './create-competition-wizard';

const pageSize = 20;
type ListResult = ResultOf<typeof CompetitionListQuery>['managedCompetitions'];
type Connection = Extract<ListResult, { __typename: 'QueryManagedCompetitionsSuccess' }>['data'];
type Row = Connection['edges'][number]['node'];

interface FilterValues {
  organizationId?: string | null;
  kind?: CompetitionListFilters['kind'];
  starts?: [Dayjs | null, Dayjs | null] | null;
}

function formValuesOf(filters: CompetitionListFilters): FilterValues {
  return {
    organizationId: filters.organizationId,
    kind: filters.kind,
    starts:
      filters.startsFrom || filters.startsTo
        ? [
            filters.startsFrom ? dayjs(filters.startsFrom) : null,
            filters.startsTo ? dayjs(filters.startsTo) : null,
          ]
        : null,
  };
}

function filtersOf(values: FilterValues): CompetitionListFilters {
  return {
    organizationId: values.organizationId ?? null,
    kind: values.kind ?? null,
    startsFrom: values.starts?.[0]?.format('YYYY-MM-DD') ?? null,
    startsTo: values.starts?.[1]?.format('YYYY-MM-DD') ?? null,
  };
}

/**
 * 劳动和技能竞赛 (/admin/competitions): the competitions the viewer works on or judges, filtered
 * by organising union (its subtree), kind and starting date — in the URL, so that the annual
 * report's 举办竞赛 figures open the competitions they count — with the total.
 */
export function CompetitionsPage() {
  const { t, formatDate, formatCount } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const canCreate = hasPermission(viewer.permissions, 'COMPETITION_MANAGE');
  const [creating, setCreating] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => competitionFiltersFromSearch(searchParams), [searchParams]);
  const [form] = Form.useForm<FilterValues>();
  const [pages, setPages] = useState(firstPage);
  const filterKey = searchOfCompetitionFilters(filters).toString();
  const shownKey = useRef(filterKey);
  if (shownKey.current !== filterKey) {
    shownKey.current = filterKey;
    if (pages !== firstPage) setPages(firstPage);
  }
  const filterInput = useMemo(() => competitionFilterInput(filters), [filters]);
  const [result, reexecute] = useQuery({
    query: CompetitionListQuery,
    variables: { filter: filterInput, first: pageSize, after: currentAfter(pages) },
  });
  const [organizationName] = useQuery({
    query: OrganizationNameQuery,
    variables: { id: filters.organizationId ?? '' },
    pause: !filters.organizationId,
  });
  const named = organizationName.data?.organization;
  const knownNames = useMemo(
    () => (named?.__typename === 'Organization' ? { [named.id]: named.name } : undefined),
    [named],
  );
  useEffect(() => {
    document.title = `${t('competition.list.pageTitle')} · ${t('app.title')}`;
  }, [t]);
  useEffect(() => {
    form.setFieldsValue(formValuesOf(filters));
  }, [form, filters]);
  const list = result.data?.managedCompetitions;
  const shown = useRef<{ connection: Connection; pages: CursorPages } | null>(null);
  if (list?.__typename === 'QueryManagedCompetitionsSuccess') {
    shown.current = { connection: list.data, pages };
  }
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const range = shownRange(shownPages, pageSize, rows.length);
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
        <Form<FilterValues>
          form={form}
          layout="inline"
          name="competitionFilters"
          onFinish={(values) => setSearchParams(searchOfCompetitionFilters(filtersOf(values)))}
          initialValues={formValuesOf(filters)}
          data-testid="competition-filters"
        >
          <Form.Item name="organizationId" label={t('competition.filter.organizer')}>
            <OrganizationPicker
              allowClear
              placeholder={t('members.filter.organizationPlaceholder')}
              knownNames={knownNames}
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('competition.field.kind')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 200 }}
              placeholder={t('members.filter.any')}
              data-testid="competition-kind-filter"
              options={competitionKinds.map((kind) => ({
                value: kind,
                label: t(competitionLabelKey('kind', kind)),
              }))}
            />
          </Form.Item>
          <Form.Item name="starts" label={t('competition.field.startsOn')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('competition.filter.apply')}
              </Button>
              <Button onClick={() => setSearchParams(new URLSearchParams())}>
                {t('common.reset')}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
        {list && list.__typename !== 'QueryManagedCompetitionsSuccess' ? (
          <Alert type="error" showIcon title={list.message} />
        ) : null}
        {result.error && <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />}
        <Table<Row>
          rowKey="id"
          loading={result.fetching}
          columns={columns}
          dataSource={rows}
          pagination={false}
          data-testid="competition-list"
          locale={{ emptyText: t('competition.list.empty') }}
        />
        <CursorPager
          pages={pages}
          shownPages={shownPages}
          pageSize={pageSize}
          rowsOnPage={rows.length}
          hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
          fetching={result.fetching}
          onPrevious={() => setPages(previousPage)}
          onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
          summary={t('competition.list.summary', {
            total: formatCount(connection?.totalCount ?? 0),
            page: pageNumber(shownPages),
            from: range.from,
            to: range.to,
          })}
          testId="competition-list-summary"
        />
      </Flex>
    </Card>
  );
}
