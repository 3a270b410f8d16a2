import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Steps,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { formErrorsOf } from '../../shared/form-errors';
import { OrganizationPicker } from '../organization/organization-picker';
import { competitionLabelKey } from './competition-labels';
import {
  COMPETITION_CLASSES,
  COMPETITION_KINDS,
  competitionInputOf,
  defaultWizardValues,
  SKILL_STAGE_KINDS,
  stepOfField,
  VOCATIONAL_LEVELS,
  WIZARD_FIELD_PATTERNS,
  WIZARD_STEP_FIELDS,
  type WizardValues,
  wizardFieldOf,
} from './setup-form';

export const CreateCompetitionMutation = graphql(`
  mutation AdminCreateCompetition($input: CreateCompetitionInput!) {
    createCompetition(input: $input) {
      __typename
      ... on Competition { id name }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { code message }
    }
  }
`);

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 新建竞赛向导: basics → stages and marking schemes → eligibility → awards → review. Every step
 * stays mounted (only the current one shows), so the gateway's findings are put under their
 * fields on whichever step, and the wizard goes to the first step with one.
 */
export function CreateCompetitionWizard({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [general, setGeneral] = useState<string[]>([]);
  const [state, create] = useMutation(CreateCompetitionMutation);
  const kind = Form.useWatch('kind', form);
  const medals = Form.useWatch(['awardScheme', 'medals'], form);
  const labour = kind === 'LABOUR_PROJECT';
  const last = WIZARD_STEP_FIELDS.length;

  // Checks the current step's own rules (required fields, formats) before moving on.
  const next = async () => {
    const names = form
      .getFieldsError()
      .map((f) => f.name)
      .filter((name) => stepOfField(name) === step);
    try {
      await form.validateFields(names);
      setStep((s) => Math.min(s + 1, last));
    } catch {
      // antd shows each field's message under it.
    }
  };

  const submit = async () => {
    try {
      await form.validateFields({ recursive: true });
    } catch (error) {
      const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) setStep(stepOfField(first.name));
      return;
    }
    setGeneral([]);
    const result = await create({ input: competitionInputOf(form.getFieldsValue(true)) });
    const answer = result.data?.createCompetition;
    if (answer?.__typename === 'Competition') {
      onCreated(answer.id);
      return;
    }
    if (answer?.__typename === 'ValidationError') {
      const found = formErrorsOf(answer, WIZARD_FIELD_PATTERNS);
      const fields = found.fields.map((f) => ({ ...f, name: wizardFieldOf(f.name) }));
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      setGeneral(found.general);
      const steps = fields.map((f) => stepOfField(f.name));
      setStep(steps.length > 0 ? Math.min(...steps) : last);
    } else if (answer) setGeneral([answer.message]);
    else if (result.error) setGeneral([result.error.message]);
  };

  const stepTitles: MessageKey[] = [
    'competition.wizard.basics',
    'competition.wizard.stages',
    'competition.wizard.eligibility',
    'competition.wizard.awards',
    'competition.wizard.review',
  ];
  const show = (index: number) => ({ display: step === index ? undefined : 'none' });
  const percent = { min: 0, max: 100, step: 5, style: { width: 120 } };

  return (
    <Modal
      open
      title={t('competition.list.create')}
      onCancel={onClose}
      width={900}
      destroyOnHidden
      footer={
        <Flex justify="space-between">
          <Button onClick={onClose}>{t('competition.wizard.cancel')}</Button>
          <Flex gap={8}>
            {step > 0 && (
              <Button onClick={() => setStep((s) => s - 1)}>{t('competition.wizard.back')}</Button>
            )}
            {step < last ? (
              <Button type="primary" onClick={() => void next()}>
                {t('competition.wizard.next')}
              </Button>
            ) : (
              <Button type="primary" loading={state.fetching} onClick={() => void submit()}>
                {t('competition.wizard.create')}
              </Button>
            )}
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Steps
          size="small"
          current={step}
          onChange={setStep}
          items={stepTitles.map((key) => ({ title: t(key) }))}
        />
        {general.length > 0 && <Alert type="error" showIcon message={general.join('；')} />}
        <Form<WizardValues>
          form={form}
          layout="vertical"
          name="createCompetition"
          initialValues={defaultWizardValues(viewer.homeOrganization.id)}
          data-testid="competition-wizard"
        >
          <div style={show(0)}>
            <Form.Item
              name="organizationId"
              label={t('competition.field.organizer')}
              rules={[{ required: true, message: t('competition.wizard.required') }]}
            >
              <OrganizationPicker
                knownNames={{ [viewer.homeOrganization.id]: viewer.homeOrganization.name }}
              />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('competition.field.name')}
              rules={[
                { required: true, whitespace: true, message: t('competition.wizard.required') },
              ]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item name="kind" label={t('competition.field.kind')}>
                <Select
                  style={{ width: 220 }}
                  options={COMPETITION_KINDS.map((k) => ({
                    value: k,
                    label: t(competitionLabelKey('kind', k)),
                  }))}
                />
              </Form.Item>
              <Form.Item name="competitionClass" label={t('competition.field.class')}>
                <Select
                  style={{ width: 160 }}
                  options={COMPETITION_CLASSES.map((c) => ({
                    value: c,
                    label: t(competitionLabelKey('class', c)),
                  }))}
                />
              </Form.Item>
              <Form.Item name="trade" label={t('competition.field.trade')}>
                <Input maxLength={60} style={{ width: 200 }} />
              </Form.Item>
            </Flex>
            <Form.Item
              name="coOrganizers"
              label={t('competition.field.coOrganizers')}
              extra={t('competition.wizard.coOrganizersHint')}
            >
              <Select mode="tags" open={false} tokenSeparators={['，', ',']} />
            </Form.Item>
            {!labour && (
              <Form.Item name="entryMode" label={t('competition.field.entryMode')}>
                <Radio.Group
                  options={[
                    { value: 'INDIVIDUAL', label: t('competition.entryMode.INDIVIDUAL') },
                    { value: 'TEAM', label: t('competition.entryMode.TEAM') },
                  ]}
                />
              </Form.Item>
            )}
            <Flex gap={16} wrap>
              {(['startsOn', 'endsOn'] as const).map((name) => (
                <Form.Item
                  key={name}
                  name={name}
                  label={t(`competition.field.${name}`)}
                  rules={[
                    { required: true, message: t('competition.wizard.required') },
                    { pattern: datePattern, message: t('competition.wizard.dateFormat') },
                  ]}
                >
                  <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
                </Form.Item>
              ))}
            </Flex>
            <Form.Item name="description" label={t('competition.field.description')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </div>

          <div style={show(1)}>
            <Form.List name="stages">
              {(stages, { add, remove }) => (
                <Flex vertical gap={12}>
                  {stages.map((stage, stageIndex) => (
                    <Card
                      key={stage.key}
                      size="small"
                      data-testid={`wizard-stage-${stageIndex}`}
                      title={t('competition.wizard.stageTitle', { n: stageIndex + 1 })}
                      extra={
                        stages.length > 1 ? (
                          <Button size="small" danger onClick={() => remove(stage.name)}>
                            {t('competition.wizard.removeStage')}
                          </Button>
                        ) : null
                      }
                    >
                      <Flex gap={16} wrap>
                        {!labour && (
                          <Form.Item
                            name={[stage.name, 'kind']}
                            label={t('competition.wizard.stageKind')}
                          >
                            <Select
                              style={{ width: 120 }}
                              options={SKILL_STAGE_KINDS.map((k) => ({
                                value: k,
                                label: t(`competition.stageKind.${k}` as MessageKey),
                              }))}
                            />
                          </Form.Item>
                        )}
                        <Form.Item
                          name={[stage.name, 'name']}
                          label={t('competition.wizard.stageName')}
                          rules={[
                            {
                              required: true,
                              whitespace: true,
                              message: t('competition.wizard.required'),
                            },
                          ]}
                        >
                          <Input maxLength={40} style={{ width: 180 }} />
                        </Form.Item>
                        {!labour && (
                          <>
                            <Form.Item
                              name={[stage.name, 'theoryWeightPercent']}
                              label={t('competition.wizard.theoryWeight')}
                            >
                              <InputNumber {...percent} />
                            </Form.Item>
                            <Form.Item
                              name={[stage.name, 'practicalWeightPercent']}
                              label={t('competition.wizard.practicalWeight')}
                            >
                              <InputNumber {...percent} />
                            </Form.Item>
                          </>
                        )}
                      </Flex>
                      {!labour && (
                        <Form.List name={[stage.name, 'aspects']}>
                          {(aspects, aspectOps) => (
                            <Flex vertical gap={4}>
                              <Typography.Text strong>
                                {t('competition.wizard.aspects')}
                              </Typography.Text>
                              {aspects.map((aspect, aspectIndex) => (
                                <Flex key={aspect.key} gap={8} align="start" wrap>
                                  <Form.Item
                                    name={[aspect.name, 'name']}
                                    rules={[
                                      {
                                        required: true,
                                        whitespace: true,
                                        message: t('competition.wizard.required'),
                                      },
                                    ]}
                                  >
                                    <Input
                                      maxLength={40}
                                      style={{ width: 220 }}
                                      aria-label={t('competition.wizard.aspectName', {
                                        stage: stageIndex + 1,
                                        n: aspectIndex + 1,
                                      })}
                                    />
                                  </Form.Item>
                                  <Form.Item name={[aspect.name, 'part']}>
                                    <Select
                                      style={{ width: 100 }}
                                      options={[
                                        { value: 'THEORY', label: t('competition.ranking.theory') },
                                        {
                                          value: 'PRACTICAL',
                                          label: t('competition.ranking.practical'),
                                        },
                                      ]}
                                    />
                                  </Form.Item>
                                  <Form.Item
                                    name={[aspect.name, 'maxMarks']}
                                    rules={[
                                      { required: true, message: t('competition.wizard.required') },
                                    ]}
                                  >
                                    <InputNumber
                                      min={0}
                                      step={1}
                                      addonBefore={t('competition.wizard.maxMarks')}
                                      aria-label={t('competition.wizard.aspectMax', {
                                        stage: stageIndex + 1,
                                        n: aspectIndex + 1,
                                      })}
                                    />
                                  </Form.Item>
                                  {aspects.length > 1 && (
                                    <Button onClick={() => aspectOps.remove(aspect.name)}>
                                      {t('competition.wizard.removeAspect')}
                                    </Button>
                                  )}
                                </Flex>
                              ))}
                              <Button
                                type="dashed"
                                onClick={() =>
                                  aspectOps.add({ name: '', part: 'PRACTICAL', maxMarks: 100 })
                                }
                              >
                                {t('competition.wizard.addAspect')}
                              </Button>
                            </Flex>
                          )}
                        </Form.List>
                      )}
                    </Card>
                  ))}
                  <Button
                    type="dashed"
                    data-testid="wizard-add-stage"
                    onClick={() =>
                      add({
                        kind: 'FINAL',
                        name: '',
                        theoryWeightPercent: 30,
                        practicalWeightPercent: 70,
                        aspects: [
                          { name: '理论知识', part: 'THEORY', maxMarks: 100 },
                          { name: '', part: 'PRACTICAL', maxMarks: 100 },
                        ],
                      })
                    }
                  >
                    {t(labour ? 'competition.wizard.addPeriod' : 'competition.wizard.addStage')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </div>

          <div style={show(2)}>
            {labour ? (
              <Alert type="info" showIcon message={t('competition.wizard.labourNoEligibility')} />
            ) : (
              <>
                <Flex gap={16} wrap>
                  <Form.Item
                    name={['eligibility', 'minAge']}
                    label={t('competition.wizard.minAge')}
                  >
                    <InputNumber min={16} max={70} precision={0} />
                  </Form.Item>
                  <Form.Item
                    name={['eligibility', 'maxAge']}
                    label={t('competition.wizard.maxAge')}
                  >
                    <InputNumber min={16} max={70} precision={0} />
                  </Form.Item>
                </Flex>
                <Flex gap={16} wrap>
                  {(['minSkillLevel', 'maxSkillLevel'] as const).map((name) => (
                    <Form.Item
                      key={name}
                      name={['eligibility', name]}
                      label={t(`competition.wizard.${name}`)}
                    >
                      <Select
                        allowClear
                        style={{ width: 200 }}
                        placeholder={t('competition.wizard.anyLevel')}
                        options={VOCATIONAL_LEVELS.map((level) => ({
                          value: level,
                          label: t(competitionLabelKey('level', level)),
                        }))}
                      />
                    </Form.Item>
                  ))}
                </Flex>
                <Form.Item name={['eligibility', 'regionRestricted']} valuePropName="checked">
                  <Checkbox>{t('competition.wizard.regionRestricted')}</Checkbox>
                </Form.Item>
                <Form.Item
                  name="trimFromJudges"
                  label={t('competition.wizard.trimFromJudges')}
                  extra={t('competition.wizard.trimHint')}
                >
                  <InputNumber min={0} max={20} precision={0} />
                </Form.Item>
              </>
            )}
          </div>

          <div style={show(3)}>
            <Form.Item name={['awardScheme', 'medals']} label={t('competition.wizard.awardKind')}>
              <Radio.Group
                options={[
                  { value: false, label: t('competition.wizard.awardShares') },
                  { value: true, label: t('competition.wizard.awardMedals') },
                ]}
              />
            </Form.Item>
            {medals ? (
              <Form.Item
                name={['awardScheme', 'excellenceToPercent']}
                label={t('competition.wizard.excellenceTo')}
                extra={t('competition.wizard.medalsHint')}
              >
                <InputNumber {...percent} />
              </Form.Item>
            ) : (
              <Flex gap={16} wrap>
                {(['firstPercent', 'secondPercent', 'thirdPercent'] as const).map((name) => (
                  <Form.Item
                    key={name}
                    name={['awardScheme', name]}
                    label={t(`competition.wizard.${name}`)}
                  >
                    <InputNumber {...percent} />
                  </Form.Item>
                ))}
              </Flex>
            )}
          </div>

          <div style={show(4)}>
            <Form.Item noStyle shouldUpdate>
              {() => <Review values={form.getFieldsValue(true) as WizardValues} />}
            </Form.Item>
          </div>
        </Form>
      </Flex>
    </Modal>
  );
}

function Review({ values }: { values: WizardValues }) {
  const { t } = useI18n();
  if (!values.stages) return null;
  const labour = values.kind === 'LABOUR_PROJECT';
  const e = values.eligibility ?? {};
  const level = (value?: string | null) =>
    value ? t(competitionLabelKey('level', value)) : t('competition.wizard.anyLevel');
  const award = values.awardScheme;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="wizard-review"
      items={[
        { key: 'name', label: t('competition.field.name'), children: values.name },
        {
          key: 'kind',
          label: t('competition.field.kind'),
          children: `${t(competitionLabelKey('kind', values.kind))} · ${t(
            competitionLabelKey('class', values.competitionClass),
          )}${values.trade ? ` · ${values.trade}` : ''}`,
        },
        {
          key: 'co',
          label: t('competition.field.coOrganizers'),
          children: (values.coOrganizers ?? []).join('、') || '—',
        },
        {
          key: 'dates',
          label: t('competition.field.dates'),
          children: `${values.startsOn} – ${values.endsOn}`,
        },
        {
          key: 'stages',
          label: t('competition.wizard.stages'),
          children: (
            <Flex vertical>
              {values.stages.map((stage, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only summary, rebuilt whole on every render
                <span key={index}>
                  {stage.name}
                  {labour
                    ? ''
                    : `：${t('competition.ranking.theory')} ${stage.theoryWeightPercent}% / ${t(
                        'competition.ranking.practical',
                      )} ${stage.practicalWeightPercent}%；${stage.aspects
                        .map((a) => `${a.name}（${a.maxMarks}）`)
                        .join('、')}`}
                </span>
              ))}
            </Flex>
          ),
        },
        ...(labour
          ? []
          : [
              {
                key: 'eligibility',
                label: t('competition.wizard.eligibility'),
                children: t('competition.wizard.eligibilitySummary', {
                  minAge: e.minAge ?? '—',
                  maxAge: e.maxAge ?? '—',
                  minLevel: level(e.minSkillLevel),
                  maxLevel: level(e.maxSkillLevel),
                  region: t(
                    e.regionRestricted
                      ? 'competition.wizard.regionYes'
                      : 'competition.wizard.regionNo',
                  ),
                }),
              },
            ]),
        {
          key: 'awards',
          label: t('competition.wizard.awards'),
          children: award.medals
            ? t('competition.wizard.medalsSummary', { to: award.excellenceToPercent ?? 50 })
            : t('competition.wizard.sharesSummary', {
                first: award.firstPercent ?? 0,
                second: award.secondPercent ?? 0,
                third: award.thirdPercent ?? 0,
              }),
        },
      ]}
    />
  );
}
