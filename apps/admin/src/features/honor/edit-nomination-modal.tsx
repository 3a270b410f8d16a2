import { Checkbox, Flex, Form, Input, Modal, Radio } from 'antd';
import { useMutation } from 'urql';
import type { Sex } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { categoryLabel, knownCategories } from './honor-display';
import { UpdateNominationMutation } from './honor-queries';

export interface EditableNomination {
  id: string;
  name: string;
  sex: Sex | null;
  employerName: string;
  regionCode: string;
  industry: string | null;
  photoUrl: string | null;
  citation: string;
  categories: readonly string[];
}

interface EditValues {
  name: string;
  sex?: Sex | null;
  employerName: string;
  regionCode: string;
  industry?: string;
  photoUrl?: string;
  citation: string;
  categories: string[];
}

const editFields = [
  'name',
  'sex',
  'employerName',
  'regionCode',
  'industry',
  'photoUrl',
  'citation',
  'categories',
];

/** 修改推荐材料: a DRAFT's public fields, categories and citation (the gateway refuses other states). */
export function EditNominationModal({
  open,
  nomination,
  onClose,
  onSaved,
}: {
  open: boolean;
  nomination: EditableNomination;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<EditValues>();
  const [state, execute] = useMutation(UpdateNominationMutation);
  const answers = useFormAnswer(form, editFields);

  const submit = async (values: EditValues) => {
    answers.clear();
    const result = await execute(
      {
        id: nomination.id,
        input: {
          name: values.name.trim(),
          sex: values.sex ?? null,
          employerName: values.employerName.trim(),
          regionCode: values.regionCode.trim(),
          industry: values.industry?.trim() || null,
          photoUrl: values.photoUrl?.trim() || null,
          citation: values.citation.trim(),
          categories: values.categories ?? [],
        },
      },
      { additionalTypenames: ['Nomination', 'HonorCampaign'] },
    );
    const answer = result.data?.updateNomination;
    if (!answers.succeeded(result.error, answer, 'Nomination')) return;
    onSaved();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('honor.nomination.edit')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
      width={720}
    >
      <Form<EditValues>
        name="editNomination"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          name: nomination.name,
          sex: nomination.sex,
          employerName: nomination.employerName,
          regionCode: nomination.regionCode,
          industry: nomination.industry ?? '',
          photoUrl: nomination.photoUrl ?? '',
          citation: nomination.citation,
          categories: [...nomination.categories],
        }}
        style={{ marginTop: 16 }}
        data-testid="edit-nomination-form"
      >
        <FormProblem message={answers.general} />
        <Flex gap={16}>
          <Form.Item
            name="name"
            label={t('honor.nomination.name')}
            rules={[{ required: true, whitespace: true, message: t('honor.nominee.nameRequired') }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
          <Form.Item name="sex" label={t('honor.nomination.sex')} style={{ width: 160 }}>
            <Radio.Group
              optionType="button"
              options={(['MALE', 'FEMALE'] as const).map((sex) => ({
                value: sex,
                label: label('sexes', sex),
              }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="employerName"
          label={t('honor.nomination.employer')}
          rules={[
            { required: true, whitespace: true, message: t('honor.nominee.employerRequired') },
          ]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="regionCode"
            label={t('honor.nomination.region')}
            extra={t('honor.nominee.regionHint')}
            rules={[
              { required: true, whitespace: true, message: t('honor.nominee.regionRequired') },
            ]}
            style={{ width: 200 }}
          >
            <Input maxLength={6} inputMode="numeric" autoComplete="off" />
          </Form.Item>
          <Form.Item name="industry" label={t('honor.nomination.industry')} style={{ flex: 1 }}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Flex>
        <Form.Item name="categories" label={t('honor.nomination.categories')}>
          <Checkbox.Group
            options={knownCategories.map((category) => ({
              value: category,
              label: categoryLabel(category, t),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="citation"
          label={t('honor.nomination.citation')}
          rules={[
            { required: true, whitespace: true, message: t('honor.nominee.citationRequired') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="photoUrl"
          label={t('honor.nomination.photoUrl')}
          extra={t('honor.nominee.photoHint')}
        >
          <Input maxLength={500} autoComplete="off" inputMode="url" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
