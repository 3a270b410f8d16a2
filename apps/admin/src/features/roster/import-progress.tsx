import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Col,
  Flex,
  Progress,
  Row,
  Statistic,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { type FragmentOf, type ResultOf, readFragment } from '../../graphql';
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
import { importReportFileName } from './roster-files';
import {
  importProgressPercent,
  importRowsMessage,
  importStatusPresentation,
  isImportFinished,
} from './roster-progress';
import { RosterImportFields, RosterImportIssuesQuery, RosterImportQuery } from './roster-queries';
import { useRosterDownload } from './use-roster-download';
import { useRosterFileWords } from './use-roster-file-words';

export type RosterImport = ResultOf<typeof RosterImportFields>;

/** How often a running import is asked again. */
export const importPollMilliseconds = 1000;
export const issuesPageSize = 10;

/**
 * Follows one import: asks the gateway again every second (network-only) until it has
 * succeeded or failed, showing the progress bar and the live counts, then the outcome: the
 * refused rows page by page with 下载错误报告, or why the whole import failed.
 */
export function ImportProgress({
  importId,
  initial,
  onFinished,
}: {
  importId: string;
  /** What the upload answered, shown until the first poll comes back. */
  initial: FragmentOf<typeof RosterImportFields> | null;
  onFinished: (rosterImport: RosterImport) => void;
}) {
  const { t, formatCount } = useI18n();
  const [result, reexecute] = useQuery({
    query: RosterImportQuery,
    variables: { id: importId },
    requestPolicy: 'network-only',
  });
  const node = result.data?.node;
  const polledData: FragmentOf<typeof RosterImportFields> | null =
    node?.__typename === 'RosterImport' ? node : null;
  const polled: RosterImport | null = polledData
    ? readFragment(RosterImportFields, polledData)
    : null;
  const rosterImport = polled ?? (initial ? readFragment(RosterImportFields, initial) : null);
  const finished = rosterImport ? isImportFinished(rosterImport.status) : false;

  // Finished according to the gateway's latest answer (not the upload's own answer).
  const finishedImport: RosterImport | null =
    polled !== null && isImportFinished(polled.status) ? polled : null;

  // Ask again a second after each answer until the import has finished.
  const stopped = finishedImport !== null || (result.data !== undefined && node === null);
  useEffect(() => {
    if (stopped || result.fetching) return;
    const timer = window.setTimeout(
      () => reexecute({ requestPolicy: 'network-only' }),
      importPollMilliseconds,
    );
    return () => window.clearTimeout(timer);
  }, [stopped, result.fetching, reexecute]);

  const reported = useRef(false);
  useEffect(() => {
    if (finishedImport === null || reported.current) return;
    reported.current = true;
    onFinished(finishedImport);
  }, [finishedImport, onFinished]);

  // The gateway answered that there is no such import (or no longer one this viewer may see).
  if (result.data && !result.fetching && node === null) {
    return <Alert type="error" showIcon title={t('roster.importGone')} />;
  }

  if (!rosterImport) {
    return result.error ? (
      <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />
    ) : (
      <Progress percent={0} status="active" showInfo={false} />
    );
  }

  const percent = importProgressPercent(rosterImport);
  const presentation = importStatusPresentation(rosterImport.status);
  const rowsLine = importRowsMessage(rosterImport);
  return (
    <Flex vertical gap={16} data-testid="roster-import-progress" data-status={rosterImport.status}>
      <Flex vertical gap={4}>
        <Typography.Text strong>
          {finished
            ? rosterImport.status === 'SUCCEEDED'
              ? t('roster.resultSucceeded')
              : t('roster.resultFailed')
            : t('roster.progressTitle', { file: rosterImport.fileName })}
        </Typography.Text>
        <Progress
          percent={percent ?? 100}
          status={presentation?.progress ?? 'normal'}
          showInfo={percent !== null}
          strokeColor={
            percent === null && !finished ? { from: '#bae0ff', to: '#1677ff' } : undefined
          }
          aria-label={t('roster.step.import')}
          data-testid="roster-import-bar"
        />
        <Typography.Text type="secondary" data-testid="roster-import-rows">
          {t(
            rowsLine.key,
            Object.fromEntries(
              Object.entries(rowsLine.params).map(([name, value]) => [name, formatCount(value)]),
            ),
          )}
        </Typography.Text>
      </Flex>
      <Row gutter={16}>
        <Col span={8}>
          <Statistic
            title={t('roster.count.imported')}
            value={rosterImport.importedRows}
            valueStyle={{ color: '#389e0d' }}
            data-testid="roster-count-imported"
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('roster.count.alreadyMember')}
            value={rosterImport.alreadyMemberRows}
            data-testid="roster-count-already"
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('roster.count.failed')}
            value={rosterImport.failedRows}
            valueStyle={rosterImport.failedRows > 0 ? { color: '#cf1322' } : undefined}
            data-testid="roster-count-failed"
          />
        </Col>
      </Row>
      {rosterImport.status === 'FAILED' ? (
        <Alert
          type="error"
          showIcon
          title={t('roster.resultFailed')}
          description={rosterImport.failureMessage ?? t('error.serverBody')}
          data-testid="roster-import-failure"
        />
      ) : null}
      {finished && rosterImport.failedRows > 0 ? (
        <ImportIssues rosterImport={rosterImport} />
      ) : null}
    </Flex>
  );
}

