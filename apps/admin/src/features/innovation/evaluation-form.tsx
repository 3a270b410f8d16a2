import { Alert, App, Button, Card, Descriptions, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { starsText, yuanToFen } from './innovation-display';
import { PreviewStarRatingQuery, RecordEvaluationMutation } from './innovation-queries';

interface Values {
  year?: number | null;
  resultsAndPatents?: number | null;
  peopleTrained?: number | null;
  economicBenefitYuan?: number | null;
  facilitiesAndRules?: number | null;
  activity?: number | null;
}

/** The measures when every one is filled in and valid, else null. */
function measuresOf(values: Values) {
  const fen = yuanToFen(values.economicBenefitYuan);
  const counts = [
    values.resultsAndPatents,
    values.peopleTrained,
    values.facilitiesAndRules,
    values.activity,
  ];
  if (fen === null || counts.some((value) => value === null || value === undefined)) return null;
  return {
    resultsAndPatents: values.resultsAndPatents as number,
    peopleTrained: values.peopleTrained as number,
    economicBenefitFen: fen,
    facilitiesAndRules: values.facilitiesAndRules as number,
    activity: values.activity as number,
  };
}

/**
 * 年度星级评定: the measures of a year; the stars and their breakdown are the gateway's dry run
 * (`previewStarRating`, the domain's rubric) shown as the form is filled in, and 记录评定结果
 * stores them.
 */
export function EvaluationForm({
  studioId,
  regionCode,
  onRecorded,
}: {
  studioId: string;
  /** The studio's region: the preview uses the rubric in force there, as recording does. */
  regionCode: string;
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [values, setValues] = useState<Values>({ year: new Date().getFullYear() - 1 });
  const [problem, setProblem] = useState<string | null>(null);
  const measures = useDebouncedValue(measuresOf(values), 250);
  const [preview] = useQuery({
    query: PreviewStarRatingQuery,
    variables: {
      regionCode,
      measures: measures ?? {
        resultsAndPatents: 0,
        peopleTrained: 0,
        economicBenefitFen: 0,
        facilitiesAndRules: 0,
        activity: 0,
      },
    },
    pause: measures === null,
  });
  const [state, record] = useMutation(RecordEvaluationMutation);
  const rating = measures && preview.data?.previewStarRating;

  const submit = async (submitted: Values) => {
    const current = measuresOf(submitted);
    if (!current || !submitted.year) return;
    setProblem(null);
    const result = await record({ studioId, input: { year: submitted.year, measures: current } });
    const answer = result.data?.recordStudioEvaluation;
    if (!answer) {
      setProblem(t(noAnswerMessageKey(result.error)));
      return;
    }
    if (answer.__typename === 'StudioRating') {
      void message.success(t('innovation.evaluation.saved'));
      form.resetFields([
        'resultsAndPatents',
        'peopleTrained',
        'economicBenefitYuan',
        'facilitiesAndRules',
        'activity',
      ]);
      setValues({ year: submitted.year });
      onRecorded();
      return;
    }
    setProblem(answer.message);
  };

  const number = (name: keyof Values, label: string, max?: number) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber
        min={0}
        max={max}
        precision={0}
        style={{ width: '100%' }}
        data-testid={`evaluation-${name}`}
      />
    </Form.Item>
  );

  return (
    <Card size="small" title={t('innovation.evaluation.title')} data-testid="evaluation-form">
      <Flex gap={24} wrap>
        <Form<Values>
          form={form}
          layout="vertical"
          name="studioEvaluation"
          initialValues={values}
          onValuesChange={(_changed, all) => setValues(all)}
          onFinish={submit}
          style={{ minWidth: 280, flex: 1 }}
        >
          {number('year', t('innovation.evaluation.year'), 2100)}
          {number('resultsAndPatents', t('innovation.evaluation.resultsAndPatents'))}
          {number('peopleTrained', t('innovation.evaluation.peopleTrained'))}
          <Form.Item
            name="economicBenefitYuan"
            label={t('innovation.evaluation.economicBenefitYuan')}
            rules={[{ required: true }]}
          >
            <InputNumber
              min={0}
              precision={2}
              style={{ width: '100%' }}
              data-testid="evaluation-economicBenefitYuan"
            />
          </Form.Item>
          {number('facilitiesAndRules', t('innovation.evaluation.facilitiesAndRules'), 10)}
          {number('activity', t('innovation.evaluation.activity'))}
          {problem ? (
            <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />
          ) : null}
          <Button
            type="primary"
            htmlType="submit"
            loading={state.fetching}
            data-testid="evaluation-submit"
          >
            {t('innovation.evaluation.submit')}
          </Button>
        </Form>
        <div style={{ flex: 1, minWidth: 280 }} data-testid="evaluation-preview">
          <Typography.Title level={5}>{t('innovation.evaluation.preview')}</Typography.Title>
          {rating?.__typename === 'StarRating' ? (
            <Flex vertical gap={8}>
              <Typography.Text
                style={{ fontSize: 24, color: '#d48806' }}
                data-testid="preview-stars"
                data-stars={rating.stars}
              >
                {starsText(rating.stars)}
              </Typography.Text>
              <Typography.Text strong>{rating.explanation}</Typography.Text>
              <Descriptions size="small" column={1} bordered>
                {rating.breakdown.map((line) => (
                  <Descriptions.Item
                    key={line.criterion}
                    label={`${line.label}（${line.points}/${line.weight}）`}
                  >
                    {line.explanation}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Flex>
          ) : rating ? (
            <Alert type="warning" showIcon title={rating.message} />
          ) : (
            <Typography.Text type="secondary">
              {t('innovation.evaluation.previewPending')}
            </Typography.Text>
          )}
        </div>
      </Flex>
    </Card>
  );
}
