import { App, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { OrganizationPicker } from '../organization/organization-picker';
import { grassrootsOnly } from './member-display';
import {
  type GroupChoice,
  groupOfChoice,
  noGroup,
  useEmploymentGroupOptions,
} from './member-options';
import { AddMemberMutation } from './member-queries';
import { checkIdNumber, phoneProblem, todayInChina } from './member-rules';

interface AddValues {
  organizationId: string;
  name: string;
  idNumber: string;
  phone?: string;
  joinedOn: Dayjs;
  isMigrant: boolean;
  employmentGroup?: GroupChoice;
  employerName?: string;
}

/** The form's fields, for the gateway's ValidationError paths (`input.idNumber` → idNumber). */
const addMemberFields = [
  'organizationId',
  'name',
  'idNumber',
  'phone',
  'joinedOn',
  'isMigrant',
  'employmentGroup',
  'employerName',
];

export interface AddedMember {
  id: string;
  name: string;
}

/**
 * 新增会员 (入会登记). The ID number is checked as it is typed, by the domain's own
 * `parseResidentIdNumber`, and the sex and birth date it encodes are shown (never typed twice).
 * The gateway checks everything again; its ValidationErrors land under their fields.
 */
export function AddMemberModal({
  open,
  onClose,
  organization,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  /** The union to pre-fill (an organisation's member section). */
  organization?: { id: string; name: string } | null;
  onAdded?: (member: AddedMember) => void;
}) {
  const { t, label, formatDate } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const [state, execute] = useMutation(AddMemberMutation);
  const answers = useFormAnswer(form, addMemberFields);
  const groupOptions = useEmploymentGroupOptions();
  const today = todayInChina();
  const idNumber = Form.useWatch('idNumber', form);
  const identity = checkIdNumber(idNumber, today);

  const close = () => {
    answers.clear();
    onClose();
  };

  const submit = async (values: AddValues) => {
    answers.clear();
    const result = await execute(
      {
        input: {
          organizationId: values.organizationId,
          name: values.name.trim(),
          idNumber: values.idNumber.trim(),
          phone: values.phone?.trim() || null,
          joinedOn: values.joinedOn.format('YYYY-MM-DD'),
          isMigrant: values.isMigrant,
          employmentGroup: groupOfChoice(values.employmentGroup),
          employerName: values.employerName?.trim() || null,
        },
      },
      { additionalTypenames: ['Member', 'MemberEvent', 'OrganizationStats'] },
    );
    const answer = result.data?.addMember;
    if (!answers.succeeded(result.error, answer, 'Member')) return;
    void message.success(t('member.added', { name: answer.name }));
    onAdded?.({ id: answer.id, name: answer.name });
    close();
  };

  return (
    <Modal
      open={open}
      title={t('member.addTitle')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
      width={680}
    >
      <Form<AddValues>
        name="addMember"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        preserve={false}
        initialValues={{
          organizationId: organization?.id,
          isMigrant: false,
          employmentGroup: noGroup,
          joinedOn: dayjs(today),
        }}
        style={{ marginTop: 16 }}
        data-testid="add-member-form"
      >
        <FormProblem message={answers.general} />
        <Form.Item
          name="organizationId"
          label={t('member.field.organization')}
          extra={t('member.field.organizationHint')}
          rules={[{ required: true, message: t('member.field.organizationRequired') }]}
        >
          <OrganizationPicker
            canSelect={grassrootsOnly}
            unselectableHint={t('org.pickerGrassrootsOnly')}
            knownNames={organization ? { [organization.id]: organization.name } : undefined}
          />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="name"
            label={t('member.field.name')}
            rules={[{ required: true, whitespace: true, message: t('member.field.nameRequired') }]}
            style={{ width: 200 }}
          >
            <Input autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('member.field.idNumber')}
            validateDebounce={250}
            extra={
              identity.ok ? (
                <Typography.Text type="success" data-testid="id-number-derived">
                  {t('member.field.derived', {
                    sex: label('sexes', identity.sex),
                    birthDate: formatDate(identity.birthDate),
                  })}
                </Typography.Text>
              ) : (
                t('member.field.idNumberHint')
              )
            }
            rules={[
              {
                validator: (_rule, value: string | undefined) => {
                  const check = checkIdNumber(value, todayInChina());
                  return check.ok ? Promise.resolve() : Promise.reject(new Error(check.message));
                },
              },
            ]}
            style={{ flex: 1 }}
          >
            <Input
              autoComplete="off"
              spellCheck={false}
              maxLength={18}
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
            />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item
            name="phone"
            label={t('member.field.phone')}
            extra={t('member.field.phoneHint')}
            validateDebounce={250}
            rules={[
              {
                validator: (_rule, value: string | undefined) => {
                  const problem = phoneProblem(value);
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
            style={{ flex: 1 }}
          >
            <Input autoComplete="off" inputMode="tel" maxLength={20} />
          </Form.Item>
          <Form.Item
            name="joinedOn"
            label={t('member.field.joinedOn')}
            rules={[{ required: true, message: t('member.field.joinedOnRequired') }]}
            style={{ width: 200 }}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.format('YYYY-MM-DD') > today}
            />
          </Form.Item>
        </Flex>
        <MemberFlagFields groupOptions={groupOptions} />
      </Form>
    </Modal>
  );
}

/** 农民工, 新就业形态 and 工作单位: the same fields in the add and edit forms. */
export function MemberFlagFields({
  groupOptions,
}: {
  groupOptions: { value: GroupChoice; label: string }[];
}) {
  const { t } = useI18n();
  return (
    <>
      <Flex gap={16}>
        <Form.Item name="isMigrant" label={t('member.field.isMigrant')} style={{ width: 200 }}>
          <Radio.Group
            optionType="button"
            options={[
              { value: false, label: t('common.no') },
              { value: true, label: t('common.yes') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="employmentGroup"
          label={t('member.field.employmentGroup')}
          style={{ flex: 1 }}
        >
          <Select<GroupChoice> options={groupOptions} />
        </Form.Item>
      </Flex>
      <Form.Item name="employerName" label={t('member.field.employer')}>
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
    </>
  );
}
