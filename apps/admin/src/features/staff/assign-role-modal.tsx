import { App, Form, Modal, Select } from 'antd';
import { useMutation } from 'urql';
import type { StaffRole } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { OrganizationPicker } from '../organization/organization-picker';
import { useRoleOptions } from './create-staff-modal';
import { AssignRoleMutation } from './staff-queries';

export interface StaffTarget {
  id: string;
  username: string;
  displayName: string;
  organization: { id: string; name: string };
}

interface AssignValues {
  role: StaffRole;
  organizationId: string;
}

/** 分配角色: a role at an organisation (it applies to everything below it too). */
export function AssignRoleModal({
  account,
  onClose,
}: {
  account: StaffTarget | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const [state, execute] = useMutation(AssignRoleMutation);
  const answers = useFormAnswer(form, ['role', 'organizationId']);
  const roleOptions = useRoleOptions();

  const close = () => {
    answers.clear();
    onClose();
  };

  const submit = async (values: AssignValues) => {
    if (!account) return;
    answers.clear();
    const result = await execute({
      staffId: account.id,
      role: values.role,
      organizationId: values.organizationId,
    });
    const answer = result.data?.assignRole;
    if (!answers.succeeded(result.error, answer, 'StaffAccount')) return;
    void message.success(t('staff.roleAssigned'));
    close();
  };

  return (
    <Modal
      open={account !== null}
      title={t('staff.assignTitle', { name: account?.displayName ?? '' })}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<AssignValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        preserve={false}
        initialValues={{ organizationId: account?.organization.id }}
        style={{ marginTop: 16 }}
      >
        <FormProblem message={answers.general} />
        <Form.Item
          name="role"
          label={t('staff.field.role')}
          rules={[{ required: true, message: t('staff.field.roleRequired') }]}
        >
          <Select<StaffRole> options={roleOptions} placeholder={t('staff.field.role')} />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('staff.field.roleOrganization')}
          extra={t('staff.field.rolesHint')}
          rules={[{ required: true, message: t('staff.field.roleOrganizationRequired') }]}
        >
          <OrganizationPicker
            knownNames={account ? { [account.organization.id]: account.organization.name } : {}}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
