import { HARDSHIP_EXIT_REASONS } from '@gonghui/domain';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TransportErrorResult, TypedErrorResult } from '../../shared/error-views';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { HardshipAssessmentCard } from './hardship-assessment-card';
import { yuanText } from './hardship-form';
import { categoryColors, hardshipLabels } from './hardship-labels';
import { hardshipFileActionPath, hardshipFilesPath } from './hardship-paths';
import {
  ExitHardshipFileMutation,
  HardshipFileQuery,
  RevealHardshipFileMutation,
} from './hardship-queries';

type Details = Extract<
  NonNullable<ResultOf<typeof RevealHardshipFileMutation>['revealHardshipFile']>,
  { __typename: 'HardshipFileDetails' }
>;

/**
 * 困难职工档案 (/admin/aid/hardship/:id): the file as staff see it (household masked), its
 * history with the rule version of every classification, and — for those who may — the logged
 * reveal of the sealed details, the yearly review, the exit (解困脱困) and re-entry.
 */
export function HardshipFilePage() {
  const { id = '' } = useParams();
  const { t, locale, formatDate, formatDateTime } = useI18n();
  const labels = hardshipLabels(locale);
  const viewer = useViewer();
  const navigate = useNavigate();
  const canProcess = hasPermission(viewer.permissions, 'AID_PROCESS');
  const canApprove = hasPermission(viewer.permissions, 'AID_APPROVE');
  const [result, reexecute] = useQuery({ query: HardshipFileQuery, variables: { id } });
  const [details, setDetails] = useState<Details | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [exiting, setExiting] = useState(false);
  const answer = result.data?.hardshipFile;
  const file = answer?.__typename === 'HardshipFile' ? answer : null;

  useEffect(() => {
    document.title = `${file?.workerName ?? t('aid.hardship.files.title')} · ${t('app.title')}`;
  }, [t, file?.workerName]);

  if (result.error && !result.data)
    return <TransportErrorResult error={result.error} onRetry={reexecute} />;
  if (answer && !file)
    return (
      <TypedErrorResult
        typename={answer.__typename}
        message={'message' in answer ? answer.message : ''}
      />
    );
  if (!file) return <Spin />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex gap={8} align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {file.workerName}
          </Typography.Title>
          <Tag color={categoryColors[file.category]} data-testid="file-category">
            {labels.category[file.category]}
          </Tag>
          <Tag>{labels.state[file.state]}</Tag>
          {file.isModelWorker ? <Tag color="purple">{t('aid.hardship.modelWorker')}</Tag> : null}
        </Flex>
        <Flex gap={8} wrap>
          <Link to={hardshipFilesPath}>{t('aid.hardship.back')}</Link>
          {canProcess ? (
            <Button onClick={() => setRevealing(true)} data-testid="reveal-hardship">
              {t('aid.hardship.reveal.button')}
            </Button>
          ) : null}
          {canProcess && file.state === 'ACTIVE' ? (
            <Button
              type="primary"
              onClick={() => navigate(hardshipFileActionPath(file.id, 'review'))}
            >
              {t('aid.hardship.review.button')}
            </Button>
          ) : null}
          {canApprove && file.state === 'ACTIVE' ? (
            <Button danger onClick={() => setExiting(true)}>
              {t('aid.hardship.exit.button')}
            </Button>
          ) : null}
          {canProcess && file.state === 'EXITED' ? (
            <Button
              type="primary"
              onClick={() => navigate(hardshipFileActionPath(file.id, 'reenter'))}
            >
              {t('aid.hardship.reenter.button')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('aid.hardship.files.union')}>
            {file.organizationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.hardship.file.region')}>
            {file.regionCode}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.hardship.files.causes')}>
            {file.causes
              .map((cause) => labels.cause[cause as keyof typeof labels.cause] ?? cause)
              .join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.hardship.file.registeredOn')}>
            {formatDate(file.registeredOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.hardship.file.lastReviewedOn')}>
            {formatDate(file.lastReviewedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.hardship.files.nextReview')}>
            <Typography.Text type={file.reviewDue ? 'danger' : undefined}>
              {formatDate(file.nextReviewDue)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.hardship.assessment.ruleVersion')}>
            {file.ruleVersion}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.hardship.consent.title')}>
            {file.consentGivenBy}（{formatDate(file.consentGivenOn)}）
          </Descriptions.Item>
          {file.exitedOn ? (
            <Descriptions.Item label={t('aid.hardship.files.exitedOn')}>
              {formatDate(file.exitedOn)}
              {file.exitReason
                ? `（${labels.exitReason[file.exitReason]}${file.exitNote ? `：${file.exitNote}` : ''}）`
                : ''}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card size="small" title={t('aid.hardship.form.members')}>
        {details ? (
          <Table
            size="small"
            rowKey={(row) => `${row.relation}:${row.name}`}
            pagination={false}
            dataSource={details.members}
            columns={[
              { key: 'name', title: t('aid.hardship.form.name'), dataIndex: 'name' },
              {
                key: 'relation',
                title: t('aid.hardship.form.relation'),
                render: (_v, row) => labels.relation[row.relation],
              },
              { key: 'id', title: t('aid.hardship.form.idNumber'), dataIndex: 'idNumber' },
              {
                key: 'health',
                title: t('aid.hardship.form.health'),
                render: (_v, row) => labels.health[row.health],
              },
              {
                key: 'occupation',
                title: t('aid.hardship.form.occupation'),
                dataIndex: 'occupation',
              },
              {
                key: 'title',
                title: t('aid.hardship.form.modelWorkerTitle'),
                dataIndex: 'modelWorkerTitle',
              },
            ]}
          />
        ) : (
          <Table
            size="small"
            rowKey={(row) => `${row.relation}:${row.nameMasked}:${row.idNumberMasked}`}
            pagination={false}
            dataSource={file.household}
            columns={[
              { key: 'name', title: t('aid.hardship.form.name'), dataIndex: 'nameMasked' },
              {
                key: 'relation',
                title: t('aid.hardship.form.relation'),
                render: (_v, row) => labels.relation[row.relation],
              },
              { key: 'id', title: t('aid.hardship.form.idNumber'), dataIndex: 'idNumberMasked' },
            ]}
          />
        )}
      </Card>
      {details ? (
        <Flex gap={16} wrap align="start">
          <Card size="small" title={t('aid.hardship.form.incomes')} style={{ minWidth: 280 }}>
            {details.incomes.map((line) => (
              <div key={line.kind}>
                {labels.incomeKind[line.kind as keyof typeof labels.incomeKind] ?? line.kind}：
                {yuanText(line.annualAmountFen)}
              </div>
            ))}
          </Card>
          <Card size="small" title={t('aid.hardship.form.expenditures')} style={{ minWidth: 280 }}>
            {details.expenditures.map((line) => (
              <div key={line.kind}>
                {labels.expenditureKind[line.kind as keyof typeof labels.expenditureKind] ??
                  line.kind}
                ：{yuanText(line.annualAmountFen)}
              </div>
            ))}
          </Card>
          <div style={{ flex: 1, minWidth: 320 }}>
            <HardshipAssessmentCard assessment={details.assessment} stored />
          </div>
        </Flex>
      ) : null}
      <Card size="small" title={t('aid.hardship.file.history')}>
        <Timeline
          items={file.history.map((event) => ({
            key: `${event.createdAt}:${event.type}`,
            children: (
              <Flex vertical>
                <Typography.Text strong>
                  {labels.event[event.type]} · {formatDate(event.date)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {[
                    event.fromCategory ? labels.category[event.fromCategory] : null,
                    event.toCategory ? labels.category[event.toCategory] : null,
                  ]
                    .filter(Boolean)
                    .join(' → ')}
                  {event.ruleVersion
                    ? `（${t('aid.hardship.assessment.ruleVersion')} ${event.ruleVersion}）`
                    : ''}
                </Typography.Text>
                {event.note ? <Typography.Text>{event.note}</Typography.Text> : null}
                <Typography.Text type="secondary">
                  {formatDateTime(event.createdAt)}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      </Card>
      {revealing ? (
        <RevealModal
          fileId={file.id}
          onClose={() => setRevealing(false)}
          onRevealed={(revealed) => {
            setDetails(revealed);
            setRevealing(false);
          }}
        />
      ) : null}
      {exiting ? (
        <ExitModal
          fileId={file.id}
          onClose={() => setExiting(false)}
          onExited={() => {
            setExiting(false);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </Flex>
  );
}

/** 查看详情: the sealed household, for a reason that is logged. */
export function RevealModal({
  fileId,
  onClose,
  onRevealed,
}: {
  fileId: string;
  onClose: () => void;
  onRevealed: (details: Details) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [state, reveal] = useMutation(RevealHardshipFileMutation);
  const answers = useFormAnswer(form, ['reason']);
  const submit = async ({ reason }: { reason: string }) => {
    answers.clear();
    const result = await reveal({ id: fileId, reason: reason.trim() });
    const answer = result.data?.revealHardshipFile;
    if (answers.succeeded(result.error, answer, 'HardshipFileDetails')) onRevealed(answer);
  };
  return (
    <Modal
      open
      title={t('aid.hardship.reveal.title')}
      okText={t('aid.hardship.reveal.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={state.fetching}
    >
      <Typography.Paragraph type="secondary">{t('aid.hardship.reveal.body')}</Typography.Paragraph>
      <FormProblem message={answers.general} marginBottom={12} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('aid.hardship.reveal.reason')}
          rules={[{ required: true, message: t('aid.hardship.reveal.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} data-testid="reveal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ExitValues {
  exitedOn?: string | null;
  reason?: (typeof HARDSHIP_EXIT_REASONS)[number];
  note?: string;
}

/** 解困脱困: a date and a reason (a note for OTHER). */
function ExitModal({
  fileId,
  onClose,
  onExited,
}: {
  fileId: string;
  onClose: () => void;
  onExited: () => void;
}) {
  const { t, locale } = useI18n();
  const labels = hardshipLabels(locale);
  const [form] = Form.useForm<ExitValues>();
  const [state, exit] = useMutation(ExitHardshipFileMutation);
  const answers = useFormAnswer(form, ['exitedOn', 'reason', 'note']);
  const submit = async (values: ExitValues) => {
    answers.clear();
    const result = await exit(
      {
        id: fileId,
        input: {
          exitedOn: values.exitedOn ?? dayjs().format('YYYY-MM-DD'),
          reason: values.reason ?? 'OTHER',
          note: values.note?.trim() || null,
        },
      },
      { additionalTypenames: ['HardshipFile'] },
    );
    const answer = result.data?.exitHardshipFile;
    if (answers.succeeded(result.error, answer, 'HardshipFile')) onExited();
  };
  return (
    <Modal
      open
      title={t('aid.hardship.exit.title')}
      okText={t('aid.hardship.exit.confirm')}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={state.fetching}
    >
      <FormProblem message={answers.general} marginBottom={12} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ exitedOn: dayjs().format('YYYY-MM-DD') }}
      >
        <Form.Item
          name="exitedOn"
          label={t('aid.hardship.exit.date')}
          rules={[{ required: true, message: t('aid.hardship.exit.dateRequired') }]}
          getValueProps={(value: string | null | undefined) => ({
            value: value ? dayjs(value) : null,
          })}
          normalize={(value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('aid.hardship.exit.reason')}
          rules={[{ required: true, message: t('aid.hardship.exit.reasonRequired') }]}
        >
          <Select
            options={HARDSHIP_EXIT_REASONS.map((code) => ({
              value: code,
              label: labels.exitReason[code],
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('aid.hardship.exit.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
