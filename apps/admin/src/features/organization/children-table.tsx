import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import {
  type CursorPages,
  canGoBack,
  currentAfter,
  firstPage,
  nextPage,
  pageNumber,
  previousPage,
  shownRange,
} from '../../shared/cursor-pages';
import { TransportErrorAlert } from '../../shared/error-views';
import { kindColor } from './kind-colors';
import { organizationPath } from './organization-paths';
import { ChildrenPageQuery } from './organization-queries';

export const childrenPageSize = 10;

type ChildrenResult = ResultOf<typeof ChildrenPageQuery>['organization'];
type ChildrenConnection = Extract<ChildrenResult, { __typename: 'Organization' }>['children'];
type ChildRow = ChildrenConnection['edges'][number]['node'];

/** 下级组织: one page at a time, Relay cursors (first/after), 上一页/下一页. */
export function ChildrenTable({ parentId }: { parentId: string }) {
  const { t, orgKindLabel } = useI18n();
  const [pages, setPages] = useState(firstPage);
  const [result, reexecute] = useQuery({
    query: ChildrenPageQuery,
    variables: { id: parentId, first: childrenPageSize, after: currentAfter(pages) },
  });

  // Keep the rows on screen while the next page loads, instead of flashing an empty table.
  const shown = useRef<{ connection: ChildrenConnection; pages: CursorPages } | null>(null);
  const organization = result.data?.organization;
  if (organization?.__typename === 'Organization') {
    shown.current = { connection: organization.children, pages };
  }
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;

  if (result.error && !connection) {
    return <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />;
  }
  if (organization && organization.__typename !== 'Organization') {
    return <Typography.Text type="danger">{organization.message}</Typography.Text>;
  }

  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const range = shownRange(shownPages, childrenPageSize, rows.length);

  const columns: TableColumnsType<ChildRow> = [
    {
      key: 'kind',
      title: t('org.children.column.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (_value, row) => <Tag color={kindColor(row.kind)}>{orgKindLabel(row.kind)}</Tag>,
    },
    {
      key: 'name',
      title: t('org.children.column.name'),
      dataIndex: 'name',
      render: (_value, row) => (
        <Space size={6}>
          <Link to={organizationPath(row.id)}>{row.name}</Link>
          {row.dissolvedOn ? <Tag>{t('org.dissolved')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'regionCode',
      title: t('org.children.column.regionCode'),
      dataIndex: 'regionCode',
      width: 96,
    },
    {
      key: 'foundedOn',
      title: t('org.children.column.foundedOn'),
      dataIndex: 'foundedOn',
      width: 112,
    },
    {
      key: 'childCount',
      title: t('org.children.column.childCount'),
      dataIndex: 'childCount',
      width: 100,
      align: 'right',
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Table<ChildRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={result.fetching}
        pagination={false}
        locale={{ emptyText: t('org.children.empty') }}
        scroll={{ x: 600 }}
      />
      {total > 0 ? (
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text type="secondary" data-testid="children-summary">
            {t('org.children.summary', {
              total,
              page: pageNumber(shownPages),
              from: range.from,
              to: range.to,
            })}
          </Typography.Text>
          <Space>
            <Button
              icon={<LeftOutlined />}
              disabled={!canGoBack(pages) || result.fetching}
              onClick={() => setPages(previousPage)}
            >
              {t('org.children.previous')}
            </Button>
            <Button
              disabled={!connection?.pageInfo.hasNextPage || result.fetching}
              onClick={() => setPages((current) => nextPage(current, connection?.pageInfo))}
            >
              {t('org.children.next')}
              <RightOutlined />
            </Button>
          </Space>
        </Flex>
      ) : null}
    </Flex>
  );
}
