import { ArrowLeftOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Radio,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf, Sex } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
import { TransportErrorResult, TypedErrorResult } from '../../shared/error-views';
import { EditNominationModal } from './edit-nomination-modal';
import {
  categoryLabel,
  moveIsDestructive,
  moveNeedsReason,
  type NominationMove,
  type NominationState,
  nominationStateColors,
  offeredMoves,
} from './honor-display';
import { campaignPath, publicVerifyUrl } from './honor-paths';
import {
  MoveNominationMutation,
  NominationQuery,
  RecordConsentMutation,
  ResolveObjectionMutation,
  WithdrawConsentMutation,
} from './honor-queries';

type Nomination = Extract<
  ResultOf<typeof NominationQuery>['nomination'],
  { __typename: 'Nomination' }
>;
type Objection = Nomination['objections'][number];

/** The text of a typed refusal: a RuleViolationError's reasons (the domain's Chinese), else its message. */
type Refusal =
  | { __typename: 'RuleViolationError'; message: string; reasons: readonly { message: string }[] }
  | { __typename: string; message: string };

function refusalText(answer: Refusal): string {
  if ('reasons' in answer && answer.reasons.length > 0) {
    return answer.reasons.map((reason) => reason.message).join('；');
  }
  return answer.message;
}

const refreshTypes = {
  additionalTypenames: ['Nomination', 'HonorCampaign', 'HonorConsent', 'Objection'],
};

/**
 * 推荐详情 (/admin/honors/nominations/:id): the nominee's public facts, the moves the workflow
 * offers now (the gateway checks permissions, self-approval, the notice, objections and consent
 * and says why when it refuses), the consent, the objections of the public notice, the history,
 * and after publication the certificate code with the public verification page.
 */
