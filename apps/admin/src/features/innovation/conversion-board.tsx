import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { TransportErrorAlert } from '../../shared/error-views';
import { OrganizationNameQuery } from '../members/member-queries';
import { OrganizationPicker } from '../organization/organization-picker';
import { CreateResultModal } from './create-result-modal';
import { formatFenAsYuan, studiosPath, yuanToFen } from './innovation-display';
import {
  type ResultListFilters,
  resultFilterInput,
  resultFilters,
  resultTypes,
} from './innovation-filters';
import { AdminResultsQuery, MoveResultMutation } from './innovation-queries';

const COLUMNS = [
  'REGISTERED',
  'ASSESSED',
  'PROMOTED',
  'IN_CONVERSION',
  'RETURNS_SECURED',
  'ABANDONED',
] as const;

type ListResult = ResultOf<typeof AdminResultsQuery>['innovationResults'];
type ResultRow = Extract<
  ListResult,
  { __typename: 'QueryInnovationResultsSuccess' }
>['data']['edges'][number]['node'];
type Move = ResultRow['availableMoves'][number];

interface Pending {
  row: ResultRow;
  move: Move;
}

const boardSize = 100;

/**
 * 成果转化看板 (/admin/innovation/results): the results as a kanban of the conversion pipeline,
 * filtered by union (its subtree), type and years — in the URL, so that the annual report's
 * 职工创新成果 figures open the results they count — with the total; each card offers the moves
 * the pipeline allows from its column (the gateway decides). 终止转化 asks for a note, 确认收益
 * for the returns.
 */
