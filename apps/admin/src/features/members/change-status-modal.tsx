import { Alert, App, DatePicker, Descriptions, Form, Modal, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import type { MemberStatus } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { memberStatusColors } from './member-display';
import { ChangeMemberStatusMutation } from './member-queries';
import { statusChangeTargets, todayInChina } from './member-rules';

export interface StatusTarget {
  id: string;
  name: string;
  status: MemberStatus;
}

interface StatusValues {
  status: MemberStatus;
  effectiveOn: Dayjs;
}

/**
 * 变更会籍状态: offers the transitions the domain allows from the current status (transfers are
 * separate); the gateway refuses anything else with a typed error, shown in Chinese.
 */
export function ChangeStatusModal({
  member,
  onClose,
}: {
  member: StatusTarget | null;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<StatusValues>();
  const [state, execute] = useMutation(ChangeMemberStatusMutation);
  const answers = useFormAnswer(form, ['status', 'effectiveOn']);
  const today = todayInChina();
  const targets = member ? statusChangeTargets(member.status) : [];

  const close = () => {
    answers.clear();
    onClose();
  };

  const submit = async (values: StatusValues) => {
    if (!member) return;
    answers.clear();
    const result = await execute(
      {
        memberId: member.id,
        status: values.status,
        effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
      },
      { additionalTypenames: ['Member', 'MemberEvent', 'OrganizationStats'] },
    );
    const answer = result.data?.changeMemberStatus;
    if (!answers.succeeded(result.error, answer, 'Member')) return;
    void message.success(
      t('member.statusChanged', { status: label('memberStatuses', answer.status) }),
    );
    close();
  };

  return (
    <Modal
      open={member !== null}
      title={t('member.statusTitle', { name: member?.name ?? '' })}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: targets.length === 0 }}
      onCancel={close}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {member ? (
        <Form<StatusValues>
          name="changeStatus"
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          preserve={false}
          initialValues={{ status: targets[0], effectiveOn: dayjs(today) }}
          style={{ marginTop: 16 }}
          data-testid="change-status-form"
        >
          <FormProblem message={answers.general} />
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'current',
                label: t('member.statusCurrent'),
                children: (
                  <Tag color={memberStatusColors[member.status] ?? 'default'}>
                    {label('memberStatuses', member.status)}
                  </Tag>
                ),
              },
            ]}
          />
          {targets.length === 0 ? (
            <Alert type="info" showIcon title={t('member.statusNoTargets')} />
          ) : (
            <>
              <Form.Item
                name="status"
                label={t('member.statusTarget')}
                rules={[{ required: true, message: t('member.statusTargetRequired') }]}
              >
                <Select<MemberStatus>
                  options={targets.map((status) => ({
                    value: status,
                    label: label('memberStatuses', status),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="effectiveOn"
                label={t('member.effectiveOn')}
                rules={[{ required: true, message: t('member.effectiveOnRequired') }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
        </Form>
      ) : null}
    </Modal>
  );
}
