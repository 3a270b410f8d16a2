import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { AID_PROGRAM_LABELS, type AidProgram } from '@gonghui/domain';
import { Card, Flex, InputNumber, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
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
import { budgetAgreesWithLedger, fenToYuan } from './applications-display';
import { AidSectionNav } from './applications-nav';
import { AidBudgetsQuery, AidLedgerQuery } from './applications-queries';

type BudgetsResult = ResultOf<typeof AidBudgetsQuery>['aidBudgets'];
type Budget = Extract<BudgetsResult, { __typename: 'QueryAidBudgetsSuccess' }>['data'][number];
type LedgerResult = ResultOf<typeof AidLedgerQuery>['aidLedger'];
type LedgerConnection = Extract<LedgerResult, { __typename: 'QueryAidLedgerSuccess' }>['data'];
type LedgerRow = LedgerConnection['edges'][number]['node'];

const pageSize = 20;

/** The ledger filter a report figure's link carries, or null. */
function ledgerFilterOf(params: URLSearchParams) {
  const org = params.get('org');
  const program = params.get('program');
  const from = params.get('from');
  const to = params.get('to');
  if (!org && !program && !from && !to) return null;
  return { organizationId: org, programKind: program, from, to, payments: true };
}

/**
 * 预算与台账 (/admin/aid/budgets): each program's yearly budget — allocated, paid, left — next to
 * the ledger's balance of the same budget (they must agree), and the selected budget's ledger:
 * every allocation, disbursement and reversal with its balanced entries, newest first.
 */
export function AidBudgetLedgerPage() {
  const { t, formatDateTime } = useI18n();
  // From a report figure: ?org=…&program=WINTER_RELIEF&from=2026-01-01&to=2026-12-31 lists the
  // payments (and reversals) of that program in that subtree and period.
  const [searchParams, setSearchParams] = useSearchParams();
  const ledgerFilter = ledgerFilterOf(searchParams);
  const [year, setYear] = useState<number | null>(
    ledgerFilter?.from ? Number(ledgerFilter.from.slice(0, 4)) : new Date().getFullYear(),
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [pages, setPages] = useState(firstPage);
  const [budgets, reexecuteBudgets] = useQuery({
    query: AidBudgetsQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const selectedKey = useRef(selected);
  if (selectedKey.current !== selected) {
    selectedKey.current = selected;
    if (pages !== firstPage) setPages(firstPage);
  }
  const [ledger, reexecuteLedger] = useQuery({
    query: AidLedgerQuery,
    variables: {
      budgetId: selected,
      filter: ledgerFilter,
      first: pageSize,
      after: currentAfter(pages),
    },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    document.title = `${t('aid.money.budgets.title')} · ${t('app.title')}`;
  }, [t]);
  const budgetRows =
    budgets.data?.aidBudgets.__typename === 'QueryAidBudgetsSuccess'
      ? budgets.data.aidBudgets.data
      : [];
  const shown = useRef<{ connection: LedgerConnection; pages: CursorPages } | null>(null);
  if (ledger.data?.aidLedger.__typename === 'QueryAidLedgerSuccess') {
    shown.current = { connection: ledger.data.aidLedger.data, pages };
  }
  const connection = shown.current?.connection ?? null;
  const ledgerRows = connection?.edges.map((edge) => edge.node) ?? [];

  const budgetColumns: TableColumnsType<Budget> = [
    { key: 'program', title: t('aid.money.program'), render: (_v, row) => row.program.name },
    { key: 'kind', title: t('aid.money.programKind'), render: (_v, row) => row.program.kindLabel },
    { key: 'year', title: t('aid.money.year'), dataIndex: 'year', width: 80 },
    {
      key: 'allocated',
      title: t('aid.money.allocated'),
      align: 'right',
      render: (_v, row) => fenToYuan(row.allocatedFen),
    },
    {
      key: 'paid',
      title: t('aid.money.paid'),
      align: 'right',
      render: (_v, row) => fenToYuan(row.paidFen),
    },
    {
      key: 'remaining',
      title: t('aid.money.remaining'),
      align: 'right',
      render: (_v, row) => fenToYuan(row.remainingFen),
    },
    {
      key: 'ledger',
      title: t('aid.money.ledgerBalance'),
      render: (_v, row) =>
        budgetAgreesWithLedger(row) ? (
          <Tag icon={<CheckCircleOutlined />} color="success">
            {fenToYuan(row.ledgerBalanceFen)}
          </Tag>
        ) : (
          <Tag icon={<WarningOutlined />} color="error">
            {t('aid.money.ledgerMismatch', { ledger: fenToYuan(row.ledgerBalanceFen) })}
          </Tag>
        ),
    },
  ];
  const ledgerColumns: TableColumnsType<LedgerRow> = [
    {
      key: 'at',
      title: t('aid.money.createdAt'),
      width: 180,
      render: (_v, row) => formatDateTime(row.createdAt),
    },
    {
      key: 'kind',
      title: t('aid.money.ledgerKind'),
      width: 100,
      render: (_v, row) => (
        <Tag
          color={row.kind === 'REVERSAL' ? 'warning' : row.kind === 'ALLOCATION' ? 'blue' : 'green'}
        >
          {row.kindLabel}
        </Tag>
      ),
    },
    { key: 'memo', title: t('aid.money.memo'), dataIndex: 'memo' },
    {
      key: 'entries',
      title: t('aid.money.entries'),
      render: (_v, row) => (
        <Flex vertical>
          {row.entries.map((entry) => (
            <Typography.Text
              key={`${entry.accountKind}:${entry.accountRef}`}
              type={entry.amountFen < 0 ? 'danger' : 'success'}
            >
              {entry.accountLabel} {entry.amountFen > 0 ? '+' : ''}
              {fenToYuan(entry.amountFen)}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      key: 'total',
      title: t('aid.money.balanced'),
      width: 90,
      render: (_v, row) =>
        row.totalFen === 0 ? (
          <Tag color="success">{t('common.yes')}</Tag>
        ) : (
          <Tag color="error">{t('common.no')}</Tag>
        ),
    },
  ];
  return (
    <Flex vertical gap={16}>
      <AidSectionNav current="budgets" />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('aid.money.budgets.title')}
        </Typography.Title>
        <InputNumber<number>
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => setYear(value ?? null)}
          addonBefore={t('aid.money.year')}
        />
      </Flex>
      {budgets.error ? (
        <TransportErrorAlert error={budgets.error} onRetry={reexecuteBudgets} />
      ) : null}
      <Table<Budget>
        rowKey="id"
        size="middle"
        columns={budgetColumns}
        dataSource={budgetRows}
        loading={budgets.fetching}
        pagination={false}
        locale={{ emptyText: t('aid.money.budgets.empty') }}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: selected ? [selected] : [],
          onChange: (keys) => setSelected((keys[0] as string | undefined) ?? null),
        }}
      />
      <Card
        size="small"
        title={selected ? t('aid.money.ledger.ofBudget') : t('aid.money.ledger.all')}
        extra={
          ledgerFilter ? (
            <Tag
              closable
              data-testid="aid-ledger-filter"
              onClose={() => setSearchParams(new URLSearchParams())}
            >
              {t('aid.money.ledger.filtered', {
                program: ledgerFilter.programKind
                  ? (AID_PROGRAM_LABELS[ledgerFilter.programKind as AidProgram] ??
                    ledgerFilter.programKind)
                  : t('aid.money.ledger.allPrograms'),
                from: ledgerFilter.from ?? '…',
                to: ledgerFilter.to ?? '…',
              })}
            </Tag>
          ) : null
        }
      >
        {ledger.error ? (
          <TransportErrorAlert error={ledger.error} onRetry={reexecuteLedger} />
        ) : null}
        <Table<LedgerRow>
          rowKey="id"
          size="small"
          columns={ledgerColumns}
          dataSource={ledgerRows}
          loading={ledger.fetching}
          pagination={false}
          locale={{ emptyText: t('aid.money.ledger.empty') }}
          data-testid="aid-ledger"
        />
        <CursorPager
          pages={pages}
          shownPages={shown.current?.pages ?? pages}
          pageSize={pageSize}
          rowsOnPage={ledgerRows.length}
          hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
          fetching={ledger.fetching}
          onPrevious={() => setPages(previousPage)}
          onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
        />
      </Card>
    </Flex>
  );
}
