import { ArrowLeftOutlined, WarningOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TransportErrorResult, TypedErrorResult } from '../../shared/error-views';
import { EntitlementCard } from './application-entitlement-card';
import {
  type AidApplicationMove,
  type AidApplicationState,
  aidApplicationsPath,
  aidMoveButtons,
  aidMoveNeedsReason,
  aidStateColors,
  fenToYuan,
  newDisbursementKey,
  situationOf,
} from './applications-display';
import {
  AidApplicationQuery,
  DisburseAidMutation,
  MoveAidApplicationMutation,
  ReverseAidDisbursementMutation,
} from './applications-queries';

type Application = Extract<
  ResultOf<typeof AidApplicationQuery>['aidApplication'],
  { __typename: 'AidApplication' }
>;

type Refusal =
  | { __typename: 'RuleViolationError'; message: string; reasons: readonly { message: string }[] }
  | { __typename: string; message: string };

function refusalText(answer: Refusal): string {
  if ('reasons' in answer && answer.reasons.length > 0) {
    return answer.reasons.map((reason) => reason.message).join('；');
  }
  return answer.message;
}

const refreshTypes = { additionalTypenames: ['AidApplication', 'AidBudget', 'AidDisbursement'] };

/**
 * 救助申请审核 (/admin/aid/applications/:id): the applicant (identity masked), the situation and
 * explanation, the overlapping-aid warning for the household across programs and unions, the
 * budget left, the approvals and the notice; the moves the gateway allows this viewer; and, once
 * approved, 发放 with a confirmation (one idempotency key per confirmation, kept for retries).
 */
