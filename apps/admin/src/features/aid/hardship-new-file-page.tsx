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
  Select,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { HardshipAssessmentCard } from './hardship-assessment-card';
import {
  factsInputOf,
  type HouseholdFormValues,
  householdInputOf,
  newHouseholdValues,
} from './hardship-form';
import { HouseholdFields, householdFieldPatterns } from './hardship-household-fields';
import { hardshipFilePath, hardshipFilesPath } from './hardship-paths';
import { CreateHardshipFileMutation, HardshipMemberSearchQuery } from './hardship-queries';
import { useLiveAssessment } from './use-live-assessment';

interface NewFileValues extends HouseholdFormValues {
  memberId?: string;
  consent?: { givenBy?: string; givenOn?: string | null };
}

type FoundMember = {
  id: string;
  name: string;
  idNumberMasked: string;
  isMigrant: boolean;
  joinedOn: string;
  organization: { id: string; name: string };
};

const today = () => dayjs().format('YYYY-MM-DD');

/**
 * 新建困难职工档案 (/admin/aid/hardship/new): a member found by name, their household, and the
 * worker's consent. The category and its reasons show beside the form as it is filled (the
 * gateway's dry-run classification); a household that does not qualify is refused with them.
 */
export function HardshipNewFilePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewFileValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), 250);
  const [members] = useQuery({
    query: HardshipMemberSearchQuery,
    variables: { search: term },
    pause: term === '',
  });
  const found: FoundMember[] =
    members.data?.members.__typename === 'QueryMembersSuccess'
      ? members.data.members.data.edges.map((edge) => edge.node)
      : [];
  const [chosen, setChosen] = useState<FoundMember | null>(null);
  const values = Form.useWatch([], form) as NewFileValues | undefined;
  const migrant = chosen?.isMigrant ? { joinedOn: chosen.joinedOn, today: today() } : null;
  const facts = chosen && values ? factsInputOf(values, migrant) : null;
  const live = useLiveAssessment(chosen?.organization.id ?? null, facts);
  const [state, create] = useMutation(CreateHardshipFileMutation);

  useEffect(() => {
    document.title = `${t('aid.hardship.new.title')} · ${t('app.title')}`;
  }, [t]);

  const choose = (memberId: string) => {
    const member = found.find((candidate) => candidate.id === memberId) ?? null;
    setChosen(member);
    if (member) {
      form.setFieldsValue({
        ...newHouseholdValues(member.name),
        consent: { givenBy: member.name, givenOn: today() },
      });
    }
  };

  const submit = async (submitted: NewFileValues) => {
    if (!chosen) return;
    setGeneral([]);
    const result = await create(
      {
        input: {
          memberId: chosen.id,
          household: householdInputOf(submitted, migrant),
          consent: {
            givenBy: submitted.consent?.givenBy?.trim() ?? '',
            givenOn: submitted.consent?.givenOn ?? today(),
          },
        },
      },
      { additionalTypenames: ['HardshipFile'] },
    );
    const answer = result.data?.createHardshipFile;
    if (!answer) {
      setGeneral([t(noAnswerMessageKey(result.error))]);
      return;
    }
    switch (answer.__typename) {
      case 'HardshipFile':
        navigate(hardshipFilePath(answer.id));
        return;
      case 'ValidationError':
        setGeneral(
          applyValidationError(form, answer, [
            'memberId',
            'consent.givenBy',
            'consent.givenOn',
            ...householdFieldPatterns.map((pattern) => `household.${pattern}`),
          ]),
        );
        return;
      case 'RuleViolationError':
        setGeneral([answer.message, ...answer.reasons.map((reason) => reason.message)]);
        return;
      default:
        setGeneral([answer.message]);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('aid.hardship.new.title')}
        </Typography.Title>
        <Link to={hardshipFilesPath}>{t('aid.hardship.back')}</Link>
      </Flex>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="hardship-form">
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <Flex vertical gap={16}>
              <Card size="small" title={t('aid.hardship.new.member')}>
                <Form.Item
                  name="memberId"
                  label={t('aid.hardship.new.memberSearch')}
                  rules={[{ required: true, message: t('aid.hardship.new.memberRequired') }]}
                >
                  <Select
                    showSearch
                    filterOption={false}
                    onSearch={setSearch}
                    onChange={choose}
                    loading={members.fetching}
                    placeholder={t('aid.hardship.new.memberPlaceholder')}
                    options={found.map((member) => ({
                      value: member.id,
                      label: `${member.name}（${member.idNumberMasked}，${member.organization.name}）`,
                    }))}
                  />
                </Form.Item>
              </Card>
              {chosen ? <HouseholdFields migrant={chosen.isMigrant} /> : null}
              {chosen ? (
                <Card size="small" title={t('aid.hardship.consent.title')}>
                  <Typography.Paragraph type="secondary">
                    {t('aid.hardship.consent.body')}
                  </Typography.Paragraph>
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
                      rules={[{ required: true, message: t('aid.hardship.consent.required') }]}
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
                  data-testid="hardship-form-errors"
                />
              ) : null}
              <Flex>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={state.fetching}
                  disabled={!chosen}
                >
                  {t('aid.hardship.new.submit')}
                </Button>
              </Flex>
            </Flex>
          </Col>
          <Col xs={24} xl={8}>
            <div style={{ position: 'sticky', top: 16 }}>
              <HardshipAssessmentCard
                assessment={live.assessment}
                loading={live.loading && chosen !== null}
                problem={live.problem}
              />
            </div>
          </Col>
        </Row>
      </Form>
    </Flex>
  );
}
