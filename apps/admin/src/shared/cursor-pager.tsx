import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { type CursorPages, canGoBack, pageNumber, shownRange } from './cursor-pages';

interface CursorPagerProps {
  /** The pages of the rows on screen. */
  shownPages: CursorPages;
  /** The pages asked for (differs from `shownPages` while the next page loads). */
  pages: CursorPages;
  pageSize: number;
  rowsOnPage: number;
  hasNextPage: boolean;
  fetching: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** The summary text; by default 第 N 页（第 a–b 条）. */
  summary?: ReactNode;
  testId?: string;
}

/** 上一页/下一页 under a table paged with Relay cursors (first/after). */
export function CursorPager({
  shownPages,
  pages,
  pageSize,
  rowsOnPage,
  hasNextPage,
  fetching,
  onPrevious,
  onNext,
  summary,
  testId,
}: CursorPagerProps) {
  const { t } = useI18n();
  const range = shownRange(shownPages, pageSize, rowsOnPage);
  if (rowsOnPage === 0 && !canGoBack(pages)) return null;
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Text type="secondary" data-testid={testId}>
        {summary ??
          t('common.pageSummary', { page: pageNumber(shownPages), from: range.from, to: range.to })}
      </Typography.Text>
      <Space>
        <Button
          icon={<LeftOutlined />}
          disabled={!canGoBack(pages) || fetching}
          onClick={onPrevious}
        >
          {t('common.previous')}
        </Button>
        <Button disabled={!hasNextPage || fetching} onClick={onNext}>
          {t('common.next')}
          <RightOutlined />
        </Button>
      </Space>
    </Flex>
  );
}
