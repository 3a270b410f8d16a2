import { Alert, App, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import type { NewEmploymentGroup } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { MemberFlagFields } from './add-member-modal';
import {
  type GroupChoice,
  groupOfChoice,
  noGroup,
  useEmploymentGroupOptions,
} from './member-options';
import { UpdateMemberMutation } from './member-queries';
import { phoneProblem } from './member-rules';

export interface EditableMember {
  id: string;
  name: string;
  phoneMasked: string | null;
  isMigrant: boolean;
  employmentGroup: NewEmploymentGroup | null;
  employerName: string | null;
}

interface EditValues {
  name: string;
  phone?: string;
  isMigrant: boolean;
  employmentGroup: GroupChoice;
  employerName?: string;
}

const editMemberFields = ['name', 'phone', 'isMigrant', 'employmentGroup', 'employerName'];

/**
 * 编辑信息: name, phone, migrant flag, new-employment group, employer. The phone is masked, so
 * it is replaced only when a new one is typed. The ID number and join date are not editable.
 */
export function EditMemberModal({
  member,
  onClose,
}: {
  member: EditableMember | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const [state, execute] = useMutation(UpdateMemberMutation);
  const answers = useFormAnswer(form, editMemberFields);
  const groupOptions = useEmploymentGroupOptions();

  const close = () => {
    answers.clear();
    onClose();
  };

  const submit = async (values: EditValues) => {
    if (!member) return;
    answers.clear();
    const phone = values.phone?.trim();
    const result = await execute(
      {
        memberId: member.id,
        input: {
          name: values.name.trim(),
          ...(phone ? { phone } : {}),
          isMigrant: values.isMigrant,
          employmentGroup: groupOfChoice(values.employmentGroup),
          employerName: values.employerName?.trim() || null,
        },
      },
      { additionalTypenames: ['Member', 'OrganizationStats'] },
    );
    const answer = result.data?.updateMember;
    if (!answers.succeeded(result.error, answer, 'Member')) return;
    void message.success(t('member.updated', { name: answer.name }));
    close();
  };

  return (
    <Modal
      open={member !== null}
      title={t('member.editTitle', { name: member?.name ?? '' })}
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
        <Form<EditValues>
          name="editMember"
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          preserve={false}
          initialValues={{
            name: member.name,
            isMigrant: member.isMigrant,
            employmentGroup: member.employmentGroup ?? noGroup,
            employerName: member.employerName ?? '',
          }}
          style={{ marginTop: 16 }}
          data-testid="edit-member-form"
        >
          <Alert type="info" showIcon title={t('member.editHint')} style={{ marginBottom: 16 }} />
          <FormProblem message={answers.general} />
          <Form.Item
            name="name"
            label={t('member.field.name')}
            rules={[{ required: true, whitespace: true, message: t('member.field.nameRequired') }]}
          >
            <Input autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('member.field.phone')}
            extra={
              member.phoneMasked
                ? t('member.field.phoneKeep', { masked: member.phoneMasked })
                : t('member.field.phoneHint')
            }
            validateDebounce={250}
            rules={[
              {
                validator: (_rule, value: string | undefined) => {
                  const problem = phoneProblem(value);
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input autoComplete="off" inputMode="tel" maxLength={20} />
          </Form.Item>
          <MemberFlagFields groupOptions={groupOptions} />
        </Form>
      ) : null}
    </Modal>
  );
}
