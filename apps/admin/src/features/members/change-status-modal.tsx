import { Alert, App, DatePicker, Descriptions, Form, Modal, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { MemberStatus } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
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
  const [general, setGeneral] = useState<string | null>(null);
  const today = todayInChina();
  const targets = member ? statusChangeTargets(member.status) : [];

  const close = () => {
    setGeneral(null);
    onClose();
  };

  const submit = async (values: StatusValues) => {
    if (!member) return;
    setGeneral(null);
    const result = await execute(
      {
        memberId: member.id,
        status: values.status,
        effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
      },
      { additionalTypenames: ['Member', 'MemberEvent', 'OrganizationStats'] },
    );
    const answer = result.data?.changeMemberStatus;
    if (!answer) {
      setGeneral(t(noAnswerMessageKey(result.error)));
      return;
    }
    switch (answer.__typename) {
      case 'Member':
        void message.success(
          t('member.statusChanged', { status: label('memberStatuses', answer.status) }),
        );
        close();
        return;
      case 'ValidationError': {
        const rest = applyValidationError(form, answer, ['status', 'effectiveOn']);
        if (rest.length > 0) setGeneral(rest.join('；'));
        return;
      }
      default:
        setGeneral(answer.message);
    }
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
          {general ? (
            <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />
          ) : null}
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
