import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useMutation } from 'urql';
import type { StaffRole } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { OrganizationPicker } from '../organization/organization-picker';
import { CreateStaffAccountMutation } from './staff-queries';
import { createStaffFields, type RoleRow, roleGrants } from './staff-roles';

interface CreateValues {
  username: string;
  displayName: string;
  organizationId: string;
  password: string;
  roles: RoleRow[];
}

export function useRoleOptions() {
  const { label } = useI18n();
  const viewer = useViewer();
  return viewer.assignableRoles.map((role) => ({
    value: role,
    label: label('roles', role),
  }));
}

/** 新建账号: the gateway checks the username, the password policy and every role grant. */
export function CreateStaffModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const [form] = Form.useForm<CreateValues>();
  const [state, execute] = useMutation(CreateStaffAccountMutation);
  const answers = useFormAnswer(form, createStaffFields);
  const roleOptions = useRoleOptions();

  const close = () => {
    answers.clear();
    onClose();
  };

  const submit = async (values: CreateValues) => {
    answers.clear();
    const result = await execute(
      {
        input: {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          organizationId: values.organizationId,
          roles: roleGrants(values.roles, values.organizationId),
        },
      },
      { additionalTypenames: ['StaffAccount'] },
    );
    const answer = result.data?.createStaffAccount;
    if (!answers.succeeded(result.error, answer, 'StaffAccount')) return;
    void message.success(t('staff.created', { username: answer.username }));
    close();
  };

  return (
    <Modal
      open={open}
      title={t('staff.createTitle')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
      width={640}
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        preserve={false}
        initialValues={{ organizationId: viewer.homeOrganization.id, roles: [{}] }}
        style={{ marginTop: 16 }}
        data-testid="create-staff-form"
      >
        <FormProblem message={answers.general} />
        <Flex gap={16}>
          <Form.Item
            name="username"
            label={t('staff.field.username')}
            extra={t('staff.field.usernameHint')}
            rules={[
              { required: true, whitespace: true, message: t('staff.field.usernameRequired') },
            ]}
            style={{ flex: 1 }}
          >
            <Input autoComplete="off" autoCapitalize="off" spellCheck={false} maxLength={32} />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('staff.field.displayName')}
            rules={[
              { required: true, whitespace: true, message: t('staff.field.displayNameRequired') },
            ]}
            style={{ flex: 1 }}
          >
            <Input autoComplete="off" maxLength={50} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="organizationId"
          label={t('staff.field.organization')}
          extra={t('staff.field.organizationHint')}
          rules={[{ required: true, message: t('staff.field.organizationRequired') }]}
        >
          <OrganizationPicker />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('staff.field.password')}
          extra={t('password.policy')}
          rules={[{ required: true, message: t('staff.field.passwordRequired') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('staff.field.roles')} extra={t('staff.field.rolesHint')} required>
          <Form.List name="roles">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field, index) => (
                  <Flex
                    key={field.key}
                    gap={8}
                    align="flex-start"
                    data-testid={`role-row-${index}`}
                  >
                    <Form.Item
                      name={[field.name, 'role']}
                      rules={[{ required: true, message: t('staff.field.roleRequired') }]}
                      style={{ width: 170, marginBottom: 0 }}
                    >
                      <Select<StaffRole>
                        aria-label={t('staff.field.role')}
                        placeholder={t('staff.field.role')}
                        options={roleOptions}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'organizationId']}
                      style={{ flex: 1, marginBottom: 0, minWidth: 0 }}
                    >
                      <OrganizationPicker
                        aria-label={t('staff.field.roleOrganization')}
                        placeholder={t('staff.field.roleOrganizationDefault')}
                        allowClear
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('staff.removeRole')}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('staff.addRole')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
