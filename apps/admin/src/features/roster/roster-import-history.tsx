import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { type ResultOf, readFragment } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { CursorPager } from '../../shared/cursor-pager';
import {
  type CursorPages,
  currentAfter,
  firstPage,
  nextPage,
  previousPage,
} from '../../shared/cursor-pages';
import { TransportErrorAlert } from '../../shared/error-views';
import { importReportFileName } from './roster-files';
import { importStatusPresentation } from './roster-progress';
import { RosterImportFields, RosterImportsQuery } from './roster-queries';
import { useRosterDownload } from './use-roster-download';
import { useRosterFileWords } from './use-roster-file-words';

export const historyPageSize = 5;

type RosterImport = ResultOf<typeof RosterImportFields>;
type ImportsResult = ResultOf<typeof RosterImportsQuery>['rosterImports'];
type ImportsConnection = Extract<
  ImportsResult,
  { __typename: 'QueryRosterImportsSuccess' }
>['data'];

/**
 * 本会历次导入: earlier imports into the union, newest first, each with its outcome and, when
 * rows were refused, its error report. `refreshKey` changes when an import finishes here.
 */
export function RosterImportHistory({
  organizationId,
  refreshKey,
}: {
  organizationId: string;
  refreshKey: number;
}) {
  const { t, formatCount, formatDateTime } = useI18n();
  const words = useRosterFileWords();
  const { download, busy } = useRosterDownload();
  const [pages, setPages] = useState<CursorPages>(firstPage);
  const [result, reexecute] = useQuery({
    query: RosterImportsQuery,
    variables: { organizationId, first: historyPageSize, after: currentAfter(pages) },
    requestPolicy: 'cache-and-network',
  });

  // An import finished here: the newest imports are on the first page, asked afresh.
  const seenRefresh = useRef(refreshKey);
  useEffect(() => {
    if (seenRefresh.current === refreshKey) return;
    seenRefresh.current = refreshKey;
    setPages(firstPage);
    reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);

  const shown = useRef<{ connection: ImportsConnection; pages: CursorPages } | null>(null);
  const answer = result.data?.rosterImports;
  if (answer?.__typename === 'QueryRosterImportsSuccess') {
    shown.current = { connection: answer.data, pages };
  }
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows: RosterImport[] =
    connection?.edges.map((edge) => readFragment(RosterImportFields, edge.node)) ?? [];

  const columns: TableColumnsType<RosterImport> = [
    {
      key: 'createdAt',
      title: t('roster.history.createdAt'),
      width: 140,
      render: (_value, row) => formatDateTime(row.createdAt),
    },
    {
      key: 'file',
      title: t('roster.history.file'),
      render: (_value, row) => (
        <Flex vertical>
          <Typography.Text ellipsis={{ tooltip: row.fileName }} style={{ maxWidth: 200 }}>
            {row.fileName}
          </Typography.Text>
          {row.createdByName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('roster.history.by')}：{row.createdByName}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('roster.history.status'),
      width: 90,
      render: (_value, row) => {
        const presentation = importStatusPresentation(row.status);
        return (
          <Tag color={presentation?.color ?? 'default'}>
            {presentation ? t(presentation.labelKey) : row.status}
          </Tag>
        );
      },
    },
    {
      key: 'rows',
      title: t('roster.history.rows'),
      render: (_value, row) =>
        row.status === 'FAILED' && row.failureMessage ? (
          <Typography.Text type="danger">{row.failureMessage}</Typography.Text>
        ) : (
          t('roster.history.rowsValue', {
            imported: formatCount(row.importedRows),
            already: formatCount(row.alreadyMemberRows),
            failed: formatCount(row.failedRows),
          })
        ),
    },
    {
      key: 'report',
      title: t('roster.history.report'),
      width: 90,
      render: (_value, row) =>
        row.reportUrl && row.failedRows > 0 ? (
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            style={{ paddingInline: 0 }}
            loading={busy === row.id}
            onClick={() =>
              row.reportUrl &&
              void download(row.id, row.reportUrl, importReportFileName(row.fileName, words))
            }
          >
            {t('roster.downloadReport')}
          </Button>
        ) : (
          t('common.empty')
        ),
    },
  ];

  return (
    <Flex vertical gap={8} data-testid="roster-history">
      <Typography.Text strong>{t('roster.historyTitle')}</Typography.Text>
      {result.error && !connection ? (
        <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />
      ) : answer && answer.__typename !== 'QueryRosterImportsSuccess' ? (
        <Typography.Text type="danger">{answer.message}</Typography.Text>
      ) : (
        <>
          <Table<RosterImport>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={result.fetching && !connection}
            pagination={false}
            locale={{ emptyText: t('roster.historyEmpty') }}
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
          />
        </>
      )}
    </Flex>
  );
}
