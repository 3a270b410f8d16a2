import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../i18n/i18n-context';
import { describeTransportError } from '../shared/api-errors';
import { applyValidationError } from '../shared/apply-form-errors';
import { ChangeMyPasswordMutation } from './session-queries';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码: the gateway checks the policy; its messages appear under the field they name. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [state, execute] = useMutation(ChangeMyPasswordMutation);
  const [general, setGeneral] = useState<string | null>(null);

  const close = () => {
    setGeneral(null);
    onClose();
  };
  const submitOnEnter = () => form.submit();

  const submit = async (values: PasswordValues) => {
    setGeneral(null);
    const result = await execute({
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    const answer = result.data?.changeMyPassword;
    if (!answer) {
      setGeneral(
        result.error ? t(describeTransportError(result.error).bodyKey) : t('error.serverBody'),
      );
      return;
    }
    if (answer.__typename === 'MutationChangeMyPasswordSuccess') {
      void message.success(t('password.changed'));
      close();
      return;
    }
    if (answer.__typename === 'ValidationError') {
      const rest = applyValidationError(form, answer, ['currentPassword', 'newPassword']);
      if (rest.length > 0) setGeneral(rest.join('；'));
      return;
    }
    setGeneral(answer.message);
  };

  return (
    <Modal
      open={open}
      title={t('password.modalTitle')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        preserve={false}
        style={{ marginTop: 16 }}
      >
        {general ? (
          <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus onPressEnter={submitOnEnter} />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.policy')}
          rules={[{ required: true, message: t('password.newRequired') }]}
        >
          <Input.Password autoComplete="new-password" onPressEnter={submitOnEnter} />
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
          <Input.Password autoComplete="new-password" onPressEnter={submitOnEnter} />
        </Form.Item>
        <Typography.Text type="secondary">{t('password.otherSessions')}</Typography.Text>
      </Form>
    </Modal>
  );
}
