import { App, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from 'urql';
import { useI18n } from '../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../shared/form-answer';
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
  const answers = useFormAnswer(form, ['currentPassword', 'newPassword']);

  const close = () => {
    answers.clear();
    onClose();
  };
  const submitOnEnter = () => form.submit();

  const submit = async (values: PasswordValues) => {
    answers.clear();
    const result = await execute({
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    const answer = result.data?.changeMyPassword;
    if (!answers.succeeded(result.error, answer, 'MutationChangeMyPasswordSuccess')) return;
    void message.success(t('password.changed'));
    close();
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
        <FormProblem message={answers.general} />
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
