import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { competitionLabelKey } from './competition-labels';
import { parseAspectLines } from './setup-form';

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

interface Values {
  name: string;
  kind: 'SKILLS' | 'LABOUR_PROJECT' | 'SAFETY_KNOWLEDGE' | 'INNOVATION';
  competitionClass: 'CITY_CLASS_ONE' | 'CITY_CLASS_TWO' | 'DISTRICT' | 'INDUSTRY' | 'ENTERPRISE';
  trade?: string;
  startsOn: string;
  endsOn: string;
  theoryWeight: number;
  aspects: string;
}

/**
 * 新建竞赛: one final stage with a theory part (max 100) and the practical aspects typed one a line
 * (名称:满分). The gateway checks everything with the domain; its issues show under the form.
 */
export function CreateCompetitionModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [form] = Form.useForm<Values>();
  const [state, create] = useMutation(CreateCompetitionMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const submit = async (values: Values) => {
    const practical = parseAspectLines(values.aspects);
    if (!practical.ok) {
      setProblems([practical.error]);
      return;
    }
    const labour = values.kind === 'LABOUR_PROJECT';
    const result = await create({
      input: {
        organizationId: viewer.homeOrganization.id,
        name: values.name,
        kind: values.kind,
        competitionClass: values.competitionClass,
        trade: values.trade ?? null,
        entryMode: labour ? 'TEAM' : 'INDIVIDUAL',
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        stages: [
          {
            kind: labour ? 'PERIOD' : 'FINAL',
            name: labour ? '第一考核期' : '决赛',
            theoryWeightPercent: labour ? 0 : values.theoryWeight,
            practicalWeightPercent: labour ? 100 : 100 - values.theoryWeight,
            aspects: labour
              ? []
              : [
                  ...(values.theoryWeight > 0
                    ? [{ code: 'THEORY', name: '理论知识', part: 'THEORY' as const, maxMarks: 100 }]
                    : []),
                  ...practical.value,
                ],
          },
        ],
      },
    });
    const answer = result.data?.createCompetition;
    if (answer?.__typename === 'Competition') onCreated(answer.id);
    else if (answer?.__typename === 'ValidationError')
      setProblems(answer.issues.map((i) => i.message));
    else if (answer) setProblems([answer.message]);
    else if (result.error) setProblems([result.error.message]);
  };
  const kinds = ['SKILLS', 'LABOUR_PROJECT', 'SAFETY_KNOWLEDGE', 'INNOVATION'] as const;
  const classes = [
    'CITY_CLASS_ONE',
    'CITY_CLASS_TWO',
    'DISTRICT',
    'INDUSTRY',
    'ENTERPRISE',
  ] as const;
  return (
    <Modal
      open
      title={t('competition.list.create')}
      okText={t('competition.list.create')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={state.fetching}
      destroyOnHidden
      width={640}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon message={problems.join('；')} style={{ marginBottom: 12 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: 'SKILLS',
          competitionClass: 'DISTRICT',
          theoryWeight: 30,
          aspects: '实操一:60\n实操二:40',
        }}
      >
        <Form.Item name="name" label={t('competition.field.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('competition.field.kind')}>
          <Select
            options={kinds.map((k) => ({ value: k, label: t(competitionLabelKey('kind', k)) }))}
          />
        </Form.Item>
        <Form.Item name="competitionClass" label={t('competition.field.class')}>
          <Select
            options={classes.map((c) => ({ value: c, label: t(competitionLabelKey('class', c)) }))}
          />
        </Form.Item>
        <Form.Item name="trade" label={t('competition.field.trade')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label={t('competition.field.startsOn')}
          rules={[{ required: true }]}
        >
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('competition.field.endsOn')} rules={[{ required: true }]}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="theoryWeight" label={t('competition.field.theoryWeight')}>
          <InputNumber min={0} max={100} />
        </Form.Item>
        <Form.Item name="aspects" label={t('competition.field.practicalAspects')}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
