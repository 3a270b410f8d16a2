import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Table, type TableProps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import type { AddressFilters } from './address-filters';
import { CursorPager } from './cursor-pager';
import {
  type CursorPages,
  currentAfter,
  firstPage,
  type ListConnection,
  nextPage,
  pageNumber,
  previousPage,
  type ShownList,
  shownListAfter,
  shownRange,
  shownRows,
} from './cursor-pages';

/** `<page title> · 工会…` in the browser's tab. */
export function usePageTitle(key: MessageKey) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t(key)} · ${t('app.title')}`;
  }, [t, key]);
}

/** A list page's filters, read from the address and written back to it (see address-filters). */
export function useAddressFilters<F>(reader: AddressFilters<F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => reader.fromSearch(searchParams), [reader, searchParams]);
  return {
    filters,
    searchParams,
    /** The filters as the address writes them: another key is another list. */
    key: reader.toSearch(filters).toString(),
    apply: (next: F) => setSearchParams(reader.toSearch(next)),
    reset: () => setSearchParams(new URLSearchParams()),
  };
}

/**
 * The pages asked for, `first` rows each (the query's `first`/`after`); other filters (another
 * `filterKey`) start again at page 1.
 */
export function useCursorPages(filterKey: string, pageSize: number) {
  const [pages, setPages] = useState<CursorPages>(firstPage);
  const shownKey = useRef(filterKey);
  if (shownKey.current !== filterKey) {
    shownKey.current = filterKey;
    if (pages !== firstPage) setPages(firstPage);
  }
  return { pages, setPages, first: pageSize, after: currentAfter(pages) };
}

export type CursorPagesState = ReturnType<typeof useCursorPages>;

/**
 * A filtered, paged list page: its tab title, its filters in the address and its cursor pages.
 * `extraKey` is a filter kept out of the address (the member list's ID number): changing it
 * starts again at page 1 too.
 */
export function useListPage<F>(
  reader: AddressFilters<F>,
  { title, pageSize, extraKey = '' }: { title: MessageKey; pageSize: number; extraKey?: string },
) {
  usePageTitle(title);
  const address = useAddressFilters(reader);
  const cursor = useCursorPages(`${address.key}|${extraKey}`, pageSize);
  return { ...address, cursor };
}

/**
 * The rows on screen, given the connection of the latest answer (null or undefined while it
 * loads or when it was refused): the last answered page stays until another replaces it.
 */
export function useShownList<Row>(
  cursor: CursorPagesState,
  answered: ListConnection<Row> | null | undefined,
  fetching: boolean,
) {
  const shown = useRef<ShownList<Row> | null>(null);
  shown.current = shownListAfter(shown.current, answered, cursor.pages);
  return { ...shownRows(shown.current, cursor.pages), shown: shown.current, cursor, fetching };
}

export type ShownListState<Row> = ReturnType<typeof useShownList<Row>>;

interface PagedTableProps<Row extends object>
  extends Omit<TableProps<Row>, 'dataSource' | 'loading' | 'pagination'> {
  list: ShownListState<Row>;
  /** A message taking {total} {page} {from} {to}: 共 N 条，第 p 页（第 a–b 条）. */
  summaryKey: MessageKey;
  summaryTestId: string;
}

/** A list's table with its total and 上一页/下一页 (Relay cursors), under a filters form. */
export function PagedTable<Row extends object>({
  list,
  summaryKey,
  summaryTestId,
  ...table
}: PagedTableProps<Row>) {
  const { t, formatCount } = useI18n();
  const { cursor, fetching } = list;
  const pageSize = cursor.first;
  const range = shownRange(list.shownPages, pageSize, list.rows.length);
  return (
    <>
      <Table<Row> {...table} dataSource={list.rows} loading={fetching} pagination={false} />
      <CursorPager
        pages={cursor.pages}
        shownPages={list.shownPages}
        pageSize={pageSize}
        rowsOnPage={list.rows.length}
        hasNextPage={list.hasNextPage}
        fetching={fetching}
        onPrevious={() => cursor.setPages(previousPage)}
        onNext={() => cursor.setPages((current) => nextPage(current, list.pageInfo))}
        summary={t(summaryKey, {
          total: formatCount(list.total),
          page: pageNumber(list.shownPages),
          from: range.from,
          to: range.to,
        })}
        testId={summaryTestId}
      />
    </>
  );
}

/** 查询/筛选 (submits the filters form) and 重置 (clears the address). */
export function FilterActions({
  applyLabel,
  onReset,
  icon = true,
}: {
  applyLabel: string;
  onReset: () => void;
  /** The magnifier on the apply button. */
  icon?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Flex gap={8}>
      <Button type="primary" htmlType="submit" icon={icon ? <SearchOutlined /> : undefined}>
        {applyLabel}
      </Button>
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </Flex>
  );
}
