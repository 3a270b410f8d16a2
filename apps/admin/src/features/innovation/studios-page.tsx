import { BulbOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
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
  previousPage,
} from '../../shared/cursor-pages';
import { TransportErrorAlert } from '../../shared/error-views';
import { HonorCatalogueQuery } from '../honor/honor-queries';
import { CreateStudioModal } from './create-studio-modal';
import { conversionBoardPath, networkPath, starsText, studioPath } from './innovation-display';
import { AdminStudiosQuery } from './innovation-queries';

const pageSize = 20;
const LEVELS = ['NATIONAL_DEMONSTRATION', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;
type Level = (typeof LEVELS)[number];

type ListResult = ResultOf<typeof AdminStudiosQuery>['studios'];
type Connection = Extract<ListResult, { __typename: 'QueryStudiosSuccess' }>['data'];
type StudioRow = Connection['edges'][number]['node'];

interface Filters {
  level?: Level | null;
  stars?: number | null;
  search?: string | null;
}

/** 创新工作室 (/admin/innovation): the registry with filters, each studio linking to its page. */
export function StudiosPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>({});
  const viewer = useViewer();
  const navigate = useNavigate();
  const canCreate = hasPermission(viewer.permissions, 'INNOVATION_MANAGE');
  const [creating, setCreating] = useState(false);
  const [catalogue] = useQuery({ query: HonorCatalogueQuery, pause: !creating });
  const [pages, setPages] = useState<CursorPages>(firstPage);
  const [result, reexecute] = useQuery({
    query: AdminStudiosQuery,
    variables: {
      filter: {
        level: filters.level ?? null,
        stars: filters.stars ?? null,
        search: filters.search?.trim() || null,
      },
      first: pageSize,
      after: currentAfter(pages),
    },
  });
  useEffect(() => {
    document.title = `${t('innovation.studios.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  const studios = result.data?.studios;
  const shown = useRef<{ connection: Connection; pages: CursorPages } | null>(null);
  if (studios?.__typename === 'QueryStudiosSuccess')
    shown.current = { connection: studios.data, pages };
  const connection = shown.current?.connection ?? null;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

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
        <Form<Filters>
          layout="inline"
          name="studioFilters"
          onFinish={(values) => {
            setFilters(values);
            setPages(firstPage);
          }}
        >
          <Form.Item name="level" label={t('innovation.studio.level')}>
            <Select
              allowClear
              style={{ width: 150 }}
              options={LEVELS.map((level) => ({
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
          <Form.Item name="search">
            <Input allowClear placeholder={t('innovation.filter.search')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('innovation.filter.apply')}
            </Button>
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
        shownPages={shown.current?.pages ?? pages}
        pageSize={pageSize}
        rowsOnPage={rows.length}
        hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
        fetching={result.fetching}
        onPrevious={() => setPages(previousPage)}
        onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
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
