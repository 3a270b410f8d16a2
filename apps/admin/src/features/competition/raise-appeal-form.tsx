import { Alert, Button, Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { formatMarks } from './competition-labels';
import { EntriesQuery, LockedMarksQuery, RaiseAppealMutation } from './competition-queries';

interface Values {
  stageId?: string;
  entryId?: string;
  scoreId?: string;
  toMarks?: number;
  reason?: string;
}

/**
 * 提出申诉: a locked mark of a closed stage (stage → contestant → one judge's mark on one aspect),
 * the corrected marks and the reason. Another staff member decides it in the list below.
 */
export function RaiseAppealForm({
  competitionId,
  stages,
  onRaised,
}: {
  competitionId: string;
  stages: readonly { id: string; name: string; state: string }[];
  onRaised: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const answers = useFormAnswer(form, ['stageId', 'entryId', 'toMarks', 'reason']);
  const [done, setDone] = useState(false);
  const stageId = Form.useWatch('stageId', form);
  const entryId = Form.useWatch('entryId', form);
  const closed = stages.filter((stage) => stage.state === 'CLOSED');
  const [entries] = useQuery({ query: EntriesQuery, variables: { id: competitionId } });
  const [marks] = useQuery({
    query: LockedMarksQuery,
    variables: { stageId: stageId ?? '', entryId: entryId ?? '' },
    pause: !stageId || !entryId,
    requestPolicy: 'network-only',
  });
  const [state, raise] = useMutation(RaiseAppealMutation);
  if (closed.length === 0) {
    return <Alert type="info" showIcon message={t('competition.appeal.noClosedStage')} />;
  }
  const entryList =
    entries.data?.competitionEntries.__typename === 'QueryCompetitionEntriesSuccess'
      ? entries.data.competitionEntries.data.filter((entry) => entry.eligible)
      : [];
  const markList =
    marks.data?.competitionLockedMarks.__typename === 'QueryCompetitionLockedMarksSuccess'
      ? marks.data.competitionLockedMarks.data
      : [];
  const submit = async (values: Values) => {
    const mark = markList.find((m) => m.id === values.scoreId);
    if (!values.stageId || !values.entryId || !mark) return;
    answers.clear();
    setDone(false);
    const result = await raise({
      input: {
        stageId: values.stageId,
        entryId: values.entryId,
        aspectCode: mark.aspectCode,
        judgeId: mark.judgeId,
        toMarks: values.toMarks ?? 0,
        reason: values.reason ?? '',
      },
    });
    const answer = result.data?.raiseCompetitionAppeal;
    if (!answers.succeeded(result.error, answer, 'CompetitionAppeal')) return;
    form.resetFields(['scoreId', 'toMarks', 'reason']);
    setDone(true);
    onRaised();
  };
  return (
    <Card size="small" title={t('competition.appeal.raise')} data-testid="raise-appeal">
      <FormProblem message={answers.general} marginBottom={12} />
      {done && (
        <Alert
          type="success"
          showIcon
          message={t('competition.appeal.raised')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={submit} name="raiseAppeal">
        <Flex gap={12} wrap>
          <Form.Item
            name="stageId"
            label={t('competition.appeal.stage')}
            rules={[{ required: true, message: t('competition.wizard.required') }]}
          >
            <Select
              style={{ width: 160 }}
              options={closed.map((stage) => ({ value: stage.id, label: stage.name }))}
              onChange={() => form.resetFields(['scoreId'])}
            />
          </Form.Item>
          <Form.Item
            name="entryId"
            label={t('competition.appeal.contestant')}
            rules={[{ required: true, message: t('competition.wizard.required') }]}
          >
            <Select
              style={{ width: 220 }}
              showSearch
              optionFilterProp="label"
              options={entryList.map((entry) => ({
                value: entry.id,
                label: `${entry.bibNumber} ${entry.publicName}`,
              }))}
              onChange={() => form.resetFields(['scoreId'])}
            />
          </Form.Item>
          <Form.Item
            name="scoreId"
            label={t('competition.appeal.mark')}
            rules={[{ required: true, message: t('competition.wizard.required') }]}
          >
            <Select
              style={{ width: 260 }}
              loading={marks.fetching}
              options={markList.map((mark) => ({
                value: mark.id,
                label: `${mark.aspectCode} · ${mark.judgeName} · ${formatMarks(mark.marks)}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="toMarks"
            label={t('competition.appeal.toMarks')}
            rules={[{ required: true, message: t('competition.wizard.required') }]}
          >
            <InputNumber min={0} step={0.5} style={{ width: 120 }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="reason"
          label={t('competition.appeal.reason')}
          rules={[{ required: true, message: t('competition.wizard.required') }]}
        >
          <Input.TextArea rows={2} placeholder={t('competition.appeal.reasonPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={state.fetching}>
          {t('competition.appeal.raise')}
        </Button>
      </Form>
    </Card>
  );
}
