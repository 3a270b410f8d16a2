import { KeyOutlined, PlusOutlined, SearchOutlined, UserSwitchOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Input,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { ForbiddenResult } from '../../session/require-session';
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
import { hasErrorCode } from '../../shared/graphql-errors';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { AssignRoleModal, type StaffTarget } from './assign-role-modal';
import { CreateStaffModal } from './create-staff-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { RevokeRoleMutation, StaffAccountsQuery } from './staff-queries';
import { accountStatus, canOfferRevoke, roleColor } from './staff-roles';

export const staffPageSize = 20;

type StaffConnection = ResultOf<typeof StaffAccountsQuery>['staffAccounts'];
type StaffRow = StaffConnection['edges'][number]['node'];

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** 人员管理: the staff accounts of the unions where the viewer manages staff. */
export function StaffPage() {
  const { t, label, formatDateTime } = useI18n();
  const { modal, message } = App.useApp();
  const viewer = useViewer();
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim(), 300);
  const [pages, setPages] = useState(firstPage);
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState<StaffTarget | null>(null);
  const [resetting, setResetting] = useState<StaffTarget | null>(null);
  const [, revokeRole] = useMutation(RevokeRoleMutation);
  const context = useMemo(() => ({ additionalTypenames: ['StaffAccount'] }), []);

  useEffect(() => {
    document.title = `${t('staff.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  // A new search starts again at page 1.
  const searchKey = useRef(search);
  if (searchKey.current !== search) {
    searchKey.current = search;
    if (pages !== firstPage) setPages(firstPage);
  }

  const [result, reexecute] = useQuery({
    query: StaffAccountsQuery,
    variables: { search: search || null, first: staffPageSize, after: currentAfter(pages) },
    context,
  });

  const shown = useRef<{ connection: StaffConnection; pages: CursorPages } | null>(null);
  if (result.data?.staffAccounts) {
    shown.current = { connection: result.data.staffAccounts, pages };
  }
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  if (hasErrorCode(result.error, 'FORBIDDEN')) return <ForbiddenResult />;

  const confirmRevoke = (row: StaffRow, assignment: StaffRow['roles'][number]) => {
    const role = label('roles', assignment.role);
    modal.confirm({
      title: t('staff.revokeRoleTitle'),
      content: t('staff.revokeRoleConfirm', {
        name: row.displayName,
        role,
        organization: assignment.organization?.name ?? t('common.outsideScope'),
      }),
      okText: t('staff.revokeRoleOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const revoked = await revokeRole({ roleAssignmentId: assignment.id });
        const answer = revoked.data?.revokeRole;
        if (answer?.__typename === 'StaffAccount') void message.success(t('staff.roleRevoked'));
        else void message.error(answer?.message ?? t('error.serverBody'));
      },
    });
  };

  const target = (row: StaffRow): StaffTarget => ({
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    organization: row.organization,
  });

  const now = new Date();
  const columns: TableColumnsType<StaffRow> = [
    {
      key: 'account',
      title: t('staff.column.account'),
      width: 200,
      render: (_value, row) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>{row.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ ...mono, fontSize: 12 }}>
            {row.username}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'organization',
      title: t('staff.column.organization'),
      width: 220,
      render: (_value, row) => (
        <Typography.Text ellipsis={{ tooltip: row.organization.name }} style={{ maxWidth: 210 }}>
          {row.organization.name}
        </Typography.Text>
      ),
    },
    {
      key: 'roles',
      title: t('staff.column.roles'),
      render: (_value, row) =>
        row.roles.length === 0 ? (
          <Typography.Text type="secondary">{t('staff.noRoles')}</Typography.Text>
        ) : (
          <Flex gap={4} wrap="wrap">
            {row.roles.map((assignment) => {
              const where = assignment.organization?.name ?? t('common.outsideScope');
              const roleLabel = label('roles', assignment.role);
              const revocable = canOfferRevoke(assignment, row, viewer);
              return (
                <Tooltip
                  key={assignment.id}
                  title={t('app.roleAt', { role: roleLabel, organization: where })}
                >
                  <Tag
                    color={roleColor(assignment.role)}
                    style={{ marginInlineEnd: 0 }}
                    closable={revocable}
                    onClose={(event) => {
                      // The tag stays until the gateway has revoked the role.
                      event.preventDefault();
                      confirmRevoke(row, assignment);
                    }}
                    data-testid="role-tag"
                  >
                    {roleLabel}
                    {where !== row.organization.name ? (
                      <span style={{ opacity: 0.75 }}> · {where}</span>
                    ) : null}
                  </Tag>
                </Tooltip>
              );
            })}
          </Flex>
        ),
    },
    {
      key: 'status',
      title: t('staff.column.status'),
      width: 150,
      render: (_value, row) => {
        const status = accountStatus(row, now);
        if (status.kind === 'disabled') return <Tag>{t('staff.status.disabled')}</Tag>;
        if (status.kind === 'locked') {
          return (
            <Tooltip title={t('staff.status.lockedUntil', { time: formatDateTime(status.until) })}>
              <Tag color="orange">{t('staff.status.locked')}</Tag>
            </Tooltip>
          );
        }
        return <Tag color="green">{t('staff.status.active')}</Tag>;
      },
    },
    {
      key: 'createdAt',
      title: t('staff.column.createdAt'),
      width: 150,
      render: (_value, row) => formatDateTime(row.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 270,
      fixed: 'right',
      render: (_value, row) => (
        <Space size={4}>
          <Button
            type="link"
            size="small"
            icon={<UserSwitchOutlined />}
            onClick={() => setAssigning(target(row))}
          >
            {t('staff.assignRole')}
          </Button>
          <Button
            type="link"
            size="small"
            icon={<KeyOutlined />}
            onClick={() => setResetting(target(row))}
          >
            {t('staff.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          <UserSwitchOutlined style={{ marginInlineEnd: 8, color: '#c4161c' }} />
          {t('staff.pageTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('staff.pageSubtitle')}</Typography.Text>
      </Flex>
      <Card>
        <Flex vertical gap={16}>
          <Flex justify="space-between" gap={12} wrap>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('staff.searchPlaceholder')}
              aria-label={t('staff.searchPlaceholder')}
              value={input}
              onChange={(event) => setInput(event.target.value.slice(0, 100))}
              style={{ width: 300 }}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('staff.create')}
            </Button>
          </Flex>
          {result.error && !connection ? (
            <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />
          ) : (
            <>
              <Table<StaffRow>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                loading={result.fetching}
                pagination={false}
                locale={{ emptyText: t('staff.empty') }}
                scroll={{ x: 1150 }}
                data-testid="staff-table"
              />
              <CursorPager
                pages={pages}
                shownPages={shownPages}
                pageSize={staffPageSize}
                rowsOnPage={rows.length}
                hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
                fetching={result.fetching}
                onPrevious={() => setPages(previousPage)}
                onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
              />
            </>
          )}
        </Flex>
      </Card>
      <CreateStaffModal open={creating} onClose={() => setCreating(false)} />
      <AssignRoleModal account={assigning} onClose={() => setAssigning(null)} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </Flex>
  );
}
