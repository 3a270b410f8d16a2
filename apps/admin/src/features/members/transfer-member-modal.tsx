import { Alert, App, DatePicker, Descriptions, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
import { OrganizationPicker } from '../organization/organization-picker';
import { grassrootsOnly } from './member-display';
import { TransferMemberMutation } from './member-queries';
import { todayInChina } from './member-rules';

export interface TransferTarget {
  id: string;
  name: string;
  organization: { id: string; name: string };
}

interface TransferValues {
  toOrganizationId: string;
  transferDate: Dayjs;
}

/**
 * 转会: to another grassroots-level union (the picker offers only those), on a date. The
 * membership and its join date go on; both unions' history shows the move.
 */
export function TransferMemberModal({
  member,
  onClose,
}: {
  member: TransferTarget | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferValues>();
  const [state, execute] = useMutation(TransferMemberMutation);
  const [general, setGeneral] = useState<string | null>(null);
  const today = todayInChina();

  const close = () => {
    setGeneral(null);
    onClose();
  };

  const submit = async (values: TransferValues) => {
    if (!member) return;
    setGeneral(null);
    const result = await execute(
      {
        memberId: member.id,
        toOrganizationId: values.toOrganizationId,
        transferDate: values.transferDate.format('YYYY-MM-DD'),
      },
      { additionalTypenames: ['Member', 'MemberEvent', 'OrganizationStats', 'Organization'] },
    );
    const answer = result.data?.transferMember;
    if (!answer) {
      setGeneral(t(noAnswerMessageKey(result.error)));
      return;
    }
    switch (answer.__typename) {
      case 'Member':
        void message.success(
          t('member.transferred', { name: member.name, organization: answer.organization.name }),
        );
        close();
        return;
      case 'ValidationError': {
        const rest = applyValidationError(form, answer, ['toOrganizationId', 'transferDate']);
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
      title={t('member.transferTitle', { name: member?.name ?? '' })}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
      width={600}
    >
      {member ? (
        <Form<TransferValues>
          name="transferMember"
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          preserve={false}
          initialValues={{ transferDate: dayjs(today) }}
          style={{ marginTop: 16 }}
          data-testid="transfer-member-form"
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
                key: 'from',
                label: t('member.transferFrom'),
                children: member.organization.name,
              },
            ]}
          />
          <Form.Item
            name="toOrganizationId"
            label={t('member.transferTo')}
            extra={t('member.transferToHint')}
            rules={[{ required: true, message: t('member.transferToRequired') }]}
          >
            <OrganizationPicker
              aria-label={t('member.transferTo')}
              canSelect={grassrootsOnly}
              unselectableHint={t('org.pickerGrassrootsOnly')}
            />
          </Form.Item>
          <Form.Item
            name="transferDate"
            label={t('member.transferDate')}
            rules={[{ required: true, message: t('member.transferDateRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.format('YYYY-MM-DD') > today}
            />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