export function AidApplicationReviewPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, formatDate, formatDateTime } = useI18n();
  const viewer = useViewer();
  const { message } = App.useApp();
  const [result, reexecute] = useQuery({
    query: AidApplicationQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [moveState, executeMove] = useMutation(MoveAidApplicationMutation);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reasonFor, setReasonFor] = useState<AidApplicationMove | null>(null);
  const [confirming, setConfirming] = useState(false);
  const application = result.data?.aidApplication;

  useEffect(() => {
    const name =
      application?.__typename === 'AidApplication'
        ? application.applicantName
        : t('aid.money.review.title');
    document.title = `${name} · ${t('app.title')}`;
  }, [application, t]);

  if (result.error && !result.data) {
    return (
      <TransportErrorResult
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!application) return <Skeleton active />;
  if (application.__typename !== 'AidApplication') {
    return <TypedErrorResult typename={application.__typename} message={application.message} />;
  }

  const move = async (chosen: AidApplicationMove, reason?: string): Promise<string | null> => {
    setRefusal(null);
    const answer = (
      await executeMove({ id: application.id, move: chosen, reason: reason ?? null }, refreshTypes)
    ).data?.moveAidApplication;
    if (!answer) return t('error.serverBody');
    if (answer.__typename === 'AidApplication') {
      void message.success(t('aid.money.move.done', { move: t(`aid.money.move.${chosen}`) }));
      reexecute({ requestPolicy: 'network-only' });
      return null;
    }
    return refusalText(answer);
  };

  const state = application.state as AidApplicationState;
  const moves = aidMoveButtons(application.availableMoves);
  const canDisburse =
    state === 'APPROVED' &&
    application.availableMoves.includes('DISBURSE') &&
    hasPermission(viewer.permissions, 'AID_PROCESS');
  const amount = application.approvedFen ?? application.requestedFen;
  const situation = situationOf(application.explanation);

  return (
    <Flex vertical gap={16}>
      <Link to={aidApplicationsPath}>
        <ArrowLeftOutlined /> {t('aid.money.applications.title')}
      </Link>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {application.applicantName}
        </Typography.Title>
        <Tag color={aidStateColors[state]} data-testid="aid-application-state">
          {t(`aid.money.state.${state}`)}
        </Tag>
        <Typography.Text type="secondary">
          {application.program.name} · {application.unionName} · {application.period}
        </Typography.Text>
      </Flex>
      {application.overlappingAid.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          data-testid="aid-overlap-warning"
          title={t('aid.money.overlap.title', {
            total: fenToYuan(application.overlappingAidTotalFen),
          })}
          description={
            <List
              size="small"
              dataSource={application.overlappingAid}
              renderItem={(warning) => <List.Item>{warning.message}</List.Item>}
            />
          }
        />
      ) : (
        <Alert type="info" showIcon title={t('aid.money.overlap.none')} />
      )}
      {refusal ? (
        <Alert
          type="error"
          showIcon
          title={t('aid.money.move.refused')}
          description={refusal}
          closable
          onClose={() => setRefusal(null)}
          data-testid="aid-move-refusal"
        />
      ) : null}
      <Card size="small">
        <Flex gap={32} wrap>
          <Statistic title={t('aid.money.requested')} value={fenToYuan(application.requestedFen)} />
          <Statistic title={t('aid.money.approved')} value={fenToYuan(application.approvedFen)} />
          <Statistic title={t('aid.money.paid')} value={fenToYuan(application.paidFen)} />
          <Statistic
            title={t('aid.money.budgetLeft', { year: application.budget.year })}
            value={fenToYuan(application.budgetRemainingFen)}
            valueStyle={application.budgetRemainingFen < amount ? { color: '#cf1322' } : undefined}
          />
          <Statistic
            title={t('aid.money.approvals')}
            value={`${application.approvalsGiven} / ${application.approvalsNeeded}`}
          />
        </Flex>
      </Card>
      <EntitlementCard entitlement={application.entitlement} />
      <Card size="small" title={t('aid.money.move.title')}>
        <Space wrap>
          {moves.map((candidate) => (
            <Button
              key={candidate}
              data-testid={`aid-move-${candidate}`}
              type={candidate === 'REJECT' || candidate === 'RETURN' ? 'default' : 'primary'}
              danger={candidate === 'REJECT'}
              loading={moveState.fetching}
              onClick={async () => {
                if (aidMoveNeedsReason(candidate)) {
                  setReasonFor(candidate);
                  return;
                }
                setRefusal(await move(candidate));
              }}
            >
              {t(`aid.money.move.${candidate}`)}
            </Button>
          ))}
          {canDisburse ? (
            <Button type="primary" data-testid="aid-disburse" onClick={() => setConfirming(true)}>
              {t('aid.money.disburse.button')}
            </Button>
          ) : null}
          {moves.length === 0 && !canDisburse ? (
            <Typography.Text type="secondary">{t('aid.money.move.none')}</Typography.Text>
          ) : null}
        </Space>
      </Card>
      <Card size="small" title={t('aid.money.details')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('aid.money.idNumber')}>
            {application.idNumberMasked}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.money.phone')}>
            {application.phoneMasked ?? t('common.empty')}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.money.householdSize')}>
            {application.householdSize}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.money.consent')}>
            {application.consentGivenBy} · {formatDate(application.consentGivenOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.money.notice')}>
            {application.noticeStartsOn
              ? `${formatDate(application.noticeStartsOn)} – ${formatDate(application.noticeEndsOn)}`
              : application.program.publicNoticeRequired
                ? t('aid.money.notice.pending')
                : t('aid.money.notice.notRequired')}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.money.closingReason')}>
            {application.closingReason ?? t('common.empty')}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.money.situation')} span={2}>
            {situation || t('common.empty')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {application.disbursements.length > 0 ? (
        <DisbursementsCard
          application={application}
          onChanged={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      <Card size="small" title={t('aid.money.history')}>
        <Timeline
          items={application.history.map((event) => ({
            children: (
              <span>
                {formatDateTime(event.createdAt)} · {event.actorName} ·{' '}
                {t(`aid.money.state.${event.toState as AidApplicationState}`)}
                {event.reason ? `（${event.reason}）` : ''}
              </span>
            ),
          }))}
        />
      </Card>
      {reasonFor ? (
        <ReasonModal
          title={t(`aid.money.move.${reasonFor}`)}
          danger={reasonFor === 'REJECT'}
          onClose={() => setReasonFor(null)}
          onSubmit={async (reason) => {
            const problem = await move(reasonFor, reason);
            if (!problem) setReasonFor(null);
            return problem;
          }}
        />
      ) : null}
      {confirming ? (
        <DisburseModal
          application={application}
          onClose={() => setConfirming(false)}
          onPaid={() => {
            setConfirming(false);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </Flex>
  );
}

function ReasonModal({
  title,
  danger,
  onClose,
  onSubmit,
}: {
  title: string;
  danger: boolean;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<string | null>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={title}
      okText={t('common.submit')}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={async (values) => {
          setBusy(true);
          setProblem(await onSubmit(values.reason.trim()));
          setBusy(false);
        }}
      >
        {problem ? (
          <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="reason"
          label={t('aid.money.move.reason')}
          rules={[
            { required: true, whitespace: true, message: t('aid.money.move.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 发放确认: shows who is paid, how much and the budget left; 确认发放 sends the disbursement with
 * an idempotency key made once for this confirmation — pressing again after a network error
 * retries the same key, so the gateway replays the payment instead of paying twice.
 */
function DisburseModal({
  application,
  onClose,
  onPaid,
}: {
  application: Application;
  onClose: () => void;
  onPaid: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const key = useRef(newDisbursementKey());
  const [state, disburse] = useMutation(DisburseAidMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const amount = application.approvedFen ?? application.requestedFen;
  return (
    <Modal
      open
      title={t('aid.money.disburse.confirmTitle')}
      okText={t('aid.money.disburse.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={state.fetching}
      okButtonProps={{ 'data-testid': 'aid-disburse-confirm' } as never}
      onCancel={onClose}
      onOk={async () => {
        setProblem(null);
        const answer = (
          await disburse(
            { applicationId: application.id, idempotencyKey: key.current, amountFen: amount },
            refreshTypes,
          )
        ).data?.disburseAid;
        if (!answer) {
          setProblem(t('aid.money.disburse.retry'));
          return;
        }
        if (answer.__typename === 'AidDisburseResult') {
          void message.success(
            answer.replayed ? t('aid.money.disburse.replayed') : t('aid.money.disburse.done'),
          );
          onPaid();
          return;
        }
        setProblem(refusalText(answer));
      }}
    >
      <Flex vertical gap={12}>
        {problem ? (
          <Alert type="error" showIcon title={problem} data-testid="aid-disburse-problem" />
        ) : null}
        <Typography.Paragraph>
          {t('aid.money.disburse.summary', {
            name: application.applicantName,
            program: application.program.name,
            amount: fenToYuan(amount),
          })}
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          {t('aid.money.budgetLeft', { year: application.budget.year })}：
          {fenToYuan(application.budgetRemainingFen)} →{' '}
          {fenToYuan(application.budgetRemainingFen - amount)}
        </Typography.Text>
        <Typography.Text type="secondary" copyable={{ text: key.current }}>
          {t('aid.money.disburse.key')}：{key.current}
        </Typography.Text>
      </Flex>
    </Modal>
  );
}

function DisbursementsCard({
  application,
  onChanged,
}: {
  application: Application;
  onChanged: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const viewer = useViewer();
  const [reversing, setReversing] = useState<string | null>(null);
  const [, reverse] = useMutation(ReverseAidDisbursementMutation);
  const canReverse = hasPermission(viewer.permissions, 'AID_APPROVE');
  return (
    <Card size="small" title={t('aid.money.disbursements')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={application.disbursements}
        columns={[
          {
            key: 'at',
            title: t('aid.money.createdAt'),
            render: (_v, row) => formatDateTime(row.createdAt),
          },
          {
            key: 'amount',
            title: t('aid.money.amountYuan'),
            align: 'right',
            render: (_v, row) => fenToYuan(row.amountFen),
          },
          { key: 'key', title: t('aid.money.disburse.key'), dataIndex: 'idempotencyKey' },
          {
            key: 'reversed',
            title: t('aid.money.state'),
            render: (_v, row) =>
              row.reversed ? (
                <Tag color="warning">{t('aid.money.reversed')}</Tag>
              ) : (
                <Tag color="success">{t('aid.money.state.DISBURSED')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_v, row) =>
              canReverse && !row.reversed ? (
                <Button size="small" danger onClick={() => setReversing(row.id)}>
                  {t('aid.money.reverse')}
                </Button>
              ) : null,
          },
        ]}
      />
      {reversing ? (
        <ReasonModal
          title={t('aid.money.reverse')}
          danger
          onClose={() => setReversing(null)}
          onSubmit={async (reason) => {
            const answer = (await reverse({ id: reversing, reason }, refreshTypes)).data
              ?.reverseAidDisbursement;
            if (!answer) return t('error.serverBody');
            if (answer.__typename === 'AidDisbursement') {
              setReversing(null);
              onChanged();
              return null;
            }
            return refusalText(answer);
          }}
        />
      ) : null}
    </Card>
  );
}
