import { PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Form,
  InputNumber,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
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
  previousPage,
} from '../../shared/cursor-pages';
import { TransportErrorAlert } from '../../shared/error-views';
import { awardsPath } from './award-filters';
import { CreateCampaignModal } from './create-campaign-modal';
import {
  type CampaignFilters,
  campaignFiltersFromSearch,
  campaignPath,
  searchOfCampaignFilters,
} from './honor-paths';
import { CampaignListQuery, HonorCatalogueQuery } from './honor-queries';

export const campaignListSize = 20;

type ListResult = ResultOf<typeof CampaignListQuery>['campaigns'];
type Connection = Extract<ListResult, { __typename: 'QueryCampaignsSuccess' }>['data'];
type CampaignRow = Connection['edges'][number]['node'];

interface FilterValues {
  year?: number | null;
  titleCode?: string | null;
}

/**
 * 荣誉评选 (/admin/honors): the campaigns the viewer sees, newest year first, filtered by year and
 * title (the filters live in the query string), and 新建评选活动 for those who may approve.
 */
export function CampaignsPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const canCreate = hasPermission(viewer.permissions, 'HONOR_APPROVE');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => campaignFiltersFromSearch(searchParams), [searchParams]);
  const [form] = Form.useForm<FilterValues>();
  const [creating, setCreating] = useState(false);
  const [catalogue] = useQuery({ query: HonorCatalogueQuery });
  const [pages, setPages] = useState(firstPage);
  // New filters start again at page 1.
  const filterKey = searchOfCampaignFilters(filters).toString();
  const shownKey = useRef(filterKey);
  if (shownKey.current !== filterKey) {
    shownKey.current = filterKey;
    if (pages !== firstPage) setPages(firstPage);
  }
  const [result, reexecute] = useQuery({
    query: CampaignListQuery,
    variables: { filter: filters, first: campaignListSize, after: currentAfter(pages) },
  });

  useEffect(() => {
    document.title = `${t('honor.campaigns.pageTitle')} · ${t('app.title')}`;
  }, [t]);
  useEffect(() => {
    form.setFieldsValue({ year: filters.year ?? null, titleCode: filters.titleCode ?? null });
  }, [form, filters]);

  const titles = catalogue.data?.honorTitles ?? [];
  const campaigns = result.data?.campaigns;
  // The rows stay on screen while the next page loads.
  const shown = useRef<{ connection: Connection; pages: CursorPages } | null>(null);
  if (campaigns?.__typename === 'QueryCampaignsSuccess') {
    shown.current = { connection: campaigns.data, pages };
  }
  const connection = shown.current?.connection ?? null;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const apply = (values: FilterValues) => {
    const next: CampaignFilters = {};
    if (values.year) next.year = values.year;
    if (values.titleCode) next.titleCode = values.titleCode;
    setSearchParams(searchOfCampaignFilters(next));
  };

  const columns: TableColumnsType<CampaignRow> = [
    {
      key: 'name',
      title: t('honor.campaign.name'),
      render: (_value, row) => <Link to={campaignPath(row.id)}>{row.name}</Link>,
    },
    { key: 'year', title: t('honor.campaign.year'), width: 80, dataIndex: 'year' },
    {
      key: 'title',
      title: t('honor.campaign.title'),
      width: 200,
      render: (_value, row) => row.title?.name ?? row.titleCode,
    },
    {
      key: 'organizer',
      title: t('honor.campaign.organizer'),
      width: 200,
      dataIndex: 'organizerName',
    },
    {
      key: 'deadline',
      title: t('honor.campaign.deadline'),
      width: 130,
      dataIndex: 'nominationDeadline',
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          <TrophyOutlined /> {t('honor.campaigns.pageTitle')}
        </Typography.Title>
        <Flex gap={12} align="center">
          <Link to={awardsPath()}>{t('honor.awards.pageTitle')}</Link>
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('honor.campaign.create')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Card size="small">
        <Form<FilterValues> form={form} layout="inline" onFinish={apply} name="campaignFilters">
          <Form.Item name="year" label={t('honor.campaign.year')}>
            <InputNumber min={1990} max={2100} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="titleCode" label={t('honor.campaign.title')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 260 }}
              options={titles.map((title) => ({ value: title.code, label: title.name }))}
            />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                {t('honor.filter.apply')}
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
      {campaigns && campaigns.__typename !== 'QueryCampaignsSuccess' ? (
        <Typography.Text type="danger">{campaigns.message}</Typography.Text>
      ) : null}
      <Table<CampaignRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={result.fetching}
        pagination={false}
        data-testid="campaign-table"
        locale={{ emptyText: t('honor.campaigns.empty') }}
      />
      <CursorPager
        pages={pages}
        shownPages={shown.current?.pages ?? pages}
        pageSize={campaignListSize}
        rowsOnPage={rows.length}
        hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
        fetching={result.fetching}
        onPrevious={() => setPages(previousPage)}
        onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
      />
      {creating ? (
        <CreateCampaignModal
          titles={titles}
          presets={catalogue.data?.honorQuotaPresets ?? []}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(campaignPath(id))}
        />
      ) : null}
    </Flex>
  );
}
