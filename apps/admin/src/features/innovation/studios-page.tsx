import { BulbOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { type DateRangeValue, dateRangeValue, datesOfRange } from '../../shared/date-range';
import { TransportErrorAlert } from '../../shared/error-views';
import { FilterActions, PagedTable, useListPage, useShownList } from '../../shared/list-page';
import { HonorCatalogueQuery } from '../honor/honor-queries';
import { OrganizationPicker } from '../organization/organization-picker';
import { useKnownOrganizationNames } from '../organization/use-organization-name';
import { CreateStudioModal } from './create-studio-modal';
import { conversionBoardPath, networkPath, starsText, studioPath } from './innovation-display';
import {
  type StudioListFilters,
  type StudioStatusChoice,
  studioFilterInput,
  studioFilters,
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
  founded?: DateRangeValue;
  search?: string | null;
}

function formValuesOf(filters: StudioListFilters): FilterValues {
  return {
    organizationId: filters.organizationId,
    level: filters.level,
    stars: filters.stars,
    status: filters.status,
    founded: dateRangeValue(filters.foundedFrom, filters.foundedTo),
    search: filters.search ?? '',
  };
}

function filtersOf(values: FilterValues): StudioListFilters {
  const founded = datesOfRange(values.founded);
  return {
    organizationId: values.organizationId ?? null,
    level: values.level ?? null,
    stars: values.stars ?? null,
    status: values.status ?? null,
    foundedFrom: founded.from,
    foundedTo: founded.to,
    search: values.search?.trim() || null,
  };
}

/**
 * 创新工作室 (/admin/innovation): the registry with filters — in the URL, so that the annual
 * report's studio figures open the studios they count — each studio linking to its page.
 */
export function StudiosPage() {
  const { t } = useI18n();
  const address = useListPage(studioFilters, {
    title: 'innovation.studios.pageTitle',
    pageSize: pageSize,
  });
  const { filters } = address;
  const [form] = Form.useForm<FilterValues>();
  const viewer = useViewer();
  const navigate = useNavigate();
  const canCreate = hasPermission(viewer.permissions, 'INNOVATION_MANAGE');
  const [creating, setCreating] = useState(false);
  const [catalogue] = useQuery({ query: HonorCatalogueQuery, pause: !creating });
  const filterInput = useMemo(() => studioFilterInput(filters), [filters]);
  const [result, reexecute] = useQuery({
    query: AdminStudiosQuery,
    variables: { filter: filterInput, first: address.cursor.first, after: address.cursor.after },
  });
  const knownNames = useKnownOrganizationNames(filters.organizationId);
  useEffect(() => {
    form.setFieldsValue(formValuesOf(filters));
  }, [form, filters]);

  const studios = result.data?.studios;
  const shown = useShownList(
    address.cursor,
    studios?.__typename === 'QueryStudiosSuccess' ? studios.data : null,
    result.fetching,
  );

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
          onFinish={(values) => address.apply(filtersOf(values))}
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
            <FilterActions
              applyLabel={t('innovation.filter.apply')}
              onReset={address.reset}
              icon={false}
            />
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
      <PagedTable<StudioRow>
        list={shown}
        summaryKey="innovation.studios.summary"
        summaryTestId="studio-list-summary"
        rowKey="id"
        size="middle"
        columns={columns}
        data-testid="studio-table"
        locale={{ emptyText: t('innovation.studios.empty') }}
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
