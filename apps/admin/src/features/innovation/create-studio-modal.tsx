import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { OrganizationPicker } from '../organization/organization-picker';
import { CreateStudioMutation } from './innovation-queries';

const LEVELS = ['NATIONAL_DEMONSTRATION', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;
const SKILL_LEVELS = [
  'JUNIOR',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
] as const;
const formFields = [
  'organizationId',
  'name',
  'level',
  'hostEmployerName',
  'industryChain',
  'regionCode',
  'foundedOn',
  'leadName',
  'leadHonorCodes',
  'leadSkillLevel',
] as const;

interface Values {
  organizationId?: string;
  name?: string;
  level?: (typeof LEVELS)[number];
  hostEmployerName?: string;
  industryChain?: string;
  regionCode?: string;
  foundedOn?: Dayjs;
  leadName?: string;
  leadHonorCodes?: string[];
  leadSkillLevel?: (typeof SKILL_LEVELS)[number] | null;
}

/**
 * 登记工作室: the gateway checks the lead's qualification with the domain (a qualifying honor,
 * or 技师 and above) and answers under the fields; the honor choices are the catalogue's titles.
 */
export function CreateStudioModal({
  titles,
  onClose,
  onCreated,
}: {
  titles: readonly { code: string; name: string }[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [form] = Form.useForm<Values>();
  const answers = useFormAnswer(form, formFields);
  const [state, create] = useMutation(CreateStudioMutation);

  const submit = async (values: Values) => {
    answers.clear();
    const result = await create({
      input: {
        organizationId: values.organizationId ?? '',
        name: values.name ?? '',
        level: values.level ?? 'DISTRICT',
        hostEmployerName: values.hostEmployerName ?? '',
        industryChain: values.industryChain ?? '',
        regionCode: values.regionCode ?? '',
        foundedOn: values.foundedOn?.format('YYYY-MM-DD') ?? '',
        leadName: values.leadName ?? '',
        leadHonorCodes: values.leadHonorCodes ?? [],
        leadSkillLevel: values.leadSkillLevel ?? null,
      },
    });
    const answer = result.data?.createStudio;
    if (answers.succeeded(result.error, answer, 'InnovationStudio')) onCreated(answer.id);
  };

  return (
    <Modal
      open
      title={t('innovation.create.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={state.fetching}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="createStudio"
        onFinish={submit}
        initialValues={{
          organizationId: viewer.homeOrganization.id,
          level: 'DISTRICT',
          leadHonorCodes: [],
        }}
        data-testid="create-studio-form"
      >
        <FormProblem message={answers.general} />
        <Form.Item
          name="organizationId"
          label={t('innovation.create.organization')}
          rules={[{ required: true }]}
        >
          <OrganizationPicker
            knownNames={{ [viewer.homeOrganization.id]: viewer.homeOrganization.name }}
          />
        </Form.Item>
        <Form.Item name="name" label={t('innovation.studio.name')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="level" label={t('innovation.studio.level')} rules={[{ required: true }]}>
          <Select
            options={LEVELS.map((level) => ({
              value: level,
              label: t(`innovation.level.${level}` as MessageKey),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="hostEmployerName"
          label={t('innovation.studio.host')}
          rules={[{ required: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="industryChain"
          label={t('innovation.studio.industryChain')}
          rules={[{ required: true }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('innovation.studio.region')}
          rules={[{ required: true }]}
        >
          <Input maxLength={6} placeholder="370202" />
        </Form.Item>
        <Form.Item
          name="foundedOn"
          label={t('innovation.studio.foundedOn')}
          rules={[{ required: true }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="leadName" label={t('innovation.studio.lead')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="leadHonorCodes" label={t('innovation.create.leadHonors')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={titles.map((title) => ({ value: title.code, label: title.name }))}
          />
        </Form.Item>
        <Form.Item name="leadSkillLevel" label={t('innovation.create.leadSkillLevel')}>
          <Select
            allowClear
            options={SKILL_LEVELS.map((level) => ({
              value: level,
              label: t(`innovation.skill.${level}` as MessageKey),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
