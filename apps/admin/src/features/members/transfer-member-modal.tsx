import { App, DatePicker, Descriptions, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
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
  const answers = useFormAnswer(form, ['toOrganizationId', 'transferDate']);
  const today = todayInChina();

  const close = () => {
    answers.clear();
    onClose();
  };

  const submit = async (values: TransferValues) => {
    if (!member) return;
    answers.clear();
    const result = await execute(
      {
        memberId: member.id,
        toOrganizationId: values.toOrganizationId,
        transferDate: values.transferDate.format('YYYY-MM-DD'),
      },
      { additionalTypenames: ['Member', 'MemberEvent', 'OrganizationStats', 'Organization'] },
    );
    const answer = result.data?.transferMember;
    if (!answers.succeeded(result.error, answer, 'Member')) return;
    void message.success(
      t('member.transferred', { name: member.name, organization: answer.organization.name }),
    );
    close();
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
          <FormProblem message={answers.general} />
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
