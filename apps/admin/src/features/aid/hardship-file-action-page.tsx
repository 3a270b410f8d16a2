import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Spin,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
import { TransportErrorResult, TypedErrorResult } from '../../shared/error-views';
import { HardshipAssessmentCard } from './hardship-assessment-card';
import { RevealModal } from './hardship-file-page';
import {
  causesOf,
  factsInputOf,
  formValuesOfDetails,
  type HouseholdFormValues,
  householdInputOf,
} from './hardship-form';
import { HouseholdFields, householdFieldPatterns } from './hardship-household-fields';
import { hardshipFilePath } from './hardship-paths';
import {
  HardshipFileQuery,
  HardshipWorkerQuery,
  ReenterHardshipFileMutation,
  ReviewHardshipFileMutation,
} from './hardship-queries';
import { useLiveAssessment } from './use-live-assessment';

interface ActionValues extends HouseholdFormValues {
  consent?: { givenBy?: string; givenOn?: string | null };
}

const today = () => dayjs().format('YYYY-MM-DD');

/**
 * 年度复核 / 重新纳入 (/admin/aid/hardship/:id/review|reenter): the household as last recorded
 * (revealed for a logged reason), corrected to today's facts, with the new category and reasons
 * shown as it is edited. A review that finds the household out of hardship closes the file.
 */
export function HardshipFileActionPage() {
  const { id = '', action = 'review' } = useParams();
  const reenter = action === 'reenter';
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<ActionValues>();
  const [result, reexecute] = useQuery({ query: HardshipFileQuery, variables: { id } });
  const answer = result.data?.hardshipFile;
  const file = answer?.__typename === 'HardshipFile' ? answer : null;
  const [worker] = useQuery({
    query: HardshipWorkerQuery,
    variables: { id: file?.memberId ?? '' },
    pause: !file,
  });
  const member = worker.data?.node?.__typename === 'Member' ? worker.data.node : null;
  const [ready, setReady] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const values = Form.useWatch([], form) as ActionValues | undefined;
  const migrant = member?.isMigrant ? { joinedOn: member.joinedOn, today: today() } : null;
  const live = useLiveAssessment(
    ready && file ? file.organizationId : null,
    ready && values ? factsInputOf(values, migrant) : null,
  );
  const [reviewState, review] = useMutation(ReviewHardshipFileMutation);
  const [reenterState, reenterFile] = useMutation(ReenterHardshipFileMutation);

  useEffect(() => {
    document.title = `${t(reenter ? 'aid.hardship.reenter.button' : 'aid.hardship.review.button')} · ${t('app.title')}`;
  }, [t, reenter]);

  if (result.error && !result.data)
    return <TransportErrorResult error={result.error} onRetry={reexecute} />;
  if (answer && !file)
    return (
      <TypedErrorResult
        typename={answer.__typename}
        message={'message' in answer ? answer.message : ''}
      />
    );
  if (!file) return <Spin />;

  const submit = async (submitted: ActionValues) => {
    setGeneral([]);
    const household = householdInputOf(submitted, migrant);
    let reply: Reply | undefined;
    let error: Parameters<typeof noAnswerMessageKey>[0];
    if (reenter) {
      const outcome = await reenterFile(
        {
          id: file.id,
          household,
          consent: {
            givenBy: submitted.consent?.givenBy?.trim() ?? '',
            givenOn: submitted.consent?.givenOn ?? today(),
          },
        },
        { additionalTypenames: ['HardshipFile'] },
      );
      reply = outcome.data?.reenterHardshipFile;
      error = outcome.error;
    } else {
      const outcome = await review(
        { id: file.id, household },
        { additionalTypenames: ['HardshipFile'] },
      );
      reply = outcome.data?.reviewHardshipFile;
      error = outcome.error;
    }
    if (!reply) {
      setGeneral([t(noAnswerMessageKey(error))]);
      return;
    }
    if (reply.__typename === 'HardshipFile') {
      navigate(hardshipFilePath(file.id));
    } else if (reply.__typename === 'ValidationError') {
      setGeneral(
        applyValidationError(form, reply, [
          'consent.givenBy',
          'consent.givenOn',
          ...householdFieldPatterns.map((pattern) => `household.${pattern}`),
        ]),
      );
    } else if (reply.__typename === 'RuleViolationError') {
      setGeneral([reply.message, ...reply.reasons.map((reason) => reason.message)]);
    } else {
      setGeneral([reply.message]);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t(reenter ? 'aid.hardship.reenter.button' : 'aid.hardship.review.button')}：
          {file.workerName}
        </Typography.Title>
        <Link to={hardshipFilePath(file.id)}>{t('aid.hardship.file.back')}</Link>
      </Flex>
      {!ready ? (
        <RevealModal
          fileId={file.id}
          onClose={() => navigate(hardshipFilePath(file.id))}
          onRevealed={(details) => {
            form.setFieldsValue({
              ...formValuesOfDetails(details),
              causes: causesOf(file.causes),
              consent: { givenBy: file.workerName, givenOn: today() },
            });
            setReady(true);
          }}
        />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Row gutter={16}>
            <Col xs={24} xl={16}>
              <Flex vertical gap={16}>
                <HouseholdFields migrant={Boolean(member?.isMigrant)} />
                {reenter ? (
                  <Card size="small" title={t('aid.hardship.consent.title')}>
                    <Flex gap={16} wrap>
                      <Form.Item
                        name={['consent', 'givenBy']}
                        label={t('aid.hardship.consent.givenBy')}
                        rules={[{ required: true, message: t('aid.hardship.consent.required') }]}
                      >
                        <Input style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item
                        name={['consent', 'givenOn']}
                        label={t('aid.hardship.consent.givenOn')}
                        getValueProps={(value: string | null | undefined) => ({
                          value: value ? dayjs(value) : null,
                        })}
                        normalize={(value: dayjs.Dayjs | null) =>
                          value ? value.format('YYYY-MM-DD') : null
                        }
                      >
                        <DatePicker />
                      </Form.Item>
                    </Flex>
                  </Card>
                ) : null}
                {general.length > 0 ? (
                  <Alert
                    type="error"
                    showIcon
                    title={general[0]}
                    description={
                      general.length > 1 ? (
                        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                          {general.slice(1).map((message) => (
                            <li key={message}>{message}</li>
                          ))}
                        </ul>
                      ) : undefined
                    }
                  />
                ) : null}
                <Flex>
                  <Button
                    type="primary"
                    htmlType="submit"
                    loading={reviewState.fetching || reenterState.fetching}
                  >
                    {t(reenter ? 'aid.hardship.reenter.submit' : 'aid.hardship.review.submit')}
                  </Button>
                </Flex>
              </Flex>
            </Col>
            <Col xs={24} xl={8}>
              <div style={{ position: 'sticky', top: 16 }}>
                <HardshipAssessmentCard
                  assessment={live.assessment}
                  loading={live.loading}
                  problem={live.problem}
                />
              </div>
            </Col>
          </Row>
        </Form>
      )}
    </Flex>
  );
}

type Reply =
  | ResultOf<typeof ReviewHardshipFileMutation>['reviewHardshipFile']
  | ResultOf<typeof ReenterHardshipFileMutation>['reenterHardshipFile'];
