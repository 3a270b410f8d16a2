import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { HARDSHIP_CATEGORIES } from '@gonghui/domain';
import {
  Button,
  Card,
  Flex,
  Segmented,
  Select,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
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
  previousPage,
} from '../../shared/cursor-pages';
import { TransportErrorAlert } from '../../shared/error-views';
import { OrganizationPicker } from '../organization/organization-picker';
import { AidSectionNav } from './applications-nav';
import { categoryColors, hardshipLabels } from './hardship-labels';
import { aidRuleSetsPath, hardshipFilePath, newHardshipFilePath } from './hardship-paths';
import { HardshipFiguresQuery, HardshipFilesQuery } from './hardship-queries';

const pageSize = 20;
type View = 'active' | 'reviewDue' | 'exited';
type ListResult = ResultOf<typeof HardshipFilesQuery>['hardshipFiles'];
type Connection = Extract<ListResult, { __typename: 'QueryHardshipFilesSuccess' }>['data'];
type FileRow = Connection['edges'][number]['node'];
type Category = (typeof HARDSHIP_CATEGORIES)[number];

/**
 * 困难职工档案 (/admin/aid/hardship): the files in the viewer's subtrees — in the registry, due
 * for the yearly review (oldest due first) or out of hardship — with the subtree's figures.
 */
