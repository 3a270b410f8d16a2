import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
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
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { MemberStatus, NewEmploymentGroup, ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TransportErrorAlert } from '../../shared/error-views';
import { FilterActions, PagedTable, useListPage, useShownList } from '../../shared/list-page';
import { organizationPath } from '../organization/organization-paths';
import { OrganizationPicker } from '../organization/organization-picker';
import { useKnownOrganizationNames } from '../organization/use-organization-name';
import { AddMemberModal } from './add-member-modal';
import { memberStatusColors, monospace } from './member-display';
import { type FilterValues, filtersOf, formValuesOf } from './member-filter-form';
import { maxFilterTextLength, memberFilterInput, memberFilters } from './member-filters';
import { useGroupFilterOptions, useStatusFilterOptions } from './member-options';
import { type MemberListState, memberPath } from './member-paths';
import { MemberListQuery } from './member-queries';

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
  const { t, label, formatDate } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const canWrite = hasPermission(viewer.permissions, 'MEMBER_WRITE');
  const [idNumber, setIdNumber] = useState('');
  const address = useListPage(memberFilters, {
    title: 'members.pageTitle',
    pageSize: memberListPageSize,
    extraKey: idNumber,
  });
  const { filters, searchParams } = address;
  const [form] = Form.useForm<FilterValues>();
  const [adding, setAdding] = useState(false);
  const statusOptions = useStatusFilterOptions();
  const groupOptions = useGroupFilterOptions();

  // The form follows the address (back/forward, a pasted link).
  useEffect(() => {
    form.setFieldsValue(formValuesOf(filters, idNumber));
  }, [form, filters, idNumber]);

  const filterInput = useMemo(() => memberFilterInput(filters, idNumber), [filters, idNumber]);
  const [result, reexecute] = useQuery({
    query: MemberListQuery,
    variables: { filter: filterInput, first: address.cursor.first, after: address.cursor.after },
  });
  const knownNames = useKnownOrganizationNames(filters.organizationId);

  const members = result.data?.members;
  const shown = useShownList(
    address.cursor,
    members?.__typename === 'QueryMembersSuccess' ? members.data : null,
    result.fetching,
  );

  const apply = (values: FilterValues) => {
    setIdNumber(values.idNumber?.trim() ?? '');
    address.apply(filtersOf(values));
  };
  const reset = () => {
    setIdNumber('');
    address.reset();
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
            <FilterActions applyLabel={t('members.filter.apply')} onReset={reset} />
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
          {result.error && !shown.shown ? (
            <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />
          ) : (
            <PagedTable<MemberRow>
              list={shown}
              summaryKey="member.summary"
              summaryTestId="member-list-summary"
              rowKey="id"
              size="middle"
              columns={columns}
              locale={{ emptyText: t('members.empty') }}
              scroll={{ x: 1400 }}
              onRow={(row) => ({
                onClick: () => navigate(memberPath(row.id), { state: backState }),
                style: { cursor: 'pointer' },
              })}
              data-testid="member-list"
            />
          )}
        </Flex>
      </Card>
      <AddMemberModal open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}
