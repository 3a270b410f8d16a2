import { Alert, Button, Checkbox, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { OrganizationPicker } from '../organization/organization-picker';

export const AssignJudgeMutation = graphql(`
  mutation AdminAssignCompetitionJudge($input: AssignJudgeInput!) {
    assignCompetitionJudge(input: $input) {
      __typename
      ... on CompetitionJudge { id displayName }
      ... on Error { message }
    }
  }
`);

interface StageAspects {
  id: string;
  name: string;
  state: string;
  aspects: readonly { code: string; name: string }[];
}

/**
 * 聘请裁判: a staff account holding competition.judge, its employer (chosen in the organisation
 * tree, so that recusal from that employer's contestants is enforced) and the aspects (of open
 * stages) it scores.
 */
export function AssignJudgeForm({
  competitionId,
  stages,
  onDone,
}: {
  competitionId: string;
  stages: readonly StageAspects[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [employerId, setEmployerId] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [state, assign] = useMutation(AssignJudgeMutation);
  const open = stages.filter((stage) => stage.state === 'OPEN');
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Input
          style={{ width: 220 }}
          placeholder={t('competition.judge.username')}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <OrganizationPicker
          value={employerId}
          onChange={setEmployerId}
          allowClear
          style={{ width: 260 }}
          placeholder={t('competition.judge.employer')}
          aria-label={t('competition.judge.employer')}
        />
        <Checkbox.Group
          value={chosen}
          onChange={(values) => setChosen(values.map(String))}
          options={open.flatMap((stage) =>
            stage.aspects.map((aspect) => ({
              value: `${stage.id}|${aspect.code}`,
              label: `${stage.name} · ${aspect.name}`,
            })),
          )}
        />
        <Button
          type="primary"
          disabled={!username.trim() || !employerId || chosen.length === 0}
          loading={state.fetching}
          onClick={async () => {
            const result = await assign({
              input: {
                competitionId,
                username: username.trim(),
                employerId: employerId ?? null,
                aspects: chosen.map((value) => {
                  const [stageId = '', aspectCode = ''] = value.split('|');
                  return { stageId, aspectCode };
                }),
              },
            });
            const answer = result.data?.assignCompetitionJudge;
            if (answer?.__typename === 'CompetitionJudge') {
              setError(null);
              setUsername('');
              setEmployerId(undefined);
              setChosen([]);
              onDone();
            } else if (answer) setError(answer.message);
          }}
        >
          {t('competition.judge.assign')}
        </Button>
      </Flex>
      {!employerId && username.trim() !== '' && (
        <Typography.Text type="secondary">
          {t('competition.judge.employerRequired')}
        </Typography.Text>
      )}
      {error && <Alert type="error" showIcon message={error} />}
    </Flex>
  );
}
