import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  EXPENDITURE_KINDS,
  HARDSHIP_CAUSES,
  HEALTH_STATUSES,
  HOUSEHOLD_RELATIONS,
  INCOME_KINDS,
  SCHOOL_LEVELS,
} from '@gonghui/domain';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
} from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n-context';
import { exclusionFacts } from './hardship-form';
import { hardshipLabels } from './hardship-labels';

/** Field name patterns of the household, for the gateway's ValidationError paths. */
export const householdFieldPatterns = [
  'members',
  'members.*.name',
  'members.*.idNumber',
  'members.*.occupation',
  'members.*.modelWorkerTitle',
  'causes',
  'situation',
];

const options = <Code extends string>(codes: readonly Code[], names: Record<Code, string>) =>
  codes.map((code) => ({ value: code, label: names[code] }));

/**
 * The household part of the hardship form: people, incomes and rigid expenditures (in yuan over
 * the last 12 months), assets and exclusions, an accident, a migrant worker's labour relation,
 * causes, documents and the situation. Used by registration, yearly review and re-entry.
 */
export function HouseholdFields({ migrant }: { migrant: boolean }) {
  const { t, locale } = useI18n();
  const labels = hardshipLabels(locale);
  const hasAccident = Form.useWatch('hasAccident');
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('aid.hardship.form.members')}>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, message: t('aid.hardship.form.nameRequired') }]}
                    style={{ width: 120, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('aid.hardship.form.name')}
                      aria-label={t('aid.hardship.form.name')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'relation']}
                    style={{ width: 110, marginBottom: 0 }}
                  >
                    <Select
                      options={options(HOUSEHOLD_RELATIONS, labels.relation)}
                      aria-label={t('aid.hardship.form.relation')}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'health']} style={{ width: 110, marginBottom: 0 }}>
                    <Select
                      options={options(HEALTH_STATUSES, labels.health)}
                      aria-label={t('aid.hardship.form.health')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'idNumber']}
                    style={{ width: 190, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('aid.hardship.form.idNumber')}
                      aria-label={t('aid.hardship.form.idNumber')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'occupation']}
                    style={{ width: 120, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('aid.hardship.form.occupation')}
                      aria-label={t('aid.hardship.form.occupation')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'schoolLevel']}
                    style={{ width: 140, marginBottom: 0 }}
                  >
                    <Select
                      allowClear
                      placeholder={t('aid.hardship.form.schoolLevel')}
                      options={options(SCHOOL_LEVELS, labels.schoolLevel)}
                      aria-label={t('aid.hardship.form.schoolLevel')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'modelWorkerTitle']}
                    style={{ width: 150, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('aid.hardship.form.modelWorkerTitle')}
                      aria-label={t('aid.hardship.form.modelWorkerTitle')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('aid.hardship.form.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ relation: 'CHILD', health: 'HEALTHY' })}
                data-testid="add-household-member"
              >
                {t('aid.hardship.form.addMember')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>

      <Card size="small" title={t('aid.hardship.form.incomes')}>
        <AmountList
          name="incomes"
          kinds={options(INCOME_KINDS, labels.incomeKind)}
          defaultKind="WAGE"
        />
      </Card>
      <Card size="small" title={t('aid.hardship.form.expenditures')}>
        <AmountList
          name="expenditures"
          kinds={options(EXPENDITURE_KINDS, labels.expenditureKind)}
          defaultKind="MEDICAL"
        />
      </Card>

      <Card size="small" title={t('aid.hardship.form.assets')}>
        <Form.Item name="homesOwned" label={t('aid.hardship.form.homesOwned')}>
          <InputNumber min={0} max={99} precision={0} />
        </Form.Item>
        <Form.Item name="exclusions" label={t('aid.hardship.form.exclusions')}>
          <Checkbox.Group
            options={exclusionFacts.map((fact) => ({
              value: fact,
              label: labels.exclusionFact[fact],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="hasAccident"
          label={t('aid.hardship.form.accident')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {hasAccident ? (
          <Flex gap={8} wrap>
            <Form.Item
              name={['accident', 'date']}
              label={t('aid.hardship.form.accidentDate')}
              getValueProps={(value: string | null | undefined) => ({
                value: value ? dayjs(value) : null,
              })}
              normalize={(value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
            >
              <DatePicker />
            </Form.Item>
            <Form.Item
              name={['accident', 'description']}
              label={t('aid.hardship.form.accidentDescription')}
            >
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item
              name={['accident', 'costsYuan']}
              label={t('aid.hardship.form.accidentCosts')}
            >
              <InputNumber min={0} precision={2} addonAfter="元" />
            </Form.Item>
            <Form.Item
              name={['accident', 'compensationYuan']}
              label={t('aid.hardship.form.accidentCompensation')}
            >
              <InputNumber min={0} precision={2} addonAfter="元" />
            </Form.Item>
          </Flex>
        ) : null}
        {migrant ? (
          <Form.Item
            name="labourRelationMonths"
            label={t('aid.hardship.form.labourRelationMonths')}
            rules={[{ required: true, message: t('aid.hardship.form.labourRelationRequired') }]}
          >
            <InputNumber min={0} max={1200} precision={0} />
          </Form.Item>
        ) : null}
      </Card>

      <Card size="small" title={t('aid.hardship.form.situationTitle')}>
        <Form.Item
          name="causes"
          label={t('aid.hardship.form.causes')}
          rules={[{ required: true, message: t('aid.hardship.form.causesRequired') }]}
        >
          <Select mode="multiple" options={options(HARDSHIP_CAUSES, labels.cause)} />
        </Form.Item>
        <Form.Item name="documents" label={t('aid.hardship.form.documents')}>
          <Select mode="tags" open={false} placeholder={t('aid.hardship.form.documentsHint')} />
        </Form.Item>
        <Form.Item name="situation" label={t('aid.hardship.form.situation')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Card>
    </Flex>
  );
}

function AmountList({
  name,
  kinds,
  defaultKind,
}: {
  name: string;
  kinds: { value: string; label: string }[];
  defaultKind: string;
}) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item name={[field.name, 'kind']} style={{ width: 280, marginBottom: 0 }}>
                <Select options={kinds} aria-label={t('aid.hardship.form.kind')} />
              </Form.Item>
              <Form.Item name={[field.name, 'annualYuan']} style={{ marginBottom: 0 }}>
                <InputNumber
                  min={0}
                  precision={2}
                  addonAfter={t('aid.hardship.form.yuanPerYear')}
                  aria-label={t('aid.hardship.form.annualAmount')}
                  style={{ width: 220 }}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('aid.hardship.form.remove')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ kind: defaultKind, annualYuan: null })}
          >
            {t('aid.hardship.form.addLine')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