export function NominationPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, label, formatDate, formatDateTime } = useI18n();
  const [result, reexecute] = useQuery({
    query: NominationQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const nomination = result.data?.nomination;
  const [moveState, executeMove] = useMutation(MoveNominationMutation);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reasonFor, setReasonFor] = useState<NominationMove | null>(null);
  const [editing, setEditing] = useState(false);
  const viewer = useViewer();
  const { message } = App.useApp();

  useEffect(() => {
    const name =
      nomination?.__typename === 'Nomination' ? nomination.name : t('honor.nomination.pageTitle');
    document.title = `${name} · ${t('app.title')}`;
  }, [nomination, t]);

  if (result.error && !result.data) {
    return (
      <TransportErrorResult
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!nomination) return <Skeleton active />;
  if (nomination.__typename !== 'Nomination') {
    return <TypedErrorResult typename={nomination.__typename} message={nomination.message} />;
  }

  const move = async (chosen: NominationMove, reason?: string): Promise<string | null> => {
    setRefusal(null);
    const answer = (
      await executeMove({ id: nomination.id, move: chosen, reason: reason ?? null }, refreshTypes)
    ).data?.moveNomination;
    if (!answer) return t('error.serverBody');
    if (answer.__typename === 'Nomination') {
      void message.success(t('honor.move.done', { move: t(`honor.move.${chosen}`) }));
      reexecute({ requestPolicy: 'network-only' });
      return null;
    }
    return refusalText(answer);
  };

  const state = nomination.state as NominationState;
  const moves = offeredMoves(
    state,
    nomination.availableMoves as NominationMove[],
    viewer.permissions,
  );

  return (
    <Flex vertical gap={16}>
      <Link to={campaignPath(nomination.campaign.id)}>
        <ArrowLeftOutlined /> {nomination.campaign.name}
      </Link>
      <Flex align="center" gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {nomination.name}
        </Typography.Title>
        <Tag color={nominationStateColors[state]} data-testid="nomination-state">
          {t(`honor.state.${state}`)}
        </Tag>
      </Flex>
      {refusal ? (
        <Alert
          type="error"
          showIcon
          title={t('honor.move.refused')}
          description={refusal}
          closable
          onClose={() => setRefusal(null)}
          data-testid="move-refusal"
        />
      ) : null}
      <Card size="small" title={t('honor.move.title')}>
        {moves.length === 0 ? (
          <Typography.Text type="secondary">{t('honor.move.none')}</Typography.Text>
        ) : (
          <Space wrap>
            {moves.map((candidate) => (
              <Button
                key={candidate}
                data-testid={`move-${candidate}`}
                type={moveIsDestructive(candidate) ? 'default' : 'primary'}
                danger={moveIsDestructive(candidate)}
                loading={moveState.fetching}
                onClick={async () => {
                  if (moveNeedsReason(candidate)) {
                    setReasonFor(candidate);
                    return;
                  }
                  setRefusal(await move(candidate));
                }}
              >
                {t(`honor.move.${candidate}`)}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      {nomination.certificateCode ? (
        <Alert
          type={nomination.awardRevokedAt ? 'warning' : 'success'}
          showIcon
          icon={<SafetyCertificateOutlined />}
          data-testid="certificate"
          title={
            <span>
              {t('honor.certificate.code')}
              <Typography.Text code copyable data-testid="certificate-code">
                {nomination.certificateCode}
              </Typography.Text>
            </span>
          }
          description={
            <Space direction="vertical" size={4}>
              {nomination.awardRevokedAt ? (
                <span>
                  {t('honor.certificate.revokedAt', {
                    at: formatDateTime(nomination.awardRevokedAt),
                  })}
                </span>
              ) : null}
              <a
                href={publicVerifyUrl(nomination.certificateCode, window.location.origin)}
                target="_blank"
                rel="noreferrer"
              >
                {t('honor.certificate.verify')}
              </a>
            </Space>
          }
        />
      ) : null}
      <Card
        size="small"
        title={t('honor.nomination.facts')}
        extra={
          state === 'DRAFT' && hasPermission(viewer.permissions, 'HONOR_NOMINATE') ? (
            <Button size="small" onClick={() => setEditing(true)}>
              {t('honor.nomination.edit')}
            </Button>
          ) : null
        }
      >
        <Descriptions
          size="small"
          column={2}
          items={[
            {
              key: 'campaign',
              label: t('honor.nomination.campaign'),
              children: nomination.campaign.name,
            },
            {
              key: 'title',
              label: t('honor.campaign.title'),
              children: nomination.campaign.title?.name ?? '',
            },
            {
              key: 'sex',
              label: t('honor.nomination.sex'),
              children: label('sexes', nomination.sex),
            },
            {
              key: 'employer',
              label: t('honor.nomination.employer'),
              children: nomination.employerName,
            },
            { key: 'region', label: t('honor.nomination.region'), children: nomination.regionCode },
            {
              key: 'industry',
              label: t('honor.nomination.industry'),
              children: nomination.industry ?? t('common.empty'),
            },
            {
              key: 'union',
              label: t('honor.nomination.union'),
              children: nomination.nominatingUnionName,
            },
            {
              key: 'source',
              label: t('honor.nominee.source'),
              children: nomination.memberId
                ? t('honor.nominee.fromMember')
                : t('honor.nominee.newPerson'),
            },
            {
              key: 'categories',
              label: t('honor.nomination.categories'),
              children:
                nomination.categories.map((category) => categoryLabel(category, t)).join('、') ||
                t('common.empty'),
            },
            {
              key: 'notice',
              label: t('honor.nomination.notice'),
              children: nomination.noticeStartsOn
                ? `${formatDate(nomination.noticeStartsOn)} – ${formatDate(nomination.noticeEndsOn)}`
                : t('common.empty'),
            },
            ...(nomination.closingReason
              ? [
                  {
                    key: 'reason',
                    label: t('honor.nomination.closingReason'),
                    children: nomination.closingReason,
                  },
                ]
              : []),
            {
              key: 'citation',
              label: t('honor.nomination.citation'),
              children: nomination.citation,
              span: 2,
            },
          ]}
        />
      </Card>
      <ConsentCard
        nomination={nomination}
        onChanged={() => reexecute({ requestPolicy: 'network-only' })}
      />
      <ObjectionsCard
        objections={nomination.objections}
        onChanged={() => reexecute({ requestPolicy: 'network-only' })}
      />
      <Card size="small" title={t('honor.history.title')}>
        <Timeline
          data-testid="nomination-history"
          items={nomination.history.map((event) => ({
            key: `${event.createdAt}-${event.action}`,
            content: (
              <span>
                <Typography.Text strong>{historyActionText(t, event.action)}</Typography.Text>
                {event.fromState !== event.toState
                  ? ` → ${t(`honor.state.${event.toState as NominationState}`)}`
                  : ''}
                {' · '}
                {event.actorName ?? t('honor.history.public')} · {formatDateTime(event.createdAt)}
                {event.reason ? (
                  <div>{t('honor.history.reason', { reason: event.reason })}</div>
                ) : null}
              </span>
            ),
          }))}
        />
      </Card>
      <EditNominationModal
        open={editing}
        nomination={{ ...nomination, sex: nomination.sex as Sex | null }}
        onClose={() => setEditing(false)}
        onSaved={() => reexecute({ requestPolicy: 'network-only' })}
      />
      {reasonFor ? (
        <ReasonModal
          move={reasonFor}
          onClose={() => setReasonFor(null)}
          onSubmit={async (reason) => {
            const problem = await move(reasonFor, reason);
            if (problem === null) setReasonFor(null);
            return problem;
          }}
        />
      ) : null}
    </Flex>
  );
}

const historyActions = [
  'CREATE',
  'UPDATE',
  'CONSENT',
  'CONSENT_WITHDRAWN',
  'OBJECTION_RECEIVED',
  'OBJECTION_RESOLVED',
  'SUBMIT',
  'QUALIFY',
  'START_NOTICE',
  'APPROVE',
  'PUBLISH',
  'REJECT',
  'WITHDRAW',
  'REVOKE',
] as const;

function historyActionText(t: ReturnType<typeof useI18n>['t'], action: string): string {
  return (historyActions as readonly string[]).includes(action)
    ? t(`honor.history.${action as (typeof historyActions)[number]}`)
    : action;
}

/** 不予通过 / 撤销称号: the reason is required and shown in the history and to the nominee's union. */
function ReasonModal({
  move,
  onClose,
  onSubmit,
}: {
  move: NominationMove;
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
      title={t(`honor.move.${move}`)}
      okText={t('common.submit')}
      okButtonProps={{ danger: true }}
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
          label={t('honor.move.reason')}
          rules={[{ required: true, whitespace: true, message: t('honor.move.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ConsentValues {
  givenBy: string;
  givenOn: Dayjs;
  scopes: string[];
}

/** 本人同意: the consent in force, recording a new one (it replaces it), or its withdrawal. */
function ConsentCard({ nomination, onChanged }: { nomination: Nomination; onChanged: () => void }) {
  const { t, formatDate } = useI18n();
  const [recording, setRecording] = useState(false);
  const [form] = Form.useForm<ConsentValues>();
  const [recordState, record] = useMutation(RecordConsentMutation);
  const [, withdraw] = useMutation(WithdrawConsentMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const viewer = useViewer();
  // The gateway lets the nominating side (honor.nominate) or the publisher record consent.
  const canRecord =
    hasPermission(viewer.permissions, 'HONOR_NOMINATE') ||
    hasPermission(viewer.permissions, 'HONOR_PUBLISH');
  const consent = nomination.consent;
  const inForce = consent && !consent.withdrawnOn;
  const scopeOptions = (['NAME', 'PHOTO', 'STORY'] as const).map((scope) => ({
    value: scope,
    label: t(`honor.consent.scope.${scope}`),
  }));

  const submit = async (values: ConsentValues) => {
    setProblem(null);
    const result = await record(
      {
        nominationId: nomination.id,
        input: {
          givenBy: values.givenBy.trim(),
          givenOn: values.givenOn.format('YYYY-MM-DD'),
          scopes: values.scopes as ('NAME' | 'PHOTO' | 'STORY')[],
        },
      },
      refreshTypes,
    );
    const answer = result.data?.recordConsent;
    if (!answer) {
      setProblem(t(noAnswerMessageKey(result.error)));
      return;
    }
    if (answer.__typename === 'HonorConsent') {
      setRecording(false);
      onChanged();
      return;
    }
    if (answer.__typename === 'ValidationError') {
      const rest = applyValidationError(form, answer, ['givenBy', 'givenOn', 'scopes']);
      if (rest.length > 0) setProblem(rest.join('；'));
      return;
    }
    setProblem(refusalText(answer));
  };

  return (
    <Card
      size="small"
      title={t('honor.consent.title')}
      data-testid="consent"
      extra={
        canRecord ? (
          <Space>
            <Button size="small" type="primary" onClick={() => setRecording(true)}>
              {t('honor.consent.record')}
            </Button>
            {inForce ? (
              <Popconfirm
                title={t('honor.consent.withdrawConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={async () => {
                  setProblem(null);
                  const answer = (await withdraw({ nominationId: nomination.id }, refreshTypes))
                    .data?.withdrawConsent;
                  if (answer && answer.__typename !== 'HonorConsent')
                    setProblem(refusalText(answer));
                  else onChanged();
                }}
              >
                <Button size="small" danger>
                  {t('honor.consent.withdraw')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null
      }
    >
      {problem && !recording ? (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />
      ) : null}
      {consent ? (
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'by', label: t('honor.consent.givenBy'), children: consent.givenBy },
            { key: 'on', label: t('honor.consent.givenOn'), children: formatDate(consent.givenOn) },
            {
              key: 'scopes',
              label: t('honor.consent.scopes'),
              children: consent.scopes.map((scope) => t(`honor.consent.scope.${scope}`)).join('、'),
            },
            {
              key: 'state',
              label: t('honor.consent.state'),
              children: consent.withdrawnOn
                ? t('honor.consent.withdrawnOn', { date: formatDate(consent.withdrawnOn) })
                : t('honor.consent.inForce'),
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('honor.consent.none')}</Typography.Text>
      )}
      <Modal
        open={recording}
        title={t('honor.consent.record')}
        okText={t('common.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={recordState.fetching}
        onOk={() => form.submit()}
        onCancel={() => setRecording(false)}
        destroyOnHidden
      >
        <Form<ConsentValues>
          form={form}
          name="recordConsent"
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          initialValues={{
            givenBy: nomination.name,
            givenOn: dayjs(),
            scopes: ['NAME', 'PHOTO', 'STORY'],
          }}
        >
          {problem ? (
            <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />
          ) : null}
          <Form.Item
            name="givenBy"
            label={t('honor.consent.givenBy')}
            rules={[
              { required: true, whitespace: true, message: t('honor.consent.givenByRequired') },
            ]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="givenOn" label={t('honor.consent.givenOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="scopes" label={t('honor.consent.scopes')}>
            <Checkbox.Group options={scopeOptions} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** 公示异议: each objection, and 核查 (upheld or dismissed, with the finding) for the open ones. */
function ObjectionsCard({
  objections,
  onChanged,
}: {
  objections: readonly Objection[];
  onChanged: () => void;
}) {
  const { t, formatDate } = useI18n();
  const [resolving, setResolving] = useState<Objection | null>(null);
  const [form] = Form.useForm<{ outcome: 'UPHELD' | 'DISMISSED'; finding: string }>();
  const [state, resolve] = useMutation(ResolveObjectionMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const canReview = hasPermission(useViewer().permissions, 'HONOR_REVIEW');
  return (
    <Card
      size="small"
      title={t('honor.objection.title', { n: objections.length })}
      data-testid="objections"
    >
      {objections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('honor.objection.none')} />
      ) : (
        <List
          dataSource={[...objections]}
          renderItem={(objection) => (
            <List.Item
              actions={
                objection.state === 'OPEN' && canReview
                  ? [
                      <Button key="resolve" size="small" onClick={() => setResolving(objection)}>
                        {t('honor.objection.resolve')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space>
                    <Tag
                      color={
                        objection.state === 'OPEN'
                          ? 'warning'
                          : objection.state === 'UPHELD'
                            ? 'error'
                            : 'default'
                      }
                    >
                      {t(`honor.objection.state.${objection.state}`)}
                    </Tag>
                    {formatDate(objection.receivedOn)}
                  </Space>
                }
                description={
                  <>
                    <div>{objection.text}</div>
                    {objection.finding ? (
                      <div>{t('honor.objection.finding', { finding: objection.finding })}</div>
                    ) : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal
        open={resolving !== null}
        title={t('honor.objection.resolve')}
        okText={t('common.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={state.fetching}
        onOk={() => form.submit()}
        onCancel={() => setResolving(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ outcome: 'DISMISSED' }}
          onFinish={async (values) => {
            setProblem(null);
            if (!resolving) return;
            const answer = (
              await resolve(
                { id: resolving.id, outcome: values.outcome, finding: values.finding.trim() },
                refreshTypes,
              )
            ).data?.resolveObjection;
            if (!answer) return setProblem(t('error.serverBody'));
            if (answer.__typename === 'Objection') {
              setResolving(null);
              onChanged();
              return;
            }
            if (answer.__typename === 'ValidationError') {
              const rest = applyValidationError(form, answer, ['finding', 'outcome']);
              if (rest.length > 0) setProblem(rest.join('；'));
              return;
            }
            setProblem(refusalText(answer));
          }}
        >
          {problem ? (
            <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />
          ) : null}
          <Typography.Paragraph>{resolving?.text}</Typography.Paragraph>
          <Form.Item name="outcome" label={t('honor.objection.outcome')}>
            <Radio.Group
              options={(['DISMISSED', 'UPHELD'] as const).map((outcome) => ({
                value: outcome,
                label: t(`honor.objection.state.${outcome}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="finding"
            label={t('honor.objection.findingLabel')}
            rules={[
              { required: true, whitespace: true, message: t('honor.objection.findingRequired') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
