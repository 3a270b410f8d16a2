import { KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { ForbiddenResult } from '../../session/require-session';
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
import { ApiKeysQuery, RevokeApiKeyMutation } from './api-key-queries';
import { IssueApiKeyModal, type IssuedSecret } from './issue-api-key-modal';
import { SecretModal } from './secret-modal';

export const apiKeysPageSize = 20;

type ApiKeyConnection = ResultOf<typeof ApiKeysQuery>['apiKeys'];
type ApiKeyRow = ApiKeyConnection['edges'][number]['node'];

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** 接口密钥: keys of third parties to the open API, within the viewer's unions. */
export function ApiKeysPage() {
  const { t, formatDateTime, formatCount } = useI18n();
  const { message } = App.useApp();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [pages, setPages] = useState(firstPage);
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const [revoking, revokeApiKey] = useMutation(RevokeApiKeyMutation);
  const context = useMemo(() => ({ additionalTypenames: ['ApiKey'] }), []);

  useEffect(() => {
    document.title = `${t('apiKey.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  const [result, reexecute] = useQuery({
    query: ApiKeysQuery,
    variables: { includeRevoked, first: apiKeysPageSize, after: currentAfter(pages) },
    context,
  });
  const shown = useRef<{ connection: ApiKeyConnection; pages: CursorPages } | null>(null);
  if (result.data?.apiKeys) shown.current = { connection: result.data.apiKeys, pages };
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  if (hasErrorCode(result.error, 'FORBIDDEN')) return <ForbiddenResult />;

  const revoke = async (row: ApiKeyRow) => {
    const revoked = await revokeApiKey({ id: row.id });
    const answer = revoked.data?.revokeApiKey;
    if (answer?.__typename === 'ApiKey') void message.success(t('apiKey.revoked'));
    else void message.error(answer?.message ?? t('error.serverBody'));
  };

  const columns: TableColumnsType<ApiKeyRow> = [
    {
      key: 'name',
      title: t('apiKey.column.name'),
      render: (_value, row) => <Typography.Text strong>{row.name}</Typography.Text>,
    },
    {
      key: 'prefix',
      title: t('apiKey.column.prefix'),
      width: 130,
      render: (_value, row) => <span style={mono}>{row.keyPrefix}…</span>,
    },
    {
      key: 'organization',
      title: t('apiKey.column.organization'),
      width: 180,
      render: (_value, row) => (
        <Typography.Text ellipsis={{ tooltip: row.organization.name }} style={{ maxWidth: 170 }}>
          {row.organization.name}
        </Typography.Text>
      ),
    },
    {
      key: 'rate',
      title: t('apiKey.column.rate'),
      width: 120,
      align: 'right',
      render: (_value, row) =>
        t('apiKey.perMinute', { count: formatCount(row.rateLimitPerMinute) }),
    },
    {
      key: 'createdAt',
      title: t('apiKey.column.createdAt'),
      width: 150,
      render: (_value, row) => formatDateTime(row.createdAt),
    },
    {
      key: 'lastUsedAt',
      title: t('apiKey.column.lastUsedAt'),
      width: 140,
      render: (_value, row) =>
        row.lastUsedAt ? (
          formatDateTime(row.lastUsedAt)
        ) : (
          <Typography.Text type="secondary">{t('apiKey.neverUsed')}</Typography.Text>
        ),
    },
    {
      key: 'status',
      title: t('apiKey.column.status'),
      width: 130,
      render: (_value, row) =>
        row.revokedAt ? (
          <Flex vertical gap={0}>
            <Tag style={{ alignSelf: 'flex-start' }}>{t('apiKey.status.revoked')}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(row.revokedAt)}
            </Typography.Text>
          </Flex>
        ) : (
          <Tag color="green">{t('apiKey.status.active')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 90,
      fixed: 'right',
      render: (_value, row) =>
        row.revokedAt ? null : (
          <Popconfirm
            title={t('apiKey.revokeTitle')}
            description={
              <div style={{ maxWidth: 300 }}>{t('apiKey.revokeConfirm', { name: row.name })}</div>
            }
            okText={t('apiKey.revoke')}
            okButtonProps={{ danger: true, loading: revoking.fetching }}
            cancelText={t('common.cancel')}
            onConfirm={() => revoke(row)}
          >
            <Button type="link" size="small" danger icon={<StopOutlined />}>
              {t('apiKey.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          <KeyOutlined style={{ marginInlineEnd: 8, color: '#c4161c' }} />
          {t('apiKey.pageTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('apiKey.pageSubtitle')}</Typography.Text>
      </Flex>
      <Card>
        <Flex vertical gap={16}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Flex align="center" gap={8}>
              <Switch
                checked={includeRevoked}
                onChange={(checked) => {
                  setIncludeRevoked(checked);
                  setPages(firstPage);
                }}
                aria-label={t('apiKey.showRevoked')}
              />
              <Typography.Text>{t('apiKey.showRevoked')}</Typography.Text>
            </Flex>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
              {t('apiKey.issue')}
            </Button>
          </Flex>
          {result.error && !connection ? (
            <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />
          ) : (
            <>
              <Table<ApiKeyRow>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                loading={result.fetching}
                pagination={false}
                locale={{ emptyText: t('apiKey.empty') }}
                scroll={{ x: 1150 }}
                data-testid="api-key-table"
              />
              <CursorPager
                pages={pages}
                shownPages={shownPages}
                pageSize={apiKeysPageSize}
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
      <IssueApiKeyModal open={issuing} onClose={() => setIssuing(false)} onIssued={setIssued} />
      <SecretModal issued={issued} onClose={() => setIssued(null)} />
    </Flex>
  );
}
