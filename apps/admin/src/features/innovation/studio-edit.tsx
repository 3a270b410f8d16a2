import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Table,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
import {
  AddStudioMemberMutation,
  ChangeStudioStatusMutation,
  LeadHonoreesQuery,
  RemoveStudioMemberMutation,
  UpdateStudioMutation,
} from './innovation-queries';

/*
 * The studio page's edit screens: its details (with the link of the lead to their honor-roll
 * profile), its members (joining and leaving are dated) and its status (暂停、恢复、摘牌 as dated
 * records with a reason, never overwrites). The gateway decides; the forms show its answers
 * under the fields they concern.
 */

type StudioStatus = 'ACTIVE' | 'SUSPENDED' | 'DELISTED';
const LEVELS = ['NATIONAL_DEMONSTRATION', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;

/** The statuses a studio may move to from its current one (de-listing is final). */
export function nextStudioStatuses(status: StudioStatus): StudioStatus[] {
  if (status === 'ACTIVE') return ['SUSPENDED', 'DELISTED'];
  if (status === 'SUSPENDED') return ['ACTIVE', 'DELISTED'];
  return [];
}

const dateText = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD') ?? '';

/** A typed error answer: its field issues for the form, the rest as one line. */
type ErrorAnswer = {
  __typename: string;
  message: string;
  field?: string | null;
  rule?: string;
  issues?: readonly { field: string; rule: string; message: string }[] | null;
  reasons?: readonly { field: string; rule: string; message: string }[] | null;
};

function showErrors<V>(
  form: ReturnType<typeof Form.useForm<V>>[0],
  answer: ErrorAnswer,
  fields: readonly string[],
): string | null {
  if (answer.__typename === 'ValidationError' || answer.__typename === 'RuleViolationError') {
    const issues = answer.issues ?? answer.reasons ?? [];
    const rest = applyValidationError(
      form,
      { field: answer.field ?? 'input', message: answer.message, issues },
      fields,
    );
    return rest.length > 0 ? rest.join('；') : null;
  }
  return answer.message;
}

interface DetailsValues {
  name?: string;
  level?: (typeof LEVELS)[number];
  hostEmployerName?: string;
  industryChain?: string;
  description?: string;
  leadHonoreeId?: string | null;
}

/** 修改工作室信息: details and the lead's honor-roll link (innovation.manage). */
export function EditStudioModal({
  studio,
  onClose,
  onSaved,
}: {
  studio: {
    id: string;
    name: string;
    level: (typeof LEVELS)[number];
    hostEmployerName: string;
    industryChain: string;
    description: string | null;
    lead: { name: string; honoreeId: string | null };
  };
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DetailsValues>();
  const [general, setGeneral] = useState<string | null>(null);
  const [state, update] = useMutation(UpdateStudioMutation);
  const [honorees] = useQuery({
    query: LeadHonoreesQuery,
    variables: { search: studio.lead.name },
  });
  const roll = honorees.data?.honorRoll;
  const options =
    roll?.__typename === 'QueryHonorRollSuccess'
      ? roll.data.edges
          .map((edge) => edge.node)
          .filter((node) => node.name === studio.lead.name && node.subject === 'PERSON')
          .map((node) => ({
            value: node.id,
            label: `${node.name} · ${node.year} ${node.titleName} · ${node.employerName}`,
          }))
      : [];

  const submit = async (values: DetailsValues) => {
    setGeneral(null);
    const result = await update({
      studioId: studio.id,
      input: {
        name: values.name ?? '',
        level: values.level ?? studio.level,
        hostEmployerName: values.hostEmployerName ?? '',
        industryChain: values.industryChain ?? '',
        description: values.description ?? null,
        leadHonoreeId: values.leadHonoreeId ?? null,
      },
    });
    const answer = result.data?.updateStudio;
    if (!answer) return setGeneral(t(noAnswerMessageKey(result.error)));
    if (answer.__typename === 'InnovationStudio') {
      void message.success(t('innovation.edit.saved'));
      return onSaved();
    }
    setGeneral(
      showErrors(form, answer, [
        'name',
        'level',
        'hostEmployerName',
        'industryChain',
        'description',
        'leadHonoreeId',
      ]),
    );
  };

  return (
    <Modal
      open
      title={t('innovation.edit.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={state.fetching}
      width={640}
    >
      <Form<DetailsValues>
        form={form}
        layout="vertical"
        name="editStudio"
        onFinish={submit}
        initialValues={{
          name: studio.name,
          level: studio.level,
          hostEmployerName: studio.hostEmployerName,
          industryChain: studio.industryChain,
          description: studio.description ?? '',
          leadHonoreeId: studio.lead.honoreeId,
        }}
        data-testid="edit-studio-form"
      >
        {general ? (
          <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item name="name" label={t('innovation.studio.name')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="level" label={t('innovation.studio.level')} rules={[{ required: true }]}>
          <Select
            options={LEVELS.map((level) => ({
              value: level,
              label: t(`innovation.level.${level}` as MessageKey),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="hostEmployerName"
          label={t('innovation.studio.host')}
          rules={[{ required: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="industryChain"
          label={t('innovation.studio.industryChain')}
          rules={[{ required: true }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="description" label={t('innovation.edit.description')}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
        <Form.Item
          name="leadHonoreeId"
          label={t('innovation.edit.leadHonoree')}
          extra={t('innovation.edit.leadHonoreeHelp', { name: studio.lead.name })}
        >
          <Select allowClear loading={honorees.fetching} options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface StatusValues {
  status?: StudioStatus;
  changedOn?: Dayjs;
  reason?: string;
}

/** 状态变更: the dated history, and (innovation.review) the form for the next change. */
export function StudioStatusCard({
  studio,
  canChange,
  onChanged,
}: {
  studio: {
    id: string;
    status: StudioStatus;
    statusChanges: readonly {
      fromStatus: StudioStatus;
      toStatus: StudioStatus;
      changedOn: string;
      reason: string;
    }[];
  };
  canChange: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<StatusValues>();
  const [general, setGeneral] = useState<string | null>(null);
  const [state, change] = useMutation(ChangeStudioStatusMutation);
  const next = nextStudioStatuses(studio.status);
  const label = (status: StudioStatus) => t(`innovation.status.${status}` as MessageKey);

  const submit = async (values: StatusValues) => {
    setGeneral(null);
    const result = await change({
      studioId: studio.id,
      status: values.status ?? next[0] ?? 'ACTIVE',
      changedOn: dateText(values.changedOn),
      reason: values.reason ?? '',
    });
    const answer = result.data?.changeStudioStatus;
    if (!answer) return setGeneral(t(noAnswerMessageKey(result.error)));
    if (answer.__typename === 'InnovationStudio') {
      void message.success(t('innovation.statusCard.done'));
      form.resetFields();
      return onChanged();
    }
    setGeneral(showErrors(form, answer, ['status', 'changedOn', 'reason']));
  };

  return (
    <Card size="small" title={t('innovation.statusCard.title')} data-testid="status-card">
      <Table
        rowKey={(row) => `${row.changedOn}-${row.toStatus}`}
        size="small"
        pagination={false}
        dataSource={[...studio.statusChanges]}
        data-testid="status-history"
        locale={{ emptyText: t('innovation.statusCard.empty') }}
        columns={[
          { key: 'on', title: t('innovation.statusCard.on'), dataIndex: 'changedOn', width: 120 },
          {
            key: 'move',
            title: t('innovation.statusCard.to'),
            width: 160,
            render: (_v, row) => `${label(row.fromStatus)} → ${label(row.toStatus)}`,
          },
          { key: 'reason', title: t('innovation.statusCard.reason'), dataIndex: 'reason' },
        ]}
      />
      {canChange && next.length > 0 ? (
        <Form<StatusValues>
          form={form}
          layout="inline"
          name="changeStudioStatus"
          onFinish={submit}
          initialValues={{ status: next[0], changedOn: dayjs() }}
          style={{ marginTop: 16, rowGap: 8 }}
          data-testid="status-form"
        >
          <Form.Item
            name="status"
            label={t('innovation.statusCard.to')}
            rules={[{ required: true }]}
          >
            <Select
              style={{ width: 120 }}
              options={next.map((status) => ({ value: status, label: label(status) }))}
            />
          </Form.Item>
          <Form.Item
            name="changedOn"
            label={t('innovation.statusCard.on')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('innovation.statusCard.reason')}
            rules={[{ required: true, message: t('innovation.statusCard.reasonRequired') }]}
          >
            <Input maxLength={500} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={state.fetching}>
              {t('innovation.statusCard.submit')}
            </Button>
          </Form.Item>
          {general ? (
            <Alert type="error" showIcon title={general} style={{ width: '100%' }} />
          ) : null}
        </Form>
      ) : null}
    </Card>
  );
}

interface MemberValues {
  name?: string;
  role?: string;
  joinedOn?: Dayjs;
}

/** 工作室成员: the current members; add (dated) and remove (dated) with innovation.manage. */
export function StudioMembersCard({
  studioId,
  members,
  canManage,
  onChanged,
}: {
  studioId: string;
  members: readonly { id: string; name: string; role: string; joinedOn: string }[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberValues>();
  const [general, setGeneral] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<{ id: string; name: string } | null>(null);
  const [leftOn, setLeftOn] = useState<Dayjs | null>(dayjs());
  const [leaveProblem, setLeaveProblem] = useState<string | null>(null);
  const [addState, add] = useMutation(AddStudioMemberMutation);
  const [removeState, remove] = useMutation(RemoveStudioMemberMutation);

  const submit = async (values: MemberValues) => {
    setGeneral(null);
    const result = await add({
      studioId,
      input: {
        name: values.name ?? '',
        role: values.role ?? '',
        joinedOn: dateText(values.joinedOn),
      },
    });
    const answer = result.data?.addStudioMember;
    if (!answer) return setGeneral(t(noAnswerMessageKey(result.error)));
    if (answer.__typename === 'StudioMember') {
      void message.success(t('innovation.members.added'));
      form.resetFields();
      return onChanged();
    }
    setGeneral(showErrors(form, answer, ['name', 'role', 'joinedOn']));
  };

  const confirmLeave = async () => {
    if (!leaving) return;
    setLeaveProblem(null);
    const result = await remove({ memberId: leaving.id, leftOn: leftOn ? dateText(leftOn) : '' });
    const answer = result.data?.removeStudioMember;
    if (!answer) return setLeaveProblem(t(noAnswerMessageKey(result.error)));
    if (answer.__typename === 'StudioMember') {
      void message.success(t('innovation.members.removed'));
      setLeaving(null);
      return onChanged();
    }
    const issues =
      'issues' in answer ? answer.issues : 'reasons' in answer ? answer.reasons : undefined;
    setLeaveProblem(issues?.[0]?.message ?? answer.message);
  };

  return (
    <Card
      size="small"
      title={t('innovation.studio.members')}
      style={{ flex: 1, minWidth: 280 }}
      data-testid="members-card"
    >
      <List
        size="small"
        dataSource={[...members]}
        locale={{ emptyText: t('innovation.studio.noMembers') }}
        renderItem={(member) => (
          <List.Item
            data-testid="studio-member"
            actions={
              canManage
                ? [
                    <Button
                      key="remove"
                      size="small"
                      type="link"
                      onClick={() => {
                        setLeftOn(dayjs());
                        setLeaveProblem(null);
                        setLeaving(member);
                      }}
                    >
                      {t('innovation.members.remove')}
                    </Button>,
                  ]
                : []
            }
          >
            {member.name} · {member.role} · {member.joinedOn}
          </List.Item>
        )}
      />
      {canManage ? (
        <Form<MemberValues>
          form={form}
          layout="inline"
          name="addStudioMember"
          onFinish={submit}
          initialValues={{ joinedOn: dayjs() }}
          style={{ marginTop: 12, rowGap: 8 }}
          data-testid="add-member-form"
        >
          <Form.Item
            name="name"
            rules={[{ required: true, message: t('innovation.members.name') }]}
          >
            <Input
              placeholder={t('innovation.members.name')}
              maxLength={40}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item
            name="role"
            rules={[{ required: true, message: t('innovation.members.role') }]}
          >
            <Input
              placeholder={t('innovation.members.role')}
              maxLength={20}
              style={{ width: 100 }}
            />
          </Form.Item>
          <Form.Item name="joinedOn" rules={[{ required: true }]}>
            <DatePicker placeholder={t('innovation.members.joinedOn')} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={addState.fetching}>
              {t('innovation.members.add')}
            </Button>
          </Form.Item>
          {general ? (
            <Alert type="error" showIcon title={general} style={{ width: '100%' }} />
          ) : null}
        </Form>
      ) : null}
      <Modal
        open={leaving !== null}
        title={t('innovation.members.removeTitle', { name: leaving?.name ?? '' })}
        onCancel={() => setLeaving(null)}
        onOk={() => void confirmLeave()}
        confirmLoading={removeState.fetching}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t('innovation.members.leftOn')}</span>
          <DatePicker value={leftOn} onChange={(value) => setLeftOn(value)} />
          {leaveProblem ? <Alert type="error" showIcon title={leaveProblem} /> : null}
        </Space>
      </Modal>
    </Card>
  );
}
