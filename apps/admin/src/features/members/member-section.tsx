import { EyeOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { Link } from 'react-router';
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
import { RosterActions } from '../roster/roster-actions';
import { AddMemberModal } from './add-member-modal';
import { memberPath } from './member-paths';
import { MembersPageQuery } from './member-queries';
import { RevealIdentityModal, type RevealTarget } from './reveal-identity-modal';

export const membersPageSize = 10;

type MembersResult = ResultOf<typeof MembersPageQuery>['members'];
type MembersConnection = Extract<MembersResult, { __typename: 'QueryMembersSuccess' }>['data'];
type MemberRow = MembersConnection['edges'][number]['node'];

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

const statusColors: Record<string, string> = {
  ACTIVE: 'green',
  RETIRED_KEPT: 'blue',
  TRANSFERRED_OUT: 'default',
  LAPSED: 'orange',
  EXPELLED: 'red',
};

/**
 * 会员: the members of an organisation and everything below it, ten at a time, with the ID
 * number and phone masked by the gateway. 查看完整信息 is offered only to viewers holding
 * MEMBER_REVEAL_IDENTITY (the gateway checks it again, where the member is).
 */
export function MemberSection({
  organizationId,
  addMemberTo,
}: {
  organizationId: string;
  /** The union 新增会员 starts with (a grassroots-level union's own section), if any. */
  addMemberTo?: { id: string; name: string } | null;
}) {
  const { t, label, formatDate, formatCount } = useI18n();
  const viewer = useViewer();
  const canReveal = hasPermission(viewer.permissions, 'MEMBER_REVEAL_IDENTITY');
  const [pages, setPages] = useState(firstPage);
  const canWrite = hasPermission(viewer.permissions, 'MEMBER_WRITE');
  const [revealing, setRevealing] = useState<RevealTarget | null>(null);
  const [adding, setAdding] = useState(false);
  const [result, reexecute] = useQuery({
    query: MembersPageQuery,
    variables: { organizationId, first: membersPageSize, after: currentAfter(pages) },
  });

  const shown = useRef<{ connection: MembersConnection; pages: CursorPages } | null>(null);
  const members = result.data?.members;
  if (members?.__typename === 'QueryMembersSuccess') {
    shown.current = { connection: members.data, pages };
  }
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const range = shownRange(shownPages, membersPageSize, rows.length);

  const columns: TableColumnsType<MemberRow> = [
    {
      key: 'name',
      title: t('member.column.name'),
      dataIndex: 'name',
      width: 96,
      render: (_value, row) => <Link to={memberPath(row.id)}>{row.name}</Link>,
    },
    {
      key: 'sex',
      title: t('member.column.sex'),
      dataIndex: 'sex',
      width: 64,
      render: (_value, row) => label('sexes', row.sex),
    },
    {
      key: 'idNumber',
      title: t('member.column.idNumber'),
      dataIndex: 'idNumberMasked',
      width: 190,
      render: (_value, row) => <span style={mono}>{row.idNumberMasked}</span>,
    },
    {
      key: 'phone',
      title: t('member.column.phone'),
      dataIndex: 'phoneMasked',
      width: 130,
      render: (_value, row) => <span style={mono}>{row.phoneMasked ?? t('common.empty')}</span>,
    },
    {
      key: 'joinedOn',
      title: t('member.column.joinedOn'),
      dataIndex: 'joinedOn',
      width: 130,
      render: (_value, row) => formatDate(row.joinedOn),
    },
    {
      key: 'status',
      title: t('member.column.status'),
      dataIndex: 'status',
      width: 100,
      render: (_value, row) => (
        <Tag color={statusColors[row.status] ?? 'default'}>
          {label('memberStatuses', row.status)}
        </Tag>
      ),
    },
    {
      key: 'organization',
      title: t('member.column.organization'),
      width: 240,
      render: (_value, row) => (
        <Typography.Text ellipsis={{ tooltip: row.organization.name }} style={{ maxWidth: 228 }}>
          {row.organization.name}
        </Typography.Text>
      ),
    },
    ...(canReveal
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 130,
            fixed: 'right' as const,
            render: (_value: unknown, row: MemberRow) => (
              <Button
                type="link"
                size="small"
                icon={<EyeOutlined />}
                style={{ paddingInline: 0 }}
                onClick={() => setRevealing({ id: row.id, name: row.name })}
              >
                {t('member.reveal')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  let body: ReactNode;
  if (result.error && !connection) {
    body = <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />;
  } else if (members && members.__typename !== 'QueryMembersSuccess') {
    body = <Typography.Text type="danger">{members.message}</Typography.Text>;
  } else {
    body = (
      <Flex vertical gap={12}>
        <Table<MemberRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={result.fetching}
          pagination={false}
          locale={{ emptyText: t('member.empty') }}
          scroll={{ x: 1100 }}
          data-testid="member-table"
        />
        <CursorPager
          pages={pages}
          shownPages={shownPages}
          pageSize={membersPageSize}
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
          testId="member-summary"
        />
      </Flex>
    );
  }

  return (
    <Card
      data-testid="member-section"
      title={
        <Flex align="center" gap={8}>
          <TeamOutlined />
          <span>{t('member.sectionTitle')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            {t('member.sectionHint')}
          </Typography.Text>
        </Flex>
      }
      extra={
        <Space size={12} wrap>
          <RosterActions
            organizationId={organizationId}
            onImported={() => reexecute({ requestPolicy: 'network-only' })}
          />
          <Typography.Text type="secondary">{formatCount(total)}</Typography.Text>
          {canWrite ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('members.add')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {body}
      <RevealIdentityModal member={revealing} onClose={() => setRevealing(null)} />
      <AddMemberModal open={adding} onClose={() => setAdding(false)} organization={addMemberTo} />
    </Card>
  );
}
