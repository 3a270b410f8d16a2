import { yuanToFen } from '@gonghui/domain';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { applyValidationError } from '../../shared/apply-form-errors';
import { OrganizationPicker } from '../organization/organization-picker';
import { SubmitAidApplicationMutation } from './applications-queries';

interface Values {
  programId: string;
  organizationId: string;
  applicantName: string;
  idNumber: string;
  phone?: string;
  householdIdNumbers?: string;
  householdSize: number;
  requestedYuan: string;
  situation: string;
  consent: { givenBy: string; givenOn: Dayjs };
}

const submitFields = [
  'programId',
  'organizationId',
  'applicantName',
  'idNumber',
  'phone',
  'householdSize',
  'requestedAmountFen',
  'situation',
  'consent.givenBy',
  'consent.givenOn',
];

/**
 * 新建救助申请: the applicant, the household (other members' ID numbers, one a line — the gateway
 * keeps only blind indexes of them), the amount and the situation, and the applicant's consent
 * (PIPL), without which the gateway stores nothing. The gateway's refusals show under the fields.
 */
export function SubmitAidApplicationModal({
  programs,
  onClose,
  onSubmitted,
}: {
  programs: readonly { id: string; name: string }[];
  onClose: () => void;
  onSubmitted: (id: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [state, submit] = useMutation(SubmitAidApplicationMutation);
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <Modal
      open
      width={720}
      title={t('aid.money.submit.title')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={state.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ householdSize: 1, consent: { givenOn: dayjs() } }}
        onFinish={async (values) => {
          setProblems([]);
          const amount = yuanToFen(values.requestedYuan, 'requestedYuan');
          if (!amount.ok) {
            form.setFields([{ name: 'requestedYuan', errors: [amount.error.message] }]);
            return;
          }
          const answer = (
            await submit({
              input: {
                programId: values.programId,
                organizationId: values.organizationId,
                applicantName: values.applicantName,
                idNumber: values.idNumber,
                phone: values.phone?.trim() || null,
                householdIdNumbers: (values.householdIdNumbers ?? '')
                  .split(/\s+/)
                  .map((line) => line.trim())
                  .filter(Boolean),
                householdSize: values.householdSize,
                requestedAmountFen: amount.value,
                situation: values.situation,
                consent: {
                  givenBy: values.consent.givenBy,
                  givenOn: values.consent.givenOn.format('YYYY-MM-DD'),
                },
              },
            })
          ).data?.submitAidApplication;
          if (!answer) {
            setProblems([t('error.serverBody')]);
            return;
          }
          if (answer.__typename === 'AidApplication') {
            onSubmitted(answer.id);
            return;
          }
          if (answer.__typename === 'ValidationError') {
            const rest = applyValidationError(form, answer, submitFields);
            setProblems(rest);
            return;
          }
          setProblems([
            'reasons' in answer && answer.reasons.length > 0
              ? answer.reasons.map((reason) => reason.message).join('；')
              : answer.message,
          ]);
        }}
      >
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={problems.join('；')}
            style={{ marginBottom: 16 }}
            data-testid="aid-submit-problem"
          />
        ) : null}
        <Form.Item
          name="programId"
          label={t('aid.money.program')}
          rules={[{ required: true, message: t('aid.money.submit.required') }]}
        >
          <Select
            options={programs.map((program) => ({ value: program.id, label: program.name }))}
          />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('aid.money.union')}
          rules={[{ required: true, message: t('aid.money.submit.required') }]}
        >
          <OrganizationPicker />
        </Form.Item>
        <Form.Item
          name="applicantName"
          label={t('aid.money.applicant')}
          rules={[{ required: true, whitespace: true, message: t('aid.money.submit.required') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('aid.money.idNumber')}
          rules={[{ required: true, whitespace: true, message: t('aid.money.submit.required') }]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('aid.money.phone')}>
          <Input maxLength={11} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="householdIdNumbers"
          label={t('aid.money.submit.household')}
          extra={t('aid.money.submit.householdHint')}
        >
          <Input.TextArea rows={2} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="householdSize"
          label={t('aid.money.householdSize')}
          rules={[{ required: true, message: t('aid.money.submit.required') }]}
        >
          <InputNumber min={1} max={30} precision={0} />
        </Form.Item>
        <Form.Item
          name="requestedYuan"
          label={t('aid.money.requested')}
          rules={[{ required: true, whitespace: true, message: t('aid.money.submit.required') }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item
          name="situation"
          label={t('aid.money.situation')}
          rules={[{ required: true, whitespace: true, message: t('aid.money.submit.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name={['consent', 'givenBy']}
          label={t('aid.money.submit.consentBy')}
          extra={t('aid.money.submit.consentHint')}
          rules={[
            { required: true, whitespace: true, message: t('aid.money.submit.consentRequired') },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name={['consent', 'givenOn']}
          label={t('aid.money.submit.consentOn')}
          rules={[{ required: true, message: t('aid.money.submit.required') }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
