import { TrophyOutlined } from '@ant-design/icons';
import {
  Alert,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { HonorLevel, ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { type DateRangeValue, dateRangeValue, datesOfRange } from '../../shared/date-range';
import { TransportErrorAlert } from '../../shared/error-views';
import { FilterActions, PagedTable, useListPage, useShownList } from '../../shared/list-page';
import { OrganizationPicker } from '../organization/organization-picker';
import { useKnownOrganizationNames } from '../organization/use-organization-name';
import {
  type AwardListFilters,
  awardFilterInput,
  awardFilters,
  honorLevels,
} from './award-filters';
import { campaignsPath } from './honor-paths';
import { AwardListQuery, HonorCatalogueQuery } from './honor-queries';

export const awardListPageSize = 20;

type ListResult = ResultOf<typeof AwardListQuery>['honorAwards'];
type Connection = Extract<ListResult, { __typename: 'QueryHonorAwardsSuccess' }>['data'];
type AwardRow = Connection['edges'][number]['node'];

interface FilterValues {
  organizationId?: string | null;
  levels?: HonorLevel[];
  titleCode?: string | null;
  year?: number | null;
  published?: DateRangeValue;
  revoked: 'any' | 'yes' | 'no';
  search?: string;
}

function formValuesOf(filters: AwardListFilters): FilterValues {
  return {
    organizationId: filters.organizationId,
    levels: [...filters.levels],
    titleCode: filters.titleCode,
    year: filters.year,
    published: dateRangeValue(filters.publishedFrom, filters.publishedTo),
    revoked: filters.revoked ?? 'any',
    search: filters.search ?? '',
  };
}

function filtersOf(values: FilterValues): AwardListFilters {
  const published = datesOfRange(values.published);
  return {
    organizationId: values.organizationId ?? null,
    levels: values.levels ?? [],
    titleCode: values.titleCode ?? null,
    year: values.year ?? null,
    publishedFrom: published.from,
    publishedTo: published.to,
    revoked: values.revoked === 'any' ? null : values.revoked,
    search: values.search?.trim() || null,
  };
}

/**
 * 获奖名单 (/admin/honors/awards): the awards nominated within the viewer's subtrees, revoked
 * ones too, filtered by organisation, level, title, year and publication date (in the URL: the
 * annual report's honor figures link here), newest first, with the total.
 */
export function AwardsPage() {
  const { t, formatDate } = useI18n();
  const address = useListPage(awardFilters, {
    title: 'honor.awards.pageTitle',
    pageSize: awardListPageSize,
  });
  const { filters } = address;
  const [form] = Form.useForm<FilterValues>();
  const [catalogue] = useQuery({ query: HonorCatalogueQuery });

  useEffect(() => {
    form.setFieldsValue(formValuesOf(filters));
  }, [form, filters]);

  const filterInput = useMemo(() => awardFilterInput(filters), [filters]);
  const [result, reexecute] = useQuery({
    query: AwardListQuery,
    variables: { filter: filterInput, first: address.cursor.first, after: address.cursor.after },
  });
  const knownNames = useKnownOrganizationNames(filters.organizationId);

  const awards = result.data?.honorAwards;
  const shown = useShownList(
    address.cursor,
    awards?.__typename === 'QueryHonorAwardsSuccess' ? awards.data : null,
    result.fetching,
  );
  const titles = catalogue.data?.honorTitles ?? [];

  const columns: TableColumnsType<AwardRow> = [
    { key: 'name', title: t('honor.awards.name'), dataIndex: 'name', width: 200 },
    { key: 'title', title: t('honor.campaign.title'), dataIndex: 'titleName', width: 200 },
    {
      key: 'level',
      title: t('honor.awards.level'),
      width: 90,
      render: (_value, row) => t(`honor.level.${row.level}`),
    },
    { key: 'year', title: t('honor.campaign.year'), dataIndex: 'year', width: 80 },
    { key: 'employer', title: t('honor.awards.employer'), dataIndex: 'employerName' },
    {
      key: 'published',
      title: t('honor.awards.published'),
      width: 120,
      render: (_value, row) => formatDate(row.publishedAt),
    },
    {
      key: 'state',
      title: t('honor.awards.state'),
      width: 110,
      render: (_value, row) =>
        row.revokedAt ? (
          <Tag color="red" title={row.revokedReason ?? undefined}>
            {t('honor.awards.revoked')}
          </Tag>
        ) : (
          <Tag color="green">{t('honor.awards.standing')}</Tag>
        ),
    },
    {
      key: 'certificate',
      title: t('honor.awards.certificate'),
      width: 160,
      dataIndex: 'certificateCode',
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          <TrophyOutlined /> {t('honor.awards.pageTitle')}
        </Typography.Title>
        <Link to={campaignsPath()}>{t('honor.campaigns.pageTitle')}</Link>
      </Flex>
      <Card size="small">
        <Form<FilterValues>
          form={form}
          layout="vertical"
          onFinish={(values) => address.apply(filtersOf(values))}
          initialValues={formValuesOf(filters)}
          data-testid="award-filters"
        >
          <Flex gap={16} wrap>
            <Form.Item
              name="organizationId"
              label={t('members.filter.organization')}
              style={{ width: 280 }}
            >
              <OrganizationPicker
                allowClear
                placeholder={t('members.filter.organizationPlaceholder')}
                knownNames={knownNames}
              />
            </Form.Item>
            <Form.Item name="levels" label={t('honor.awards.level')} style={{ width: 220 }}>
              <Select<HonorLevel[]>
                mode="multiple"
                allowClear
                maxTagCount="responsive"
                placeholder={t('members.filter.any')}
                options={honorLevels.map((level) => ({
                  value: level,
                  label: t(`honor.level.${level}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="titleCode" label={t('honor.campaign.title')} style={{ width: 240 }}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t('members.filter.any')}
                options={titles.map((title) => ({ value: title.code, label: title.name }))}
              />
            </Form.Item>
            <Form.Item name="year" label={t('honor.campaign.year')}>
              <InputNumber min={1950} max={2100} style={{ width: 110 }} />
            </Form.Item>
            <Form.Item name="published" label={t('honor.awards.published')} style={{ width: 280 }}>
              <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="revoked" label={t('honor.awards.state')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'any', label: t('members.filter.any') },
                  { value: 'no', label: t('honor.awards.standing') },
                  { value: 'yes', label: t('honor.awards.revoked') },
                ]}
              />
            </Form.Item>
            <Form.Item name="search" label={t('honor.awards.search')} style={{ width: 200 }}>
              <Input allowClear maxLength={100} />
            </Form.Item>
          </Flex>
          <FilterActions applyLabel={t('honor.filter.apply')} onReset={address.reset} />
        </Form>
      </Card>
      <Card>
        <Flex vertical gap={12}>
          {awards && awards.__typename !== 'QueryHonorAwardsSuccess' ? (
            <Alert type="error" showIcon title={awards.message} />
          ) : null}
          {result.error && !shown.shown ? (
            <TransportErrorAlert
              error={result.error}
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          ) : (
            <PagedTable<AwardRow>
              list={shown}
              summaryKey="honor.awards.summary"
              summaryTestId="award-list-summary"
              rowKey="id"
              size="middle"
              columns={columns}
              scroll={{ x: 1200 }}
              locale={{ emptyText: t('honor.awards.empty') }}
              data-testid="award-list"
            />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
