import { EnvironmentOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
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
  previousPage,
} from '../../shared/cursor-pages';
import { TransportErrorAlert } from '../../shared/error-views';
import { ImportServicePositionsModal } from './import-service-positions-modal';
import {
  type ServiceFilters,
  type ServiceFormValues,
  searchOfServiceFilters,
  serviceFiltersFromSearch,
  serviceFormOf,
  serviceKinds,
  serviceStatuses,
} from './service-display';
import { ServicePositionModal } from './service-position-modal';
import { ManagedServicePositionsQuery } from './service-queries';

export const servicePageSize = 20;

type ListResult = ResultOf<typeof ManagedServicePositionsQuery>['managedServicePositions'];
type Connection = Extract<
  ListResult,
  { __typename: 'QueryManagedServicePositionsSuccess' }
>['data'];
type Row = Connection['edges'][number]['node'];

const statusColours: Record<string, string> = {
  OPEN: 'green',
  SUSPENDED: 'orange',
  CLOSED: 'default',
};

/**
 * 服务阵地 (/admin/service): the positions within the viewer's subtrees (closed ones too),
 * filtered by kind, status, district and name (in the query string); 登记 and 修改 for those who
 * manage them, and 导入 from Excel.
 */
export function ServicePositionsPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const canManage = hasPermission(viewer.permissions, 'SERVICE_MANAGE');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => serviceFiltersFromSearch(searchParams), [searchParams]);
  const [form] = Form.useForm<ServiceFilters>();
  const [editing, setEditing] = useState<{ id: string; values: ServiceFormValues } | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [pages, setPages] = useState(firstPage);
  const filterKey = searchOfServiceFilters(filters).toString();
  const shownKey = useRef(filterKey);
  if (shownKey.current !== filterKey) {
    shownKey.current = filterKey;
    if (pages !== firstPage) setPages(firstPage);
  }
  const [result, reexecute] = useQuery({
    query: ManagedServicePositionsQuery,
    variables: { filter: filters, first: servicePageSize, after: currentAfter(pages) },
  });

  useEffect(() => {
    document.title = `${t('service.pageTitle')} · ${t('app.title')}`;
  }, [t]);
  useEffect(() => {
    form.setFieldsValue({
      kind: filters.kind,
      status: filters.status,
      regionCode: filters.regionCode,
      search: filters.search,
    });
  }, [form, filters]);

  const answer = result.data?.managedServicePositions;
  const shown = useRef<{ connection: Connection; pages: CursorPages } | null>(null);
  if (answer?.__typename === 'QueryManagedServicePositionsSuccess') {
    shown.current = { connection: answer.data, pages };
  }
  const connection = shown.current?.connection ?? null;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const apply = (values: ServiceFilters) => {
    const next: ServiceFilters = {};
    if (values.kind) next.kind = values.kind;
    if (values.status) next.status = values.status;
    if (values.regionCode?.trim()) next.regionCode = values.regionCode.trim();
    if (values.search?.trim()) next.search = values.search.trim();
    // The report's link filters (union, serving on a day, opened in a range) stay until cleared.
    if (filters.organizationId) next.organizationId = filters.organizationId;
    if (filters.openOn) next.openOn = filters.openOn;
    if (filters.openedFrom) next.openedFrom = filters.openedFrom;
    if (filters.openedTo) next.openedTo = filters.openedTo;
    setSearchParams(searchOfServiceFilters(next));
  };

  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('service.field.name'),
      render: (_value, row) => (
        <Flex vertical>
          <Typography.Text strong>{row.name}</Typography.Text>
          <Typography.Text type="secondary">{row.address}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t('service.field.kind'),
      width: 150,
      render: (_value, row) =>
        `${t(`service.kind.${row.kind}`)}${row.libraryLevel ? `（${t(`service.level.${row.libraryLevel}`)}）` : ''}`,
    },
    { key: 'region', title: t('service.field.regionCode'), width: 100, dataIndex: 'regionCode' },
    {
      key: 'hours',
      title: t('service.field.openingHours'),
      width: 200,
      dataIndex: 'openingHours',
    },
    {
      key: 'status',
      title: t('service.field.status'),
      width: 110,
      render: (_value, row) => (
        <Tag color={statusColours[row.status]}>{t(`service.status.${row.status}`)}</Tag>
      ),
    },
    {
      key: 'dates',
      title: t('service.field.dates'),
      width: 130,
      render: (_value, row) =>
        row.closedOn
          ? `${row.openedOn} – ${row.closedOn}`
          : t('service.since', { day: row.openedOn }),
    },
    {
      key: 'organization',
      title: t('service.field.organization'),
      width: 170,
      dataIndex: 'organizationName',
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('service.actions'),
            width: 90,
            render: (_value: unknown, row: Row) => (
              <Button
                size="small"
                data-testid={`edit-service-${row.id}`}
                onClick={() => setEditing({ id: row.id, values: serviceFormOf(row) })}
              >
                {t('service.editShort')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          <EnvironmentOutlined /> {t('service.pageTitle')}
        </Typography.Title>
        {canManage ? (
          <Flex gap={8}>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('service.import.open')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('service.create')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      <Card size="small">
        <Form<ServiceFilters> form={form} layout="inline" onFinish={apply} name="serviceFilters">
          <Form.Item name="kind" label={t('service.field.kind')}>
            <Select
              allowClear
              style={{ width: 190 }}
              options={serviceKinds.map((value) => ({
                value,
                label: t(`service.kind.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t('service.field.status')}>
            <Select
              allowClear
              style={{ width: 120 }}
              options={serviceStatuses.map((value) => ({
                value,
                label: t(`service.status.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="regionCode" label={t('service.field.regionCode')}>
            <Input maxLength={6} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="search" label={t('service.filter.search')}>
            <Input maxLength={100} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                {t('service.filter.apply')}
              </Button>
              <Button onClick={() => setSearchParams(new URLSearchParams())}>
                {t('common.reset')}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>
      {result.error ? <TransportErrorAlert error={result.error} onRetry={refresh} /> : null}
      {answer && answer.__typename !== 'QueryManagedServicePositionsSuccess' ? (
        <Typography.Text type="danger">{answer.message}</Typography.Text>
      ) : null}
      {filters.organizationId || filters.openOn || filters.openedFrom || filters.openedTo ? (
        <Flex gap={8} wrap align="center" data-testid="service-report-filters">
          {filters.openOn ? (
            <Tag color="blue">{t('service.filter.openOn', { day: filters.openOn })}</Tag>
          ) : null}
          {filters.openedFrom || filters.openedTo ? (
            <Tag color="blue">
              {t('service.filter.opened', {
                from: filters.openedFrom ?? '…',
                to: filters.openedTo ?? '…',
              })}
            </Tag>
          ) : null}
          {filters.organizationId ? <Tag color="blue">{t('service.filter.subtree')}</Tag> : null}
          <Button
            size="small"
            onClick={() =>
              setSearchParams(
                searchOfServiceFilters({
                  kind: filters.kind,
                  status: filters.status,
                  regionCode: filters.regionCode,
                  search: filters.search,
                }),
              )
            }
          >
            {t('service.filter.clearReport')}
          </Button>
        </Flex>
      ) : null}
      {connection ? (
        <Typography.Text type="secondary" data-testid="service-count">
          {t('service.count', { count: connection.totalCount })}
        </Typography.Text>
      ) : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={result.fetching}
        pagination={false}
        data-testid="service-table"
        locale={{ emptyText: t('service.empty') }}
      />
      <CursorPager
        pages={pages}
        shownPages={shown.current?.pages ?? pages}
        pageSize={servicePageSize}
        rowsOnPage={rows.length}
        hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
        fetching={result.fetching}
        onPrevious={() => setPages(previousPage)}
        onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
      />
      {creating || editing ? (
        <ServicePositionModal
          editing={editing}
          onClose={() => {
            setCreating(false);
            setEditing(null);
          }}
          onSaved={refresh}
        />
      ) : null}
      {importing ? (
        <ImportServicePositionsModal onClose={() => setImporting(false)} onImported={refresh} />
      ) : null}
    </Flex>
  );
}
