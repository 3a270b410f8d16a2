import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
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
  const [general, setGeneral] = useState<string | null>(null);

  const close = () => {
    setGeneral(null);
    onClose();
  };

  const submit = async (values: ResetValues) => {
    if (!account) return;
    setGeneral(null);
    const result = await execute({ staffId: account.id, newPassword: values.newPassword });
    const answer = result.data?.resetStaffPassword;
    if (!answer) {
      setGeneral(t(noAnswerMessageKey(result.error)));
      return;
    }
    if (answer.__typename === 'StaffAccount') {
      void message.success(t('staff.passwordReset', { username: answer.username }));
      close();
    } else if (answer.__typename === 'ValidationError') {
      const rest = applyValidationError(form, answer, ['newPassword']);
      if (rest.length > 0) setGeneral(rest.join('；'));
    } else {
      setGeneral(answer.message);
    }
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
        {general ? (
          <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />
        ) : null}
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
