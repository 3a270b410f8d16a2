import { AuditOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { auditActions } from '../../i18n/catalogue';
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
import { globalIdOf, shortId } from '../../shared/global-id';
import { hasErrorCode } from '../../shared/graphql-errors';
import { OrganizationPicker } from '../organization/organization-picker';
import { AuditDiff } from './audit-diff';
import { type AuditFilterForm, auditFilterOf, auditNodeIds } from './audit-entries';
import { AuditLogQuery } from './audit-queries';
import { useNodeNames } from './use-node-names';

export const auditPageSize = 20;

type AuditResult = ResultOf<typeof AuditLogQuery>['auditLog'];
type AuditConnection = Extract<AuditResult, { __typename: 'QueryAuditLogSuccess' }>['data'];
type AuditRow = AuditConnection['edges'][number]['node'];

interface FilterValues {
  action?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
  organizationId?: string;
}

const actionColors: Record<string, string> = {
  'staff.create': 'blue',
  'staff.assignRole': 'geekblue',
  'staff.revokeRole': 'orange',
  'staff.resetPassword': 'gold',
  'apiKey.issue': 'cyan',
  'apiKey.revoke': 'volcano',
  'member.revealIdentity': 'magenta',
};

function toFilterForm(values: FilterValues): AuditFilterForm {
  const [first, last] = values.dates ?? [];
  return {
    action: values.action ?? null,
    organizationId: values.organizationId ?? null,
    dates: first && last ? [first.format('YYYY-MM-DD'), last.format('YYYY-MM-DD')] : null,
  };
}

function OrganizationName({ name, id }: { name: string | undefined; id: string }) {
  return (
    <Typography.Text ellipsis={{ tooltip: name }} style={{ maxWidth: 160 }}>
      {name ?? shortId(id)}
    </Typography.Text>
  );
}

/** 审计日志: who did what to what and when, newest first; before/after in an expanded row. */
export function AuditLogPage() {
  const { t, label, formatDateTime } = useI18n();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditFilterForm>({});
  const [pages, setPages] = useState(firstPage);

  useEffect(() => {
    document.title = `${t('audit.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  const variables = useMemo(
    () => ({ filter: auditFilterOf(filter), first: auditPageSize, after: currentAfter(pages) }),
    [filter, pages],
  );
  const [result, reexecute] = useQuery({
    query: AuditLogQuery,
    variables,
    // Every change elsewhere in the console adds entries: always ask again on arrival.
    requestPolicy: 'cache-and-network',
  });

  const shown = useRef<{ connection: AuditConnection; pages: CursorPages } | null>(null);
  const log = result.data?.auditLog;
  if (log?.__typename === 'QueryAuditLogSuccess') shown.current = { connection: log.data, pages };
  const connection = shown.current?.connection ?? null;
  const shownPages = shown.current?.pages ?? pages;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);

  const ids = useMemo(() => auditNodeIds(rows), [rows]);
  const names = useNodeNames(ids);

  if (hasErrorCode(result.error, 'FORBIDDEN')) return <ForbiddenResult />;

  const applyFilter = (values: FilterValues) => {
    setFilter(toFilterForm(values));
    setPages(firstPage);
  };

  const columns: TableColumnsType<AuditRow> = [
    {
      key: 'time',
      title: t('audit.column.time'),
      width: 165,
      render: (_value, row) => formatDateTime(row.occurredAt, true),
    },
    {
      key: 'actor',
      title: t('audit.column.actor'),
      width: 165,
      render: (_value, row) => (
        <Typography.Text
          style={{ fontFamily: 'ui-monospace, monospace', fontSize: 13, whiteSpace: 'nowrap' }}
        >
          {row.actorName}
        </Typography.Text>
      ),
    },
    {
      key: 'action',
      title: t('audit.column.action'),
      width: 175,
      render: (_value, row) => (
        <Tooltip title={row.action}>
          <Tag color={actionColors[row.action] ?? 'default'}>
            {label('auditActions', row.action)}
          </Tag>
        </Tooltip>
      ),
    },
    {
      key: 'target',
      title: t('audit.column.target'),
      width: 200,
      render: (_value, row) => {
        const name = names[globalIdOf(row.targetType, row.targetId)];
        return (
          <Flex vertical gap={0}>
            <Typography.Text>{name ?? shortId(row.targetId)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {label('auditTargetTypes', row.targetType)}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      key: 'organization',
      title: t('audit.column.organization'),
      width: 170,
      render: (_value, row) =>
        row.organizationId ? (
          <OrganizationName
            name={names[globalIdOf('Organization', row.organizationId)]}
            id={row.organizationId}
          />
        ) : (
          t('common.empty')
        ),
    },
    {
      key: 'reason',
      title: t('audit.column.reason'),
      width: 220,
      render: (_value, row) =>
        row.reason ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.reason }} style={{ margin: 0 }}>
            {row.reason}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          <AuditOutlined style={{ marginInlineEnd: 8, color: '#c4161c' }} />
          {t('audit.pageTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('audit.pageSubtitle')}</Typography.Text>
      </Flex>
      <Card>
        <Flex vertical gap={16}>
          <Form<FilterValues>
            form={form}
            layout="inline"
            onValuesChange={(_changed, values) => applyFilter(values)}
            style={{ rowGap: 12 }}
            data-testid="audit-filter"
          >
            <Form.Item name="action" label={t('audit.filter.action')}>
              <Select
                allowClear
                placeholder={t('audit.filter.allActions')}
                style={{ width: 190 }}
                options={auditActions.map((action) => ({
                  value: action,
                  label: label('auditActions', action),
                }))}
              />
            </Form.Item>
            <Form.Item name="dates" label={t('audit.filter.dateRange')}>
              <DatePicker.RangePicker allowEmpty={[false, false]} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="organizationId" label={t('audit.filter.organization')}>
              <OrganizationPicker allowClear style={{ width: 240 }} />
            </Form.Item>
            <Form.Item>
              <Button
                onClick={() => {
                  form.resetFields();
                  applyFilter({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Form.Item>
          </Form>
          {result.error && !connection ? (
            <TransportErrorAlert
              error={result.error}
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          ) : log && log.__typename !== 'QueryAuditLogSuccess' ? (
            <Typography.Text type="danger">{log.message}</Typography.Text>
          ) : (
            <>
              <Table<AuditRow>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                loading={result.fetching}
                pagination={false}
                locale={{ emptyText: t('audit.empty') }}
                scroll={{ x: 1100 }}
                data-testid="audit-table"
                expandable={{
                  rowExpandable: (row) => row.before != null || row.after != null,
                  expandedRowRender: (row) => (
                    <AuditDiff before={row.before} after={row.after} names={names} />
                  ),
                }}
              />
              <CursorPager
                pages={pages}
                shownPages={shownPages}
                pageSize={auditPageSize}
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
    </Flex>
  );
}
