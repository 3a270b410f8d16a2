import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation } from 'urql';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { OrganizationPicker } from '../organization/organization-picker';
import { yuanToFen } from './innovation-display';
import { CreateResultMutation } from './innovation-queries';

export const RESULT_TYPES = [
  'SMALL_INVENTION',
  'SMALL_CREATION',
  'SMALL_INNOVATION',
  'SMALL_DESIGN',
  'SMALL_SUGGESTION',
  'INVENTION_PATENT',
  'UTILITY_MODEL_PATENT',
  'DESIGN_PATENT',
  'RATIONALISATION_PROPOSAL',
  'TECHNICAL_BREAKTHROUGH',
] as const;
const formFields = [
  'organizationId',
  'title',
  'type',
  'patentNumber',
  'team',
  'year',
  'economicBenefitFen',
] as const;

interface Values {
  organizationId?: string;
  title?: string;
  type?: (typeof RESULT_TYPES)[number];
  patentNumber?: string;
  team?: string;
  year?: number;
  economicBenefitYuan?: number;
}

/**
 * 登记创新成果: the team is typed one name per line, first completer first; the gateway checks
 * the patent number's check character and type with the domain and answers under the fields.
 */
export function CreateResultModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [form] = Form.useForm<Values>();
  const answers = useFormAnswer(form, formFields);
  const [state, create] = useMutation(CreateResultMutation);

  const submit = async (values: Values) => {
    answers.clear();
    const result = await create({
      input: {
        organizationId: values.organizationId ?? null,
        title: values.title ?? '',
        type: values.type ?? 'SMALL_INNOVATION',
        patentNumber: values.patentNumber?.trim() || null,
        team: (values.team ?? '')
          .split(/\n|、|，|,/)
          .map((name) => name.trim())
          .filter((name) => name !== ''),
        year: values.year ?? new Date().getFullYear(),
        economicBenefitFen: yuanToFen(values.economicBenefitYuan ?? 0) ?? -1,
      },
    });
    const answer = result.data?.createInnovationResult;
    if (answers.succeeded(result.error, answer, 'InnovationResult')) onCreated();
  };

  return (
    <Modal
      open
      title={t('innovation.result.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={state.fetching}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="createResult"
        onFinish={submit}
        initialValues={{
          organizationId: viewer.homeOrganization.id,
          type: 'SMALL_INNOVATION',
          year: new Date().getFullYear(),
          economicBenefitYuan: 0,
        }}
        data-testid="create-result-form"
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
        <Form.Item name="title" label={t('innovation.result.title')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="type" label={t('innovation.result.type')} rules={[{ required: true }]}>
          <Select
            options={RESULT_TYPES.map((type) => ({
              value: type,
              label: t(`innovation.resultType.${type}` as MessageKey),
            }))}
          />
        </Form.Item>
        <Form.Item name="patentNumber" label={t('innovation.result.patentNumber')}>
          <Input maxLength={30} placeholder="ZL201710601862.3" />
        </Form.Item>
        <Form.Item name="team" label={t('innovation.result.team')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="year" label={t('innovation.ratings.year')} rules={[{ required: true }]}>
          <InputNumber min={1949} max={2100} precision={0} />
        </Form.Item>
        <Form.Item
          name="economicBenefitYuan"
          label={t('innovation.result.benefitYuan')}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