export function HardshipFilesPage() {
  const { t, locale, formatDate } = useI18n();
  const labels = hardshipLabels(locale);
  const viewer = useViewer();
  const canProcess = hasPermission(viewer.permissions, 'AID_PROCESS');
  const canConfigure = hasPermission(viewer.permissions, 'AID_READ');
  // From a report figure: ?org=…&state=EXITED&exitedFrom=…&exitedTo=… lists the period's exits.
  const [searchParams, setSearchParams] = useSearchParams();
  const exitedFrom = searchParams.get('exitedFrom');
  const exitedTo = searchParams.get('exitedTo');
  const [view, setView] = useState<View>(
    searchParams.get('state') === 'EXITED' ? 'exited' : 'active',
  );
  // …&category=DEEP (a report figure of one category) starts with that category chosen.
  const [category, setCategory] = useState<Category[]>(() =>
    (searchParams.get('category')?.split(',') ?? []).filter((code): code is Category =>
      Object.hasOwn(categoryColors, code),
    ),
  );
  const [organizationId, setOrganizationId] = useState<string | undefined>(
    searchParams.get('org') ?? undefined,
  );
  const [pages, setPages] = useState(firstPage);
  const filter = {
    organizationId: organizationId ?? null,
    state: view === 'exited' ? ('EXITED' as const) : ('ACTIVE' as const),
    reviewDue: view === 'reviewDue' ? true : null,
    category: category.length > 0 ? category : null,
    exitedFrom: view === 'exited' ? exitedFrom : null,
    exitedTo: view === 'exited' ? exitedTo : null,
  };
  const filterKey = JSON.stringify(filter);
  const shownKey = useRef(filterKey);
  if (shownKey.current !== filterKey) {
    shownKey.current = filterKey;
    if (pages !== firstPage) setPages(firstPage);
  }
  const [result, reexecute] = useQuery({
    query: HardshipFilesQuery,
    variables: { filter, first: pageSize, after: currentAfter(pages) },
  });
  const figuresOrganization = organizationId ?? viewer.scopeRoots[0]?.id ?? null;
  const [figures] = useQuery({
    query: HardshipFiguresQuery,
    variables: { organizationId: figuresOrganization ?? '' },
    pause: !figuresOrganization,
  });

  useEffect(() => {
    document.title = `${t('aid.hardship.files.title')} · ${t('app.title')}`;
  }, [t]);

  const files = result.data?.hardshipFiles;
  const shown = useRef<{ connection: Connection; pages: CursorPages } | null>(null);
  if (files?.__typename === 'QueryHardshipFilesSuccess')
    shown.current = { connection: files.data, pages };
  const connection = shown.current?.connection ?? null;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const stats =
    figures.data?.hardshipFigures.__typename === 'HardshipFigures'
      ? figures.data.hardshipFigures
      : null;

  const columns: TableColumnsType<FileRow> = [
    {
      key: 'worker',
      title: t('aid.hardship.files.worker'),
      render: (_value, row) => <Link to={hardshipFilePath(row.id)}>{row.workerName}</Link>,
    },
    { key: 'union', title: t('aid.hardship.files.union'), dataIndex: 'organizationName' },
    {
      key: 'category',
      title: t('aid.hardship.files.category'),
      width: 140,
      render: (_value, row) => (
        <Flex gap={4} wrap>
          <Tag color={categoryColors[row.category]}>{labels.category[row.category]}</Tag>
          {row.isModelWorker ? <Tag color="purple">{t('aid.hardship.modelWorker')}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'causes',
      title: t('aid.hardship.files.causes'),
      render: (_value, row) =>
        row.causes
          .map((cause) => labels.cause[cause as keyof typeof labels.cause] ?? cause)
          .join('、'),
    },
    { key: 'size', title: t('aid.hardship.files.size'), width: 90, dataIndex: 'householdSize' },
    {
      key: 'review',
      title:
        view === 'exited' ? t('aid.hardship.files.exitedOn') : t('aid.hardship.files.nextReview'),
      width: 140,
      render: (_value, row) =>
        view === 'exited' ? (
          formatDate(row.exitedOn)
        ) : (
          <Typography.Text type={row.reviewDue ? 'danger' : undefined}>
            {formatDate(row.nextReviewDue)}
          </Typography.Text>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('aid.hardship.files.title')}
        </Typography.Title>
        <Flex gap={8}>
          {canConfigure ? (
            <Link to={aidRuleSetsPath}>
              <Button icon={<SettingOutlined />}>{t('aid.rules.title')}</Button>
            </Link>
          ) : null}
          {canProcess ? (
            <Link to={newHardshipFilePath}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('aid.hardship.new.title')}
              </Button>
            </Link>
          ) : null}
        </Flex>
      </Flex>
      <AidSectionNav current="hardship" />
      {stats ? (
        <Card size="small" data-testid="hardship-figures">
          <Flex gap={32} wrap>
            <Statistic title={t('aid.hardship.figures.active')} value={stats.activeHouseholds} />
            {stats.byCategory.map((row) => (
              <Statistic
                key={row.category}
                title={labels.category[row.category]}
                value={row.households}
              />
            ))}
            <Statistic
              title={t('aid.hardship.figures.modelWorkers')}
              value={stats.modelWorkerHouseholds}
            />
            <Statistic
              title={t('aid.hardship.figures.exited', { year: stats.year })}
              value={stats.exitedThisYear}
            />
            <Statistic title={t('aid.hardship.figures.reviewsDue')} value={stats.reviewsDue} />
          </Flex>
        </Card>
      ) : null}
      <Flex gap={12} wrap align="center">
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'active', label: t('aid.hardship.files.active') },
            { value: 'reviewDue', label: t('aid.hardship.files.reviewDue') },
            { value: 'exited', label: t('aid.hardship.files.exited') },
          ]}
        />
        {view === 'exited' && (exitedFrom || exitedTo) ? (
          <Tag
            closable
            data-testid="hardship-exited-period"
            onClose={() => setSearchParams(new URLSearchParams())}
          >
            {t('aid.hardship.files.exitedBetween', {
              from: exitedFrom ?? '…',
              to: exitedTo ?? '…',
            })}
          </Tag>
        ) : null}
        <Select<Category[]>
          mode="multiple"
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('aid.hardship.files.category')}
          value={category}
          onChange={setCategory}
          options={HARDSHIP_CATEGORIES.filter((code) => code !== 'NONE').map((code) => ({
            value: code,
            label: labels.category[code],
          }))}
        />
        <OrganizationPicker
          value={organizationId ?? null}
          onChange={setOrganizationId}
          allowClear
          placeholder={t('aid.hardship.files.union')}
          style={{ minWidth: 260 }}
        />
      </Flex>
      {result.error ? <TransportErrorAlert error={result.error} onRetry={reexecute} /> : null}
      <Table<FileRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={result.fetching}
        pagination={false}
        locale={{ emptyText: t('aid.hardship.files.empty') }}
      />
      <CursorPager
        pages={pages}
        shownPages={shown.current?.pages ?? pages}
        pageSize={pageSize}
        rowsOnPage={rows.length}
        hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
        fetching={result.fetching}
        onPrevious={() => setPages(previousPage)}
        onNext={() => setPages((current) => nextPage(current, connection?.pageInfo))}
      />
    </Flex>
  );
}
