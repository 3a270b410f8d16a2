import {
  EXPENDITURE_KINDS,
  HARDSHIP_EXCLUSIONS,
  type PartialHardshipParameters,
} from '@gonghui/domain';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TransportErrorAlert } from '../../shared/error-views';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { yuanText } from './hardship-form';
import { hardshipLabels } from './hardship-labels';
import { hardshipFilesPath } from './hardship-paths';
import {
  AidRuleSetsQuery,
  AidRulesInForceQuery,
  CreateAidRuleSetVersionMutation,
} from './hardship-queries';
import { type RuleSetFormValues, ruleSetFormValuesOf, ruleSetParametersOf } from './rule-set-form';

type RuleSetRow = Extract<
  ResultOf<typeof AidRuleSetsQuery>['aidRuleSets'],
  { __typename: 'QueryAidRuleSetsSuccess' }
>['data'][number];

/**
 * 帮扶规则 (/admin/aid/rules): every version of every region's hardship rules (an edit is a new
 * version; old ones stay for the decisions that used them), the rules in force for a region on a
 * date, and — for config.manage — 新增版本 starting from a stored version.
 */
export function RuleSetsPage() {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const canEdit = hasPermission(viewer.permissions, 'CONFIG_MANAGE');
  const [regionCode, setRegionCode] = useState('');
  const [date, setDate] = useState<string>(dayjs().format('YYYY-MM-DD'));
  const region = /^\d{6}$/.test(regionCode.trim()) ? regionCode.trim() : null;
  const [list, reexecute] = useQuery({
    query: AidRuleSetsQuery,
    variables: { regionCode: region },
  });
  const [inForce] = useQuery({
    query: AidRulesInForceQuery,
    variables: { regionCode: region ?? '000000', date },
  });
  const [editing, setEditing] = useState<RuleSetRow | null>(null);

  useEffect(() => {
    document.title = `${t('aid.rules.title')} · ${t('app.title')}`;
  }, [t]);

  const rows =
    list.data?.aidRuleSets.__typename === 'QueryAidRuleSetsSuccess'
      ? list.data.aidRuleSets.data
      : [];
  const resolved =
    inForce.data?.aidRulesInForce.__typename === 'AidRulesInForce'
      ? inForce.data.aidRulesInForce
      : null;
  const problem =
    inForce.data && inForce.data.aidRulesInForce.__typename !== 'AidRulesInForce'
      ? inForce.data.aidRulesInForce.message
      : null;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('aid.rules.title')}
        </Typography.Title>
        <Link to={hardshipFilesPath}>{t('aid.hardship.back')}</Link>
      </Flex>
      <Flex gap={12} wrap>
        <Input
          style={{ width: 220 }}
          placeholder={t('aid.rules.regionPlaceholder')}
          value={regionCode}
          onChange={(event) => setRegionCode(event.target.value)}
          aria-label={t('aid.rules.region')}
        />
        <DatePicker
          value={dayjs(date)}
          onChange={(value) => setDate((value ?? dayjs()).format('YYYY-MM-DD'))}
          aria-label={t('aid.rules.date')}
        />
      </Flex>
      <Card size="small" title={t('aid.rules.inForce')} data-testid="rules-in-force">
        {problem ? <Alert type="warning" showIcon title={problem} /> : null}
        {resolved ? (
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('aid.rules.version')}>{resolved.version}</Descriptions.Item>
            <Descriptions.Item label={t('aid.rules.line')}>
              {yuanText(resolved.minimumLivingStandardFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('aid.rules.relativePercent')}>
              {resolved.relativeLinePercent / 100} ×
            </Descriptions.Item>
            <Descriptions.Item label={t('aid.rules.accidentPercent')}>
              {resolved.accidentIncomeLinePercent / 100} ×
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
      {list.error ? <TransportErrorAlert error={list.error} onRetry={reexecute} /> : null}
      <Table<RuleSetRow>
        rowKey="id"
        size="middle"
        dataSource={rows}
        loading={list.fetching}
        pagination={false}
        columns={[
          {
            key: 'region',
            title: t('aid.rules.region'),
            render: (_v, row) => `${row.regionName}（${row.regionCode}）`,
          },
          {
            key: 'version',
            title: t('aid.rules.version'),
            width: 80,
            render: (_v, row) => `v${row.version}`,
          },
          {
            key: 'dates',
            title: t('aid.rules.effective'),
            render: (_v, row) =>
              `${formatDate(row.effectiveFrom)} – ${row.effectiveTo ? formatDate(row.effectiveTo) : t('aid.rules.open')}`,
          },
          {
            key: 'line',
            title: t('aid.rules.line'),
            render: (_v, row) => {
              const line = (row.parameters as PartialHardshipParameters).minimumLivingStandard;
              return line === undefined ? t('aid.rules.inherited') : yuanText(line);
            },
          },
          {
            key: 'note',
            title: t('aid.rules.changeNote'),
            render: (_v, row) => row.changeNote ?? row.source ?? '',
          },
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  title: '',
                  width: 120,
                  render: (_v: unknown, row: RuleSetRow) => (
                    <Button size="small" onClick={() => setEditing(row)}>
                      {t('aid.rules.newVersion')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <RuleSetEditor
          from={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </Flex>
  );
}

/** 新增版本: the stored version's parameters as the starting point; blank = inherited. */
function RuleSetEditor({
  from,
  onClose,
  onSaved,
}: {
  from: RuleSetRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const labels = hardshipLabels(locale);
  const [form] = Form.useForm<RuleSetFormValues>();
  const [state, create] = useMutation(CreateAidRuleSetVersionMutation);
  const answers = useFormAnswer(form, ['effectiveFrom', 'effectiveTo']);
  const submit = async (values: RuleSetFormValues) => {
    answers.clear();
    let parameters: PartialHardshipParameters;
    try {
      parameters = ruleSetParametersOf(values);
    } catch {
      answers.show(t('aid.rules.programsInvalid'));
      return;
    }
    const result = await create(
      {
        input: {
          regionCode: from.regionCode,
          regionName: from.regionName,
          effectiveFrom: values.effectiveFrom ?? dayjs().format('YYYY-MM-DD'),
          effectiveTo: values.effectiveTo ?? null,
          parameters,
          source: values.source?.trim() || null,
          changeNote: values.changeNote?.trim() || null,
        },
      },
      { additionalTypenames: ['AidRuleSet'] },
    );
    const answer = result.data?.createAidRuleSetVersion;
    if (answers.succeeded(result.error, answer, 'AidRuleSet')) onSaved();
  };
  const dateProps = {
    getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
    normalize: (value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
  };
  return (
    <Modal
      open
      width={720}
      title={`${t('aid.rules.newVersion')}：${from.regionName}（${from.regionCode}，v${from.version} →）`}
      okText={t('aid.rules.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={state.fetching}
    >
      <FormProblem message={answers.general} marginBottom={12} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={ruleSetFormValuesOf(from.parameters as PartialHardshipParameters)}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="effectiveFrom"
            label={t('aid.rules.effectiveFrom')}
            rules={[{ required: true }]}
            {...dateProps}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('aid.rules.effectiveTo')} {...dateProps}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Typography.Paragraph type="secondary">{t('aid.rules.inheritHint')}</Typography.Paragraph>
        <Flex gap={12} wrap>
          <Form.Item name="lineYuan" label={t('aid.rules.line')}>
            <InputNumber min={0} precision={2} addonAfter={t('aid.rules.perMonth')} />
          </Form.Item>
          <Form.Item name="relativeLinePercent" label={t('aid.rules.relativePercent')}>
            <InputNumber min={100} max={1000} precision={0} addonAfter="%" />
          </Form.Item>
          <Form.Item name="accidentIncomeLinePercent" label={t('aid.rules.accidentPercent')}>
            <InputNumber min={100} max={1000} precision={0} addonAfter="%" />
          </Form.Item>
          <Form.Item name="accidentWindowMonths" label={t('aid.rules.accidentWindow')}>
            <InputNumber min={0} max={120} precision={0} />
          </Form.Item>
          <Form.Item name="migrantMonths" label={t('aid.rules.migrantMonths')}>
            <InputNumber min={0} max={120} precision={0} />
          </Form.Item>
        </Flex>
        <Form.Item name="deductibleExpenditureKinds" label={t('aid.rules.deductible')}>
          <Select
            mode="multiple"
            allowClear
            options={EXPENDITURE_KINDS.map((code) => ({
              value: code,
              label: labels.expenditureKind[code],
            }))}
          />
        </Form.Item>
        <Form.Item name="exclusions" label={t('aid.rules.exclusions')}>
          <Select
            mode="multiple"
            allowClear
            options={HARDSHIP_EXCLUSIONS.map((code) => ({
              value: code,
              label: labels.exclusion[code],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="programsJson"
          label={t('aid.rules.programs')}
          extra={t('aid.rules.programsHint')}
        >
          <Input.TextArea rows={6} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="changeNote" label={t('aid.rules.changeNote')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="source" label={t('aid.rules.source')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
