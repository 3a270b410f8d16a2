import { PlusOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { MemberStatus, NewEmploymentGroup, ResultOf } from '../../graphql';
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
import { organizationPath } from '../organization/organization-paths';
import { OrganizationPicker } from '../organization/organization-picker';
import { AddMemberModal } from './add-member-modal';
import { memberStatusColors, monospace } from './member-display';
import { type FilterValues, filtersOf, formValuesOf } from './member-filter-form';
import {
  filtersFromSearchParams,
  maxFilterTextLength,
  memberFilterInput,
  searchParamsOfFilters,
} from './member-filters';
import { useGroupFilterOptions, useStatusFilterOptions } from './member-options';
import { type MemberListState, memberPath } from './member-paths';
import { MemberListQuery, OrganizationNameQuery } from './member-queries';

export const memberListPageSize = 20;

type ListResult = ResultOf<typeof MemberListQuery>['members'];
type ListConnection = Extract<ListResult, { __typename: 'QueryMembersSuccess' }>['data'];
type MemberRow = ListConnection['edges'][number]['node'];

/**
 * 会员管理 (/admin/members): the members of the viewer's subtrees, filtered and paged. The
 * filters live in the query string (a link reproduces the list), except the exact ID number,
 * which is never put in an address (see member-filters.ts).
 */
export function MembersPage() {
  const { t, label, formatDate, formatCount } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const canWrite = hasPermission(viewer.permissions, 'MEMBER_WRITE');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const [idNumber, setIdNumber] = useState('');
  const [form] = Form.useForm<FilterValues>();
  const [pages, setPages] = useState(firstPage);
  const [adding, setAdding] = useState(false);
  const statusOptions = useStatusFilterOptions();
  const groupOptions = useGroupFilterOptions();

  useEffect(() => {
    document.title = `${t('members.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  // The form follows the address (back/forward, a pasted link).
  useEffect(() => {
    form.setFieldsValue(formValuesOf(filters, idNumber));
  }, [form, filters, idNumber]);

  // New filters start again at page 1.
  const filterKey = `${searchParamsOfFilters(filters).toString()}|${idNumber}`;
  const shownKey = useRef(filterKey);
  if (shownKey.current !== filterKey) {
    shownKey.current = filterKey;
    if (pages !== firstPage) setPages(firstPage);
  }

  const filterInput = useMemo(() => memberFilterInput(filters, idNumber), [filters, idNumber]);
  const [result, reexecute] = useQuery({
    query: MemberListQuery,
    variables: { filter: filterInput, first: memberListPageSize, after: currentAfter(pages) },
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

  const shown = useRef<{ connection: ListConnection; pages: CursorPages } | null>(null);
  const members = result.data?.members;
  if (members?.__typename === 'QueryMembersSuccess') {
    shown.current = { connection: members.data, pages };
  }
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const range = shownRange(shownPages, memberListPageSize, rows.length);

  const apply = (values: FilterValues) => {
    setIdNumber(values.idNumber?.trim() ?? '');
    setSearchParams(searchParamsOfFilters(filtersOf(values)));
  };
  const reset = () => {
    setIdNumber('');
    setSearchParams(new URLSearchParams());
  };

  // The detail page's 返回会员列表 comes back to this list, filters and all.
  const backState: MemberListState = { listSearch: searchParams.toString() };

  const columns: TableColumnsType<MemberRow> = [
    {
      key: 'name',
      title: t('member.column.name'),
      width: 96,
      fixed: 'left',
      render: (_value, row) => (
        <Link
          to={memberPath(row.id)}
          state={backState}
          onClick={(event) => event.stopPropagation()}
        >
          {row.name}
        </Link>
      ),
    },
    {
      key: 'sex',
      title: t('member.column.sex'),
      width: 60,
      render: (_value, row) => label('sexes', row.sex),
    },
    {
      key: 'idNumber',
      title: t('member.column.idNumber'),
      width: 180,
      render: (_value, row) => <span style={monospace}>{row.idNumberMasked}</span>,
    },
    {
      key: 'phone',
      title: t('member.column.phone'),
      width: 124,
      render: (_value, row) => (
        <span style={monospace}>{row.phoneMasked ?? t('common.empty')}</span>
      ),
    },
    {
      key: 'joinedOn',
      title: t('member.column.joinedOn'),
      width: 130,
      render: (_value, row) => formatDate(row.joinedOn),
    },
    {
      key: 'status',
      title: t('member.column.status'),
      width: 100,
      render: (_value, row) => (
        <Tag color={memberStatusColors[row.status] ?? 'default'}>
          {label('memberStatuses', row.status)}
        </Tag>
      ),
    },
    {
      key: 'group',
      title: t('members.column.group'),
      width: 110,
      render: (_value, row) =>
        row.employmentGroup ? label('employmentGroups', row.employmentGroup) : t('common.empty'),
    },
    {
      key: 'migrant',
      title: t('members.column.migrant'),
      width: 72,
      render: (_value, row) => (row.isMigrant ? t('common.yes') : t('common.no')),
    },
    {
      key: 'employer',
      title: t('members.column.employer'),
      width: 200,
      render: (_value, row) =>
        row.employerName ? (
          <Typography.Text ellipsis={{ tooltip: row.employerName }} style={{ maxWidth: 188 }}>
            {row.employerName}
          </Typography.Text>
        ) : (
          t('common.empty')
        ),
    },
    {
      key: 'organization',
      title: t('member.column.organization'),
      width: 240,
      render: (_value, row) => (
        <Link
          to={organizationPath(row.organization.id)}
          onClick={(event) => event.stopPropagation()}
        >
          <Typography.Text ellipsis={{ tooltip: row.organization.name }} style={{ maxWidth: 228 }}>
            {row.organization.name}
          </Typography.Text>
        </Link>
      ),
    },
  ];

  const refused = members && members.__typename !== 'QueryMembersSuccess' ? members.message : null;

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          <TeamOutlined style={{ marginInlineEnd: 8, color: '#c4161c' }} />
          {t('members.pageTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('members.pageSubtitle')}</Typography.Text>
      </Flex>
      <Card>
        <Form<FilterValues>
          name="memberFilters"
          form={form}
          layout="vertical"
          onFinish={apply}
          initialValues={formValuesOf(filters, idNumber)}
          data-testid="member-filters"
        >
          <Flex gap={16} wrap>
            <Form.Item name="search" label={t('members.filter.name')} style={{ width: 160 }}>
              <Input
                allowClear
                maxLength={maxFilterTextLength}
                placeholder={t('members.filter.namePlaceholder')}
              />
            </Form.Item>
            <Form.Item name="idNumber" label={t('members.filter.idNumber')} style={{ width: 250 }}>
              <Input
                allowClear
                autoComplete="off"
                spellCheck={false}
                maxLength={18}
                placeholder={t('members.filter.idNumberPlaceholder')}
                style={monospace}
              />
            </Form.Item>
            <Form.Item name="statuses" label={t('members.filter.status')} style={{ width: 240 }}>
              <Select<MemberStatus[]>
                mode="multiple"
                allowClear
                options={statusOptions}
                placeholder={t('members.filter.any')}
                maxTagCount="responsive"
              />
            </Form.Item>
            <Form.Item name="groups" label={t('members.filter.group')} style={{ width: 240 }}>
              <Select<NewEmploymentGroup[]>
                mode="multiple"
                allowClear
                options={groupOptions}
                placeholder={t('members.filter.any')}
                maxTagCount="responsive"
              />
            </Form.Item>
            <Form.Item name="migrant" label={t('members.filter.migrant')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'any', label: t('members.filter.any') },
                  { value: 'yes', label: t('common.yes') },
                  { value: 'no', label: t('common.no') },
                ]}
              />
            </Form.Item>
            <Form.Item name="sex" label={t('members.filter.sex')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'any', label: t('members.filter.any') },
                  { value: 'FEMALE', label: t('members.filter.female') },
                  { value: 'MALE', label: t('members.filter.male') },
                ]}
              />
            </Form.Item>
            <Form.Item name="employer" label={t('members.filter.employer')} style={{ width: 200 }}>
              <Input
                allowClear
                maxLength={maxFilterTextLength}
                placeholder={t('members.filter.employerPlaceholder')}
              />
            </Form.Item>
            <Form.Item name="joined" label={t('members.filter.joined')} style={{ width: 280 }}>
              <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="organizationId"
              label={t('members.filter.organization')}
              style={{ width: 300 }}
            >
              <OrganizationPicker
                allowClear
                placeholder={t('members.filter.organizationPlaceholder')}
                knownNames={knownNames}
              />
            </Form.Item>
          </Flex>
          <Flex justify="space-between" gap={12} wrap>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('members.filter.apply')}
              </Button>
              <Button onClick={reset}>{t('common.reset')}</Button>
            </Flex>
            {canWrite ? (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('members.add')}
              </Button>
            ) : null}
          </Flex>
        </Form>
      </Card>
      <Card>
        <Flex vertical gap={12}>
          {refused ? <Alert type="error" showIcon title={refused} /> : null}
          {result.error && !connection ? (
            <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />
          ) : (
            <>
              <Table<MemberRow>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                loading={result.fetching}
                pagination={false}
                locale={{ emptyText: t('members.empty') }}
                scroll={{ x: 1400 }}
                onRow={(row) => ({
                  onClick: () => navigate(memberPath(row.id), { state: backState }),
                  style: { cursor: 'pointer' },
                })}
                data-testid="member-list"
              />
              <CursorPager
                pages={pages}
                shownPages={shownPages}
                pageSize={memberListPageSize}
                rowsOnPage={rows.length}
                hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
                fetching={result.fetching}
                onPrevious={() => setPages(previousPage)}
                onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
                summary={t('member.summary', {
                  total: formatCount(total),
                  page: pageNumber(shownPages),
                  from: range.from,
                  to: range.to,
                })}
                testId="member-list-summary"
              />
            </>
          )}
        </Flex>
      </Card>
      <AddMemberModal open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}
