import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
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
import {
  type AidApplicationState,
  aidApplicationPath,
  aidApplicationStates,
  aidStateColors,
  fenToYuan,
} from './applications-display';
import { AidSectionNav } from './applications-nav';
import { AidApplicationsQuery } from './applications-queries';
import { SubmitAidApplicationModal } from './applications-submit-modal';

const pageSize = 20;
type ListResult = ResultOf<typeof AidApplicationsQuery>['aidApplications'];
type Connection = Extract<ListResult, { __typename: 'QueryAidApplicationsSuccess' }>['data'];
type Row = Connection['edges'][number]['node'];

/**
 * 救助申请 (/admin/aid/applications): the caseworker queue — applications in the viewer's
 * subtrees by state and program, oldest first; each opens the review screen.
 */
export function AidApplicationsPage() {
  const { t, formatDateTime } = useI18n();
  const [states, setStates] = useState<AidApplicationState[]>([
    'SUBMITTED',
    'GRASSROOTS_REVIEWED',
    'DISTRICT_REVIEWED',
    'APPROVED',
    'RETURNED',
  ]);
  const [programId, setProgramId] = useState<string | undefined>(undefined);
  const [pages, setPages] = useState(firstPage);
  const [submitting, setSubmitting] = useState(false);
  const navigate = useNavigate();
  const canProcess = hasPermission(useViewer().permissions, 'AID_PROCESS');
  const filter = { state: states.length > 0 ? states : null, programId: programId ?? null };
  const filterKey = JSON.stringify(filter);
  const shownKey = useRef(filterKey);
  if (shownKey.current !== filterKey) {
    shownKey.current = filterKey;
    if (pages !== firstPage) setPages(firstPage);
  }
  const [result, reexecute] = useQuery({
    query: AidApplicationsQuery,
    variables: { filter, first: pageSize, after: currentAfter(pages) },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    document.title = `${t('aid.money.applications.title')} · ${t('app.title')}`;
  }, [t]);
  const list = result.data?.aidApplications;
  const shown = useRef<{ connection: Connection; pages: CursorPages } | null>(null);
  if (list?.__typename === 'QueryAidApplicationsSuccess')
    shown.current = { connection: list.data, pages };
  const connection = shown.current?.connection ?? null;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const programs =
    result.data?.aidPrograms.__typename === 'QueryAidProgramsSuccess'
      ? result.data.aidPrograms.data
      : [];
  const columns: TableColumnsType<Row> = [
    {
      key: 'applicant',
      title: t('aid.money.applicant'),
      render: (_value, row) => (
        <Link to={aidApplicationPath(row.id)} data-testid="aid-application-link">
          {row.applicantName}
        </Link>
      ),
    },
    { key: 'id', title: t('aid.money.idNumber'), dataIndex: 'idNumberMasked' },
    { key: 'program', title: t('aid.money.program'), render: (_v, row) => row.program.name },
    { key: 'union', title: t('aid.money.union'), dataIndex: 'unionName' },
    { key: 'period', title: t('aid.money.period'), dataIndex: 'period', width: 90 },
    {
      key: 'amount',
      title: t('aid.money.amountYuan'),
      align: 'right',
      render: (_v, row) => fenToYuan(row.approvedFen ?? row.requestedFen),
    },
    {
      key: 'state',
      title: t('aid.money.state'),
      render: (_v, row) => (
        <Tag color={aidStateColors[row.state as AidApplicationState]}>
          {t(`aid.money.state.${row.state as AidApplicationState}`)}
        </Tag>
      ),
    },
    {
      key: 'created',
      title: t('aid.money.createdAt'),
      render: (_v, row) => formatDateTime(row.createdAt),
    },
  ];
  return (
    <Flex vertical gap={16}>
      <AidSectionNav current="applications" />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('aid.money.applications.title')}
          {connection ? (
            <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>
              {t('aid.money.applications.count', { count: connection.totalCount })}
            </Typography.Text>
          ) : null}
        </Typography.Title>
        {canProcess ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="aid-submit-open"
            onClick={() => setSubmitting(true)}
          >
            {t('aid.money.submit.title')}
          </Button>
        ) : null}
      </Flex>
      {submitting ? (
        <SubmitAidApplicationModal
          programs={programs}
          onClose={() => setSubmitting(false)}
          onSubmitted={(id) => {
            setSubmitting(false);
            navigate(aidApplicationPath(id));
          }}
        />
      ) : null}
      <Flex gap={12} wrap>
        <Select<AidApplicationState[]>
          mode="multiple"
          allowClear
          value={states}
          onChange={setStates}
          placeholder={t('aid.money.state')}
          style={{ minWidth: 360 }}
          options={aidApplicationStates.map((state) => ({
            value: state,
            label: t(`aid.money.state.${state}`),
          }))}
        />
        <Select<string>
          allowClear
          value={programId}
          onChange={setProgramId}
          placeholder={t('aid.money.program')}
          style={{ minWidth: 240 }}
          options={programs.map((program) => ({ value: program.id, label: program.name }))}
        />
      </Flex>
      {result.error ? <TransportErrorAlert error={result.error} onRetry={reexecute} /> : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={result.fetching}
        pagination={false}
        locale={{ emptyText: t('aid.money.applications.empty') }}
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