export function ConversionBoard() {
  const { t, formatCount } = useI18n();
  const viewer = useViewer();
  const { message } = App.useApp();
  const canMove = hasPermission(viewer.permissions, 'INNOVATION_MANAGE');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => resultFilters.fromSearch(searchParams), [searchParams]);
  const [filterForm] = Form.useForm<ResultListFilters>();
  const filterInput = useMemo(() => resultFilterInput(filters), [filters]);
  const [result, reexecute] = useQuery({
    query: AdminResultsQuery,
    variables: { filter: filterInput, first: boardSize },
  });
  const [organizationName] = useQuery({
    query: OrganizationNameQuery,
    variables: { id: filters.organizationId ?? '' },
    pause: !filters.organizationId,
  });
  const named = organizationName.data?.organization;
  const knownNames = useMemo(
    () => (named?.__typename === 'Organization' ? { [named.id]: named.name } : undefined),
    [named],
  );
  useEffect(() => {
    filterForm.setFieldsValue(filters);
  }, [filterForm, filters]);
  const [, move] = useMutation(MoveResultMutation);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ note?: string; returnsYuan?: number | null }>();
  useEffect(() => {
    document.title = `${t('innovation.board.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  const list = result.data?.innovationResults;
  const rows =
    list?.__typename === 'QueryInnovationResultsSuccess'
      ? list.data.edges.map((edge) => edge.node)
      : [];
  const total = list?.__typename === 'QueryInnovationResultsSuccess' ? list.data.totalCount : null;

  const perform = async (
    row: ResultRow,
    chosen: Move,
    note?: string,
    returnsFen?: number | null,
  ) => {
    setProblem(null);
    const answer = await move({
      resultId: row.id,
      move: chosen,
      note: note ?? null,
      returnsFen: returnsFen ?? null,
    });
    const moved = answer.data?.moveInnovationResult;
    if (!moved) {
      setProblem(t(noAnswerMessageKey(answer.error)));
      return false;
    }
    if (moved.__typename !== 'InnovationResult') {
      setProblem(moved.message);
      return false;
    }
    void message.success(t('innovation.board.moved'));
    reexecute({ requestPolicy: 'network-only' });
    return true;
  };

  const start = (row: ResultRow, chosen: Move) => {
    if (chosen === 'ABANDON' || chosen === 'SECURE_RETURNS') {
      form.resetFields();
      setPending({ row, move: chosen });
    } else {
      void perform(row, chosen);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('innovation.board.pageTitle')}
        </Typography.Title>
        <Flex gap={16} align="center">
          <Link to={studiosPath}>{t('innovation.studio.back')}</Link>
          {canMove ? (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('innovation.result.create')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Card size="small">
        <Form<ResultListFilters>
          form={filterForm}
          layout="inline"
          name="resultFilters"
          initialValues={filters}
          data-testid="result-filters"
          onFinish={(values) =>
            setSearchParams(
              resultFilters.toSearch({
                organizationId: values.organizationId ?? null,
                type: values.type ?? null,
                yearFrom: values.yearFrom ?? null,
                yearTo: values.yearTo ?? null,
              }),
            )
          }
        >
          <Form.Item name="organizationId" label={t('innovation.filter.organization')}>
            <OrganizationPicker
              allowClear
              placeholder={t('members.filter.organizationPlaceholder')}
              knownNames={knownNames}
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item name="type" label={t('innovation.result.type')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 170 }}
              placeholder={t('members.filter.any')}
              data-testid="result-type-filter"
              options={resultTypes.map((type) => ({
                value: type,
                label: t(`innovation.resultType.${type}` as MessageKey),
              }))}
            />
          </Form.Item>
          <Form.Item name="yearFrom" label={t('innovation.board.filter.yearFrom')}>
            <InputNumber min={1950} max={2100} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="yearTo" label={t('innovation.board.filter.yearTo')}>
            <InputNumber min={1950} max={2100} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                {t('innovation.filter.apply')}
              </Button>
              <Button onClick={() => setSearchParams(new URLSearchParams())}>
                {t('common.reset')}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>
      {list && list.__typename !== 'QueryInnovationResultsSuccess' ? (
        <Typography.Text type="danger">{list.message}</Typography.Text>
      ) : null}
      {total !== null ? (
        <Typography.Text type="secondary" data-testid="result-board-summary">
          {t('innovation.board.summary', { total: formatCount(total) })}
          {total > rows.length
            ? `（${t('innovation.board.shownOnly', { shown: formatCount(rows.length) })}）`
            : ''}
        </Typography.Text>
      ) : null}
      {result.error ? (
        <TransportErrorAlert
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${COLUMNS.length}, minmax(180px, 1fr))`,
          gap: 12,
          overflowX: 'auto',
        }}
      >
        {COLUMNS.map((state) => {
          const cards = rows.filter((row) => row.conversionState === state);
          return (
            <div
              key={state}
              data-testid={`board-column-${state}`}
              style={{ background: '#fafafa', padding: 8, borderRadius: 6 }}
            >
              <Typography.Text strong>
                {t(`innovation.state.${state}` as MessageKey)} ({cards.length})
              </Typography.Text>
              <Flex vertical gap={8} style={{ marginTop: 8 }}>
                {cards.map((row) => (
                  <Card key={row.id} size="small" data-testid="board-card" data-title={row.title}>
                    <Typography.Text strong>{row.title}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary">
                        {t('innovation.board.firstCompleter')}：{row.firstCompleter} · {row.year}
                      </Typography.Text>
                    </div>
                    <div>
                      <Typography.Text type="secondary">
                        {t('innovation.board.benefit')}：{formatFenAsYuan(row.economicBenefitFen)}
                        {row.returnsFen ? ` / ${formatFenAsYuan(row.returnsFen)}` : ''}
                      </Typography.Text>
                    </div>
                    {canMove ? (
                      <Flex gap={4} wrap style={{ marginTop: 6 }}>
                        {row.availableMoves.map((chosen) => (
                          <Button
                            key={chosen}
                            size="small"
                            danger={chosen === 'ABANDON'}
                            data-testid={`move-${chosen}`}
                            onClick={() => start(row, chosen)}
                          >
                            {t(`innovation.move.${chosen}` as MessageKey)}
                          </Button>
                        ))}
                      </Flex>
                    ) : null}
                  </Card>
                ))}
              </Flex>
            </div>
          );
        })}
      </div>
      <Modal
        open={pending !== null}
        title={pending ? t(`innovation.move.${pending.move}` as MessageKey) : ''}
        onCancel={() => setPending(null)}
        onOk={() => form.submit()}
        forceRender
      >
        <Form
          form={form}
          layout="vertical"
          name="conversionMove"
          onFinish={async (values) => {
            if (!pending) return;
            const returnsFen =
              pending.move === 'SECURE_RETURNS' ? yuanToFen(values.returnsYuan) : null;
            if (await perform(pending.row, pending.move, values.note, returnsFen)) setPending(null);
          }}
        >
          {pending?.move === 'SECURE_RETURNS' ? (
            <Form.Item
              name="returnsYuan"
              label={t('innovation.board.returnsYuan')}
              rules={[{ required: true }]}
            >
              <InputNumber
                min={0.01}
                precision={2}
                style={{ width: '100%' }}
                data-testid="returns-input"
              />
            </Form.Item>
          ) : null}
          <Form.Item
            name="note"
            label={t('innovation.board.note')}
            rules={[{ required: pending?.move === 'ABANDON' }]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="move-note" />
          </Form.Item>
        </Form>
      </Modal>
      {creating ? (
        <CreateResultModal
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            void message.success(t('innovation.result.created'));
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </Flex>
  );
}
