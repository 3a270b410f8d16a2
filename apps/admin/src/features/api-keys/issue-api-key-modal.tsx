import { Form, Input, InputNumber, Modal } from 'antd';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { OrganizationPicker } from '../organization/organization-picker';
import { IssueApiKeyMutation } from './api-key-queries';

interface IssueValues {
  name: string;
  organizationId: string;
  rateLimitPerMinute: number;
}

export interface IssuedSecret {
  name: string;
  keyPrefix: string;
  secret: string;
}

export const rateLimitRange = { min: 1, max: 6000, default: 60 } as const;

/** 签发密钥: who holds it, the union responsible for it, and its per-minute limit. */
export function IssueApiKeyModal({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  onIssued: (issued: IssuedSecret) => void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [form] = Form.useForm<IssueValues>();
  const [state, execute] = useMutation(IssueApiKeyMutation);
  const answers = useFormAnswer(form, ['name', 'organizationId', 'rateLimitPerMinute']);

  const close = () => {
    answers.clear();
    onClose();
  };

  const submit = async (values: IssueValues) => {
    answers.clear();
    const result = await execute(
      {
        name: values.name.trim(),
        organizationId: values.organizationId,
        rateLimitPerMinute: values.rateLimitPerMinute,
      },
      { additionalTypenames: ['ApiKey'] },
    );
    const answer = result.data?.issueApiKey;
    if (!answers.succeeded(result.error, answer, 'IssuedApiKey')) return;
    close();
    onIssued({
      name: answer.apiKey.name,
      keyPrefix: answer.apiKey.keyPrefix,
      secret: answer.secret,
    });
  };

  return (
    <Modal
      open={open}
      title={t('apiKey.issueTitle')}
      okText={t('apiKey.issue')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<IssueValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        preserve={false}
        initialValues={{
          organizationId: viewer.homeOrganization.id,
          rateLimitPerMinute: rateLimitRange.default,
        }}
        style={{ marginTop: 16 }}
      >
        <FormProblem message={answers.general} />
        <Form.Item
          name="name"
          label={t('apiKey.field.name')}
          rules={[{ required: true, whitespace: true, message: t('apiKey.field.nameRequired') }]}
        >
          <Input
            placeholder={t('apiKey.field.namePlaceholder')}
            maxLength={100}
            autoComplete="off"
          />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('apiKey.field.organization')}
          extra={t('apiKey.field.organizationHint')}
          rules={[{ required: true, message: t('apiKey.field.organizationRequired') }]}
        >
          <OrganizationPicker />
        </Form.Item>
        <Form.Item
          name="rateLimitPerMinute"
          label={t('apiKey.field.rate')}
          extra={t('apiKey.field.rateHint')}
          rules={[
            { required: true, message: t('apiKey.field.rateRequired') },
            {
              type: 'integer',
              min: rateLimitRange.min,
              max: rateLimitRange.max,
              message: t('apiKey.field.rateRange'),
            },
          ]}
        >
          <InputNumber
            min={rateLimitRange.min}
            max={rateLimitRange.max}
            precision={0}
            step={10}
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
