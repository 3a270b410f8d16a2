import { BulbOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import type { MessageKey } from '../../i18n/catalogue';
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
import { HonorCatalogueQuery } from '../honor/honor-queries';
import { OrganizationNameQuery } from '../members/member-queries';
import { OrganizationPicker } from '../organization/organization-picker';
import { CreateStudioModal } from './create-studio-modal';
import { conversionBoardPath, networkPath, starsText, studioPath } from './innovation-display';
import {
  type StudioListFilters,
  type StudioStatusChoice,
  searchOfStudioFilters,
  studioFilterInput,
  studioFiltersFromSearch,
  studioLevels,
} from './innovation-filters';
import { AdminStudiosQuery } from './innovation-queries';

const pageSize = 20;
const STATUS_CHOICES: readonly StudioStatusChoice[] = ['ACTIVE', 'SUSPENDED', 'DELISTED', 'ALL'];

type ListResult = ResultOf<typeof AdminStudiosQuery>['studios'];
type Connection = Extract<ListResult, { __typename: 'QueryStudiosSuccess' }>['data'];
type StudioRow = Connection['edges'][number]['node'];

interface FilterValues {
  organizationId?: string | null;
  level?: StudioListFilters['level'];
  stars?: number | null;
  status?: StudioStatusChoice | null;
  founded?: [Dayjs | null, Dayjs | null] | null;
  search?: string | null;
}

function formValuesOf(filters: StudioListFilters): FilterValues {
  return {
    organizationId: filters.organizationId,
    level: filters.level,
    stars: filters.stars,
    status: filters.status,
    founded:
      filters.foundedFrom || filters.foundedTo
        ? [
            filters.foundedFrom ? dayjs(filters.foundedFrom) : null,
            filters.foundedTo ? dayjs(filters.foundedTo) : null,
          ]
        : null,
    search: filters.search ?? '',
  };
}

function filtersOf(values: FilterValues): StudioListFilters {
  return {
    organizationId: values.organizationId ?? null,
    level: values.level ?? null,
    stars: values.stars ?? null,
    status: values.status ?? null,
    foundedFrom: values.founded?.[0]?.format('YYYY-MM-DD') ?? null,
    foundedTo: values.founded?.[1]?.format('YYYY-MM-DD') ?? null,
    search: values.search?.trim() || null,
  };
}

/**
 * 创新工作室 (/admin/innovation): the registry with filters — in the URL, so that the annual
 * report's studio figures open the studios they count — each studio linking to its page.
 */
export function StudiosPage() {
  const { t, formatCount } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => studioFiltersFromSearch(searchParams), [searchParams]);
  const [form] = Form.useForm<FilterValues>();
  const viewer = useViewer();
  const navigate = useNavigate();
  const canCreate = hasPermission(viewer.permissions, 'INNOVATION_MANAGE');
  const [creating, setCreating] = useState(false);
  const [catalogue] = useQuery({ query: HonorCatalogueQuery, pause: !creating });
  const [pages, setPages] = useState<CursorPages>(firstPage);
  const filterKey = searchOfStudioFilters(filters).toString();
  const shownKey = useRef(filterKey);
  if (shownKey.current !== filterKey) {
    shownKey.current = filterKey;
    if (pages !== firstPage) setPages(firstPage);
  }
  const filterInput = useMemo(() => studioFilterInput(filters), [filters]);
  const [result, reexecute] = useQuery({
    query: AdminStudiosQuery,
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
    document.title = `${t('innovation.studios.pageTitle')} · ${t('app.title')}`;
  }, [t]);
  useEffect(() => {
    form.setFieldsValue(formValuesOf(filters));
  }, [form, filters]);

  const studios = result.data?.studios;
  const shown = useRef<{ connection: Connection; pages: CursorPages } | null>(null);
  if (studios?.__typename === 'QueryStudiosSuccess')
    shown.current = { connection: studios.data, pages };
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const range = shownRange(shownPages, pageSize, rows.length);

  const columns: TableColumnsType<StudioRow> = [
    {
      key: 'name',
      title: t('innovation.studio.name'),
      render: (_value, row) => <Link to={studioPath(row.id)}>{row.name}</Link>,
    },
    {
      key: 'level',
      title: t('innovation.studio.level'),
      width: 130,
      render: (_value, row) => t(`innovation.level.${row.level}` as MessageKey),
    },
    {
      key: 'stars',
      title: t('innovation.studio.stars'),
      width: 120,
      render: (_value, row) =>
        row.stars ? (
          <span title={`${row.stars}`} style={{ color: '#d48806' }}>
            {starsText(row.stars)}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('innovation.studio.unrated')}</Typography.Text>
        ),
    },
    {
      key: 'lead',
      title: t('innovation.studio.lead'),
      width: 110,
      render: (_v, row) => row.lead.name,
    },
    { key: 'host', title: t('innovation.studio.host'), dataIndex: 'hostEmployerName' },
    {
      key: 'chain',
      title: t('innovation.studio.industryChain'),
      width: 140,
      dataIndex: 'industryChain',
    },
    {
      key: 'status',
      title: t('innovation.studio.status'),
      width: 90,
      render: (_value, row) => t(`innovation.status.${row.status}` as MessageKey),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          <BulbOutlined /> {t('innovation.studios.pageTitle')}
        </Typography.Title>
        <Flex gap={16}>
          <Link to={conversionBoardPath}>{t('innovation.board.link')}</Link>
          <Link to={networkPath}>{t('innovation.network.link')}</Link>
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('innovation.create.title')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Card size="small">
        <Form<FilterValues>
          form={form}
          layout="inline"
          name="studioFilters"
          initialValues={formValuesOf(filters)}
          data-testid="studio-filters"
          onFinish={(values) => setSearchParams(searchOfStudioFilters(filtersOf(values)))}
        >
          <Form.Item name="organizationId" label={t('innovation.filter.organization')}>
            <OrganizationPicker
              allowClear
              placeholder={t('members.filter.organizationPlaceholder')}
              knownNames={knownNames}
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item name="level" label={t('innovation.studio.level')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 150 }}
              options={studioLevels.map((level) => ({
                value: level,
                label: t(`innovation.level.${level}` as MessageKey),
              }))}
            />
          </Form.Item>
          <Form.Item name="stars" label={t('innovation.studio.stars')}>
            <Select
              allowClear
              style={{ width: 140 }}
              options={[5, 4, 3, 2, 1].map((stars) => ({ value: stars, label: starsText(stars) }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t('innovation.studio.status')}>
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={t('members.filter.any')}
              options={STATUS_CHOICES.map((status) => ({
                value: status,
                label:
                  status === 'ALL'
                    ? t('innovation.filter.allStatuses')
                    : t(`innovation.status.${status}` as MessageKey),
              }))}
            />
          </Form.Item>
          <Form.Item name="founded" label={t('innovation.filter.founded')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="search">
            <Input allowClear placeholder={t('innovation.filter.search')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                {t('innovation.filter.apply')}
              </Button>
              <Button onClick={() => setSearchParams(new URLSearchParams())}>
                {t('common.reset')}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>
      {result.error ? (
        <TransportErrorAlert
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {studios && studios.__typename !== 'QueryStudiosSuccess' ? (
        <Typography.Text type="danger">{studios.message}</Typography.Text>
      ) : null}
      <Table<StudioRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={result.fetching}
        pagination={false}
        data-testid="studio-table"
        locale={{ emptyText: t('innovation.studios.empty') }}
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
        summary={t('innovation.studios.summary', {
          total: formatCount(connection?.totalCount ?? 0),
          page: pageNumber(shownPages),
          from: range.from,
          to: range.to,
        })}
        testId="studio-list-summary"
      />
      {creating ? (
        <CreateStudioModal
          titles={catalogue.data?.honorTitles ?? []}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(studioPath(id))}
        />
      ) : null}
    </Flex>
  );
}
