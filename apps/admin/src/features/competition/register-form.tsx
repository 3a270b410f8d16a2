import { Alert, Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { competitionLabelKey } from './competition-labels';

export const RegisterMemberSearchQuery = graphql(`
  query AdminCompetitionMemberSearch($search: String!) {
    members(filter: { search: $search, status: [ACTIVE] }, first: 10) {
      __typename
      ... on QueryMembersSuccess {
        data { edges { node { id name employerName organization { name } } } }
      }
      ... on Error { message }
    }
  }
`);

export const RegisterEntryMutation = graphql(`
  mutation AdminRegisterCompetitionEntry($input: RegisterEntryInput!) {
    registerCompetitionEntry(input: $input) {
      __typename
      ... on CompetitionEntry { id bibNumber eligible eligibilityReasons { rule message } }
      ... on Error { message }
    }
  }
`);

const levels = [
  'JUNIOR',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
] as const;

/**
 * 报名 a member (found by name): name, birth date and union are the member's; the current skill
 * level is chosen. The gateway checks eligibility and keeps an ineligible registration with its
 * reasons, which the list shows.
 */
export function RegisterForm({
  competitionId,
  onDone,
}: {
  competitionId: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [level, setLevel] = useState<(typeof levels)[number] | null>(null);
  const [message, setMessage] = useState<{
    type: 'success' | 'error' | 'warning';
    text: string;
  } | null>(null);
  const [members] = useQuery({
    query: RegisterMemberSearchQuery,
    variables: { search },
    pause: search.trim().length < 1,
  });
  const [state, register] = useMutation(RegisterEntryMutation);
  const found = members.data?.members;
  const options =
    found?.__typename === 'QueryMembersSuccess'
      ? found.data.edges.map(({ node }) => ({
          value: node.id,
          label: `${node.name} · ${node.employerName ?? node.organization.name}`,
        }))
      : [];
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Select
          showSearch
          style={{ minWidth: 280 }}
          placeholder={t('competition.entry.name')}
          filterOption={false}
          onSearch={setSearch}
          value={memberId}
          onChange={setMemberId}
          options={options}
          data-testid="register-member"
        />
        <Select
          style={{ minWidth: 180 }}
          placeholder={t('competition.entry.skillLevel')}
          value={level}
          onChange={setLevel}
          allowClear
          options={levels.map((l) => ({ value: l, label: t(competitionLabelKey('level', l)) }))}
        />
        <Button
          type="primary"
          disabled={!memberId}
          loading={state.fetching}
          onClick={async () => {
            if (!memberId) return;
            const result = await register({
              input: { competitionId, memberId, skillLevel: level },
            });
            const answer = result.data?.registerCompetitionEntry;
            if (answer?.__typename === 'CompetitionEntry') {
              setMessage(
                answer.eligible
                  ? {
                      type: 'success',
                      text: `${t('competition.entry.registered')} · ${answer.bibNumber}`,
                    }
                  : {
                      type: 'warning',
                      text: `${t('competition.entry.ineligible')}：${answer.eligibilityReasons.map((r) => r.message).join('；')}`,
                    },
              );
              setMemberId(null);
              onDone();
            } else if (answer) setMessage({ type: 'error', text: answer.message });
          }}
        >
          {t('competition.entry.register')}
        </Button>
      </Flex>
      {message && <Alert type={message.type} showIcon message={message.text} />}
    </Flex>
  );
}