type IssuesNode = Extract<
  NonNullable<ResultOf<typeof RosterImportIssuesQuery>['node']>,
  { __typename: 'RosterImport' }
>;
type IssuesConnection = NonNullable<IssuesNode['issues']>;
type IssueRow = IssuesConnection['edges'][number]['node'];

/** 错误明细: the refused rows, ten at a time, and the same list as an Excel report. */
export function ImportIssues({ rosterImport }: { rosterImport: RosterImport }) {
  const { t, formatCount } = useI18n();
  const words = useRosterFileWords();
  const { download, busy } = useRosterDownload();
  const [pages, setPages] = useState<CursorPages>(firstPage);
  const [result, reexecute] = useQuery({
    query: RosterImportIssuesQuery,
    variables: { id: rosterImport.id, first: issuesPageSize, after: currentAfter(pages) },
  });

  const shown = useRef<{ issues: IssuesConnection; pages: CursorPages } | null>(null);
  const node = result.data?.node;
  if (node?.__typename === 'RosterImport' && node.issues)
    shown.current = { issues: node.issues, pages };
  const issues = shown.current?.issues ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = issues?.edges.map((edge) => edge.node) ?? [];
  const range = shownRange(shownPages, issuesPageSize, rows.length);

  const columns: TableColumnsType<IssueRow> = [
    { key: 'row', title: t('roster.issue.row'), dataIndex: 'rowNumber', width: 72 },
    {
      key: 'column',
      title: t('roster.issue.column'),
      dataIndex: 'column',
      width: 130,
      render: (_value, row) => row.column ?? t('common.empty'),
    },
    { key: 'reason', title: t('roster.issue.reason'), dataIndex: 'message' },
  ];

  return (
    <Flex vertical gap={8} data-testid="roster-issues">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{t('roster.issuesTitle')}</Typography.Text>
        {rosterImport.reportUrl ? (
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'report'}
            onClick={() =>
              rosterImport.reportUrl &&
              void download(
                'report',
                rosterImport.reportUrl,
                importReportFileName(rosterImport.fileName, words),
              )
            }
            data-testid="roster-download-report"
          >
            {t('roster.downloadReport')}
          </Button>
        ) : null}
      </Flex>
      {result.error && !issues ? (
        <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />
      ) : (
        <>
          <Table<IssueRow>
            rowKey={(row) => `${row.rowNumber}:${row.field ?? ''}:${row.rule}:${row.message}`}
            size="small"
            columns={columns}
            dataSource={rows}
            loading={result.fetching}
            pagination={false}
          />
          <CursorPager
            pages={pages}
            shownPages={shownPages}
            pageSize={issuesPageSize}
            rowsOnPage={rows.length}
            hasNextPage={Boolean(issues?.pageInfo.hasNextPage)}
            fetching={result.fetching}
            onPrevious={() => setPages(previousPage)}
            onNext={() => setPages((current) => nextPage(current, issues?.pageInfo))}
            summary={t('roster.issuesSummary', {
              total: formatCount(issues?.totalCount ?? 0),
              page: pageNumber(shownPages),
              from: range.from,
              to: range.to,
            })}
            testId="roster-issues-summary"
          />
        </>
      )}
    </Flex>
  );
}
