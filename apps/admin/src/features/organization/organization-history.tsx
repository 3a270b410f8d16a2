import { HistoryOutlined } from '@ant-design/icons';
import { Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
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
import { useMemberEventText } from '../members/member-history';
import { memberPath } from '../members/member-paths';
import { organizationPath } from './organization-paths';
import { OrganizationMemberEventsQuery } from './organization-queries';

export const historyPageSize = 10;

type EventsResult = ResultOf<typeof OrganizationMemberEventsQuery>['organization'];
type EventsConnection = Extract<EventsResult, { __typename: 'Organization' }>['memberEvents'];
type EventRow = EventsConnection['edges'][number]['node'];

/**
 * 会籍变动 of an organisation's subtree, newest first, ten at a time: joinings, transfers (shown
 * at both the old and the new union) and status changes, each with its member.
 */
export function OrganizationHistory({ organizationId }: { organizationId: string }) {
  const { t, formatDate, formatCount } = useI18n();
  const eventText = useMemberEventText();
  const [pages, setPages] = useState(firstPage);
  const [result, reexecute] = useQuery({
    query: OrganizationMemberEventsQuery,
    variables: { id: organizationId, first: historyPageSize, after: currentAfter(pages) },
    requestPolicy: 'cache-and-network',
  });

  const shown = useRef<{ connection: EventsConnection; pages: CursorPages } | null>(null);
  const organization = result.data?.organization;
  if (organization?.__typename === 'Organization') {
    shown.current = { connection: organization.memberEvents, pages };
  }
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const range = shownRange(shownPages, historyPageSize, rows.length);

  const columns: TableColumnsType<EventRow> = [
    {
      key: 'date',
      title: t('org.history.column.date'),
      width: 140,
      render: (_value, row) => formatDate(row.date),
    },
    {
      key: 'member',
      title: t('org.history.column.member'),
      width: 110,
      render: (_value, row) => <Link to={memberPath(row.member.id)}>{row.member.name}</Link>,
    },
    {
      key: 'event',
      title: t('org.history.column.event'),
      render: (_value, row) => eventText(row),
    },
    {
      key: 'organization',
      title: t('org.history.column.organization'),
      width: 260,
      render: (_value, row) => (
        <Link to={organizationPath(row.organization.id)}>
          <Typography.Text ellipsis={{ tooltip: row.organization.name }} style={{ maxWidth: 248 }}>
            {row.organization.name}
          </Typography.Text>
        </Link>
      ),
    },
  ];

  let body: ReactNode;
  if (result.error && !connection) {
    body = <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />;
  } else if (organization && organization.__typename !== 'Organization') {
    body = <Typography.Text type="danger">{organization.message}</Typography.Text>;
  } else {
    body = (
      <Flex vertical gap={12}>
        <Table<EventRow>
          rowKey={(row) => `${row.recordedAt}-${row.type}-${row.member.id}-${row.organization.id}`}
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={result.fetching}
          pagination={false}
          locale={{ emptyText: t('org.history.empty') }}
          scroll={{ x: 760 }}
          data-testid="org-history-table"
        />
        <CursorPager
          pages={pages}
          shownPages={shownPages}
          pageSize={historyPageSize}
          rowsOnPage={rows.length}
          hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
          fetching={result.fetching}
          onPrevious={() => setPages(previousPage)}
          onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
          summary={t('org.history.summary', {
            total: formatCount(total),
            page: pageNumber(shownPages),
            from: range.from,
            to: range.to,
          })}
          testId="org-history-summary"
        />
      </Flex>
    );
  }

  return (
    <Card
      data-testid="org-history"
      title={
        <Flex align="center" gap={8}>
          <HistoryOutlined />
          <span>{t('org.history.title')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            {t('org.history.hint')}
          </Typography.Text>
        </Flex>
      }
      extra={<Typography.Text type="secondary">{formatCount(total)}</Typography.Text>}
    >
      {body}
    </Card>
  );
}
