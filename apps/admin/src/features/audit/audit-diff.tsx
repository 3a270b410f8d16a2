import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { globalIdOf, isUuid, shortId } from '../../shared/global-id';
import { type DiffKind, type DiffRow, diffJson, formatJsonValue } from '../../shared/json-diff';
import { parseRoleGrant } from './audit-entries';

const kindStyles: Record<DiffKind, { background?: string; color: string }> = {
  added: { background: '#f0faf0', color: 'green' },
  removed: { background: '#fff1f0', color: 'red' },
  changed: { background: '#fffbe6', color: 'gold' },
  unchanged: { color: 'default' },
};

const mono = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 13,
};

/**
 * 变更内容: the before/after snapshots of one audit entry side by side, field by field.
 * Role codes, organisation ids and personal-data field names are shown by their names.
 */
export function AuditDiff({
  before,
  after,
  names,
}: {
  before: unknown;
  after: unknown;
  /** Names by global id (from `nodes`). */
  names: Readonly<Record<string, string>>;
}) {
  const { t, label } = useI18n();
  const rows = diffJson(before, after);
  if (rows.length === 0) {
    return <Typography.Text type="secondary">{t('audit.diff.none')}</Typography.Text>;
  }

  const organizationName = (id: string) => names[globalIdOf('Organization', id)] ?? shortId(id);

  const show = (path: string, value: unknown): string => {
    if (value === undefined) return '';
    const field = path.split('.').at(-1) ?? '';
    if (field === 'role' && typeof value === 'string') return label('roles', value);
    if (field === 'organizationId' && typeof value === 'string' && isUuid(value)) {
      return organizationName(value);
    }
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      if (field === 'fields') return value.map((item) => label('personalFields', item)).join('、');
      return value
        .map((item) => {
          const grant = parseRoleGrant(item);
          return grant
            ? `${label('roles', grant.role)} @ ${organizationName(grant.organizationId)}`
            : item;
        })
        .join('；');
    }
    return formatJsonValue(value);
  };

  const fieldLabel = (path: string) =>
    path === ''
      ? t('audit.diff.value')
      : path
          .split('.')
          .map((segment) => label('auditFields', segment))
          .join(' › ');

  const columns: TableColumnsType<DiffRow> = [
    {
      key: 'field',
      title: t('audit.diff.field'),
      width: 200,
      render: (_value, row) => (
        <Typography.Text>
          {fieldLabel(row.path)}
          {row.path !== '' ? (
            <Typography.Text
              type="secondary"
              style={{ ...mono, fontSize: 12, marginInlineStart: 6 }}
            >
              {row.path}
            </Typography.Text>
          ) : null}
        </Typography.Text>
      ),
    },
    {
      key: 'kind',
      title: '',
      width: 72,
      render: (_value, row) => (
        <Tag color={kindStyles[row.kind].color} style={{ marginInlineEnd: 0 }}>
          {t(`audit.diff.${row.kind}`)}
        </Tag>
      ),
    },
    {
      key: 'before',
      title: t('audit.diff.before'),
      render: (_value, row) =>
        row.kind === 'added' ? (
          <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
        ) : (
          <Typography.Text delete={row.kind === 'removed'} style={mono}>
            {show(row.path, row.before)}
          </Typography.Text>
        ),
    },
    {
      key: 'after',
      title: t('audit.diff.after'),
      render: (_value, row) =>
        row.kind === 'removed' ? (
          <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
        ) : (
          <Typography.Text style={mono}>{show(row.path, row.after)}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<DiffRow>
      data-testid="audit-diff"
      size="small"
      rowKey="path"
      columns={columns}
      dataSource={rows}
      pagination={false}
      bordered
      onRow={(row) => ({ style: { background: kindStyles[row.kind].background } })}
      title={() => <Typography.Text strong>{t('audit.diff.title')}</Typography.Text>}
    />
  );
}
