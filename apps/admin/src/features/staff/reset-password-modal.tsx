import { Alert, App, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import type { StaffTarget } from './assign-role-modal';
import { ResetStaffPasswordMutation } from './staff-queries';

interface ResetValues {
  newPassword: string;
  confirmPassword: string;
}

/** 重置密码: also unlocks the account and ends its sessions (the gateway does both). */
export function ResetPasswordModal({
  account,
  onClose,
}: {
  account: StaffTarget | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const [state, execute] = useMutation(ResetStaffPasswordMutation);
  const answers = useFormAnswer(form, ['newPassword']);

  const close = () => {
    answers.clear();
    onClose();
  };

  const submit = async (values: ResetValues) => {
    if (!account) return;
    answers.clear();
    const result = await execute({ staffId: account.id, newPassword: values.newPassword });
    const answer = result.data?.resetStaffPassword;
    if (!answers.succeeded(result.error, answer, 'StaffAccount')) return;
    void message.success(t('staff.passwordReset', { username: answer.username }));
    close();
  };

  return (
    <Modal
      open={account !== null}
      title={t('staff.resetTitle', { name: account?.displayName ?? '' })}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<ResetValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        preserve={false}
        style={{ marginTop: 16 }}
      >
        <Alert type="info" showIcon title={t('staff.resetNotice')} style={{ marginBottom: 16 }} />
        <FormProblem message={answers.general} />
        <Form.Item
          name="newPassword"
          label={t('staff.field.newPassword')}
          extra={t('password.policy')}
          rules={[{ required: true, message: t('staff.field.passwordRequired') }]}
        >
          <Input.Password
            autoComplete="new-password"
            autoFocus
            onPressEnter={() => form.submit()}
          />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
