import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
import { OrganizationPicker } from '../organization/organization-picker';
import {
  basisPointsOfPercent,
  categoryLabel,
  formValueOfRule,
  inputOfFormValues,
  knownCategories,
  type QuotaRuleFormValue,
  type QuotaRuleShape,
  quotaIssueField,
} from './honor-display';
import { CreateCampaignMutation } from './honor-queries';

interface CampaignValues {
  name: string;
  titleCode: string;
  year: number;
  organizationId: string;
  nominationDeadline: Dayjs;
  noticeWorkingDays: number;
  quotaRules: QuotaRuleFormValue[];
}

const campaignFields = [
  'name',
  'titleCode',
  'year',
  'organizationId',
  'nominationDeadline',
  'noticeWorkingDays',
  'quotaRules',
  'quotaRules.*.category',
  'quotaRules.*.comparator',
  'quotaRules.*.percent',
  'quotaRules.*.base',
];

export interface TitleOption {
  code: string;
  name: string;
}

export interface QuotaPresetOption {
  code: string;
  name: string;
  rules: readonly QuotaRuleShape[];
}

/**
 * 新建评选活动: the title from the catalogue, the year, the organising union, the deadline and
 * notice length, and the quota rules — started from one of the domain's real quota sets and
 * edited row by row. The gateway checks the rules with the domain (shares, contradictions) and
 * its messages land under the rows they are about.
 */
export function CreateCampaignModal({
  titles,
  presets,
  onClose,
  onCreated,
}: {
  titles: readonly TitleOption[];
  presets: readonly QuotaPresetOption[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [form] = Form.useForm<CampaignValues>();
  const [state, execute] = useMutation(CreateCampaignMutation);
  const [general, setGeneral] = useState<string | null>(null);
  const year = dayjs().year();

  const applyPreset = (code: string) => {
    const preset = presets.find((candidate) => candidate.code === code);
    if (preset) form.setFieldValue('quotaRules', preset.rules.map(formValueOfRule));
  };

  const submit = async (values: CampaignValues) => {
    setGeneral(null);
    const result = await execute(
      {
        input: {
          name: values.name.trim(),
          titleCode: values.titleCode,
          year: values.year,
          organizationId: values.organizationId,
          nominationDeadline: values.nominationDeadline.format('YYYY-MM-DD'),
          noticeWorkingDays: values.noticeWorkingDays,
          quotaRules: inputOfFormValues(values.quotaRules ?? []),
        },
      },
      { additionalTypenames: ['HonorCampaign'] },
    );
    const answer = result.data?.createCampaign;
    if (!answer) {
      setGeneral(t(noAnswerMessageKey(result.error)));
      return;
    }
    switch (answer.__typename) {
      case 'HonorCampaign':
        onCreated(answer.id);
        onClose();
        return;
      case 'ValidationError': {
        const rest = applyValidationError(
          form,
          {
            field: quotaIssueField(answer.field),
            message: answer.message,
            issues: answer.issues.map((issue) => ({
              ...issue,
              field: quotaIssueField(issue.field),
            })),
          },
          campaignFields,
        );
        if (rest.length > 0) setGeneral(rest.join('；'));
        return;
      }
      default:
        setGeneral(answer.message);
    }
  };

  return (
    <Modal
      open
      title={t('honor.campaign.create')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
      width={760}
    >
      <Form<CampaignValues>
        name="createCampaign"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          year,
          organizationId: viewer.homeOrganization.id,
          noticeWorkingDays: 5,
          nominationDeadline: dayjs().add(1, 'month'),
          quotaRules: [],
        }}
        style={{ marginTop: 16 }}
        data-testid="create-campaign-form"
      >
        {general ? (
          <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="name"
          label={t('honor.campaign.name')}
          rules={[{ required: true, whitespace: true, message: t('honor.campaign.nameRequired') }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="titleCode"
            label={t('honor.campaign.title')}
            rules={[{ required: true, message: t('honor.campaign.titleRequired') }]}
            style={{ flex: 1 }}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={titles.map((title) => ({ value: title.code, label: title.name }))}
            />
          </Form.Item>
          <Form.Item
            name="year"
            label={t('honor.campaign.year')}
            rules={[{ required: true }]}
            style={{ width: 120 }}
          >
            <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="organizationId"
          label={t('honor.campaign.organizer')}
          rules={[{ required: true, message: t('honor.campaign.organizerRequired') }]}
        >
          <OrganizationPicker />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="nominationDeadline"
            label={t('honor.campaign.deadline')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="noticeWorkingDays"
            label={t('honor.campaign.noticeWorkingDays')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <InputNumber min={1} max={60} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t('honor.quota.rules')}</Typography.Text>
          <Select
            placeholder={t('honor.quota.preset')}
            aria-label={t('honor.quota.preset')}
            style={{ width: 320 }}
            value={null}
            onChange={(code: string) => applyPreset(code)}
            options={presets.map((preset) => ({ value: preset.code, label: preset.name }))}
          />
        </Flex>
        <Form.List name="quotaRules">
          {(rows, { add, remove }) => (
            <Flex vertical gap={0} data-testid="quota-rules">
              {rows.map((row, index) => (
                <Flex key={row.key} gap={8} align="start">
                  <Form.Item
                    name={[row.name, 'category']}
                    rules={[{ required: true, message: t('honor.quota.categoryRequired') }]}
                    style={{ flex: 1 }}
                  >
                    <Select
                      aria-label={t('honor.quota.categoryOf', { n: index + 1 })}
                      options={knownCategories.map((category) => ({
                        value: category,
                        label: categoryLabel(category, t),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'comparator']} style={{ width: 90 }}>
                    <Select
                      aria-label={t('honor.quota.comparatorOf', { n: index + 1 })}
                      options={[
                        { value: 'AT_LEAST', label: '≥' },
                        { value: 'AT_MOST', label: '≤' },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'percent']}
                    style={{ width: 130 }}
                    rules={[
                      {
                        validator: (_rule, value) =>
                          basisPointsOfPercent(value) === null
                            ? Promise.reject(new Error(t('honor.quota.percentInvalid')))
                            : Promise.resolve(),
                      },
                    ]}
                  >
                    <Input
                      aria-label={t('honor.quota.percentOf', { n: index + 1 })}
                      suffix="%"
                      inputMode="decimal"
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'base']} style={{ width: 130 }}>
                    <Select
                      aria-label={t('honor.quota.baseOf', { n: index + 1 })}
                      options={(
                        ['PERSONS', 'COLLECTIVES', 'ORGANIZATIONS', 'NOMINEES'] as const
                      ).map((base) => ({ value: base, label: t(`honor.quotaBase.${base}`) }))}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('honor.quota.remove', { n: index + 1 })}
                    onClick={() => remove(row.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ category: 'WOMAN', comparator: 'AT_LEAST', percent: '', base: 'PERSONS' })
                }
              >
                {t('honor.quota.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
