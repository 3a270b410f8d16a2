import {
  Alert,
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Segmented,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { TransportErrorAlert } from '../../shared/error-views';
import { AssignJudgeForm } from './assign-judge-form';
import {
  competitionLabelKey,
  formatMarks,
  promotionsWorkbookUrl,
  scoringPath,
} from './competition-labels';
import {
  AppealsQuery,
  CloseStageMutation,
  CompetitionQuery,
  DecideAppealMutation,
  EntriesQuery,
  JudgesQuery,
  PromotionsQuery,
  PublishMutation,
  RecordTimeMutation,
  StandingsQuery,
} from './competition-queries';
import { RaiseAppealForm } from './raise-appeal-form';
import { RegisterForm } from './register-form';

type Competition = Extract<
  ResultOf<typeof CompetitionQuery>['competition'],
  { __typename: 'Competition' }
>;

function Entries({ id, canManage }: { id: string; canManage: boolean }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: EntriesQuery, variables: { id } });
  const answer = result.data?.competitionEntries;
  const rows = answer?.__typename === 'QueryCompetitionEntriesSuccess' ? answer.data : [];
  return (
    <Flex vertical gap={12}>
      {canManage && (
        <RegisterForm
          competitionId={id}
          onDone={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      <Table
        rowKey="id"
        loading={result.fetching}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('competition.entry.bib'), dataIndex: 'bibNumber', width: 80 },
          { title: t('competition.entry.name'), dataIndex: 'publicName' },
          { title: t('competition.entry.employer'), dataIndex: 'employerName' },
          {
            title: t('competition.entry.skillLevel'),
            key: 'level',
            render: (_, row) =>
              row.skillLevel ? t(competitionLabelKey('level', row.skillLevel)) : '—',
          },
          {
            title: t('competition.entry.eligibility'),
            key: 'eligible',
            render: (_, row) =>
              row.eligible ? (
                <Tag color="green">{t('competition.entry.eligible')}</Tag>
              ) : (
                <Flex vertical gap={2}>
                  <Tag color="red">{t('competition.entry.ineligible')}</Tag>
                  {row.eligibilityReasons.map((reason) => (
                    <Typography.Text key={reason.rule} type="danger">
                      {reason.message}
                    </Typography.Text>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
    </Flex>
  );
}

function Judges({ competition }: { competition: Competition }) {
  const id = competition.id;
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: JudgesQuery, variables: { id } });
  const answer = result.data?.competitionJudges;
  const rows = answer?.__typename === 'QueryCompetitionJudgesSuccess' ? answer.data : [];
  return (
    <Flex vertical gap={12}>
      {competition.viewerCanManage && (
        <AssignJudgeForm
          competitionId={id}
          stages={competition.stages}
          onDone={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      <Table
        rowKey="id"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('competition.judge.name'), dataIndex: 'displayName' },
          { title: t('competition.judge.username'), dataIndex: 'username' },
          { title: t('competition.entry.employer'), dataIndex: 'employerName' },
          {
            title: t('competition.judge.recusedFrom'),
            key: 'recused',
            render: (_, row) =>
              row.recusedEntries.length === 0 ? (
                <Typography.Text type="secondary">
                  {t('competition.judge.noRecusal')}
                </Typography.Text>
              ) : (
                row.recusedEntries.map((entry) => (
                  <Tag key={entry.entryId} color="orange">
                    {entry.bibNumber} {entry.publicName}
                  </Tag>
                ))
              ),
          },
          {
            title: t('competition.judge.aspects'),
            key: 'aspects',
            render: (_, row) =>
              row.assignments.map((a) => (
                <Tag key={`${a.stageId}/${a.aspectCode}`}>{a.aspectCode}</Tag>
              )),
          },
        ]}
      />
    </Flex>
  );
}

/** 用时 of one contestant, typed by the organiser while the stage is open (the second tie-break). */
function TimeInput({
  stageId,
  entryId,
  label,
  seconds,
  onSaved,
}: {
  stageId: string;
  entryId: string;
  label: string;
  seconds: number | null;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState<number | null>(seconds);
  const [error, setError] = useState<string | null>(null);
  const [state, record] = useMutation(RecordTimeMutation);
  // Enter and then leaving the field send the time once.
  const saved = useRef(seconds);
  const save = async () => {
    if (value === null || value === saved.current) return;
    saved.current = value;
    const result = await record({ stageId, entryId, seconds: value });
    const answer = result.data?.recordCompetitionTime;
    if (answer?.__typename === 'CompetitionStage') {
      setError(null);
      onSaved();
    } else {
      saved.current = null;
      setError(answer?.message ?? result.error?.message ?? null);
    }
  };
  return (
    <Flex vertical gap={2}>
      <InputNumber
        min={0}
        precision={0}
        value={value}
        onChange={(next) => setValue(typeof next === 'number' ? next : null)}
        onBlur={() => void save()}
        onPressEnter={() => void save()}
        disabled={state.fetching}
        aria-label={label}
        placeholder={t('competition.time.seconds')}
        style={{ width: 110 }}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Flex>
  );
}

function Ranking({ competition }: { competition: Competition }) {
  const { t } = useI18n();
  const stages = competition.stages;
  const [stageId, setStageId] = useState(stages[stages.length - 1]?.id ?? '');
  const stage = stages.find((s) => s.id === stageId);
  const [result, reexecute] = useQuery({
    query: StandingsQuery,
    variables: { stageId },
    pause: !stageId,
    requestPolicy: 'cache-and-network',
  });
  const [closing, close] = useMutation(CloseStageMutation);
  const [error, setError] = useState<string | null>(null);
  // Live: the ranking is fetched again every five seconds while the stage is open.
  useEffect(() => {
    if (stage?.state !== 'OPEN') return;
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), 5000);
    return () => window.clearInterval(timer);
  }, [stage?.state, reexecute]);
  const answer = result.data?.competitionStandings;
  const rows = answer?.__typename === 'QueryCompetitionStandingsSuccess' ? answer.data : [];
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Segmented
          value={stageId}
          onChange={(value) => setStageId(String(value))}
          options={stages.map((s) => ({ value: s.id, label: s.name }))}
        />
        {stage && (
          <Tag color={stage.state === 'OPEN' ? 'blue' : 'default'}>
            {t(stage.state === 'OPEN' ? 'competition.stage.open' : 'competition.stage.closed')}
          </Tag>
        )}
        {competition.viewerIsJudge && stage?.state === 'OPEN' && (
          <Link to={scoringPath(stage.id)}>
            <Button>{t('competition.judge.score')}</Button>
          </Link>
        )}
        {competition.viewerCanManage && stage?.state === 'OPEN' && (
          <Popconfirm
            title={t('competition.stage.closeConfirm')}
            onConfirm={async () => {
              const answer = await close({ stageId });
              const closed = answer.data?.closeCompetitionStage;
              if (closed && closed.__typename !== 'CompetitionStage') setError(closed.message);
              reexecute({ requestPolicy: 'network-only' });
            }}
          >
            <Button danger loading={closing.fetching} data-testid="close-stage">
              {t('competition.stage.close')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {error && <Alert type="error" showIcon message={error} />}
      <Table
        rowKey="entryId"
        data-testid="ranking"
        loading={result.fetching && rows.length === 0}
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('competition.ranking.rank'),
            key: 'rank',
            width: 70,
            render: (_, row) => row.rank ?? '—',
          },
          { title: t('competition.entry.bib'), dataIndex: 'bibNumber', width: 70 },
          { title: t('competition.entry.name'), dataIndex: 'publicName' },
          { title: t('competition.entry.employer'), dataIndex: 'employerName' },
          {
            title: t('competition.ranking.theory'),
            key: 'theory',
            render: (_, row) => formatMarks(row.theoryScore),
          },
          {
            title: t('competition.ranking.practical'),
            key: 'practical',
            render: (_, row) => formatMarks(row.practicalScore),
          },
          {
            title: t('competition.ranking.total'),
            key: 'total',
            render: (_, row) =>
              row.totalScore === null ? (
                <Typography.Text type="secondary">
                  {t('competition.ranking.pending', { count: row.pendingMarks })}
                </Typography.Text>
              ) : (
                <Flex vertical>
                  <strong>{formatMarks(row.totalScore)}</strong>
                  {row.tieBrokenBy && (
                    <Typography.Text type="secondary">
                      {t('competition.ranking.tieBroken', {
                        by: t(competitionLabelKey('tieBreak', row.tieBrokenBy)),
                      })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
          },
          {
            title: t('competition.ranking.time'),
            key: 'time',
            render: (_, row) =>
              competition.viewerCanManage && stage?.state === 'OPEN' ? (
                <TimeInput
                  key={`${row.entryId}/${row.timeUsedSeconds}`}
                  stageId={stageId}
                  entryId={row.entryId}
                  seconds={row.timeUsedSeconds}
                  label={`${row.bibNumber} ${t('competition.time.seconds')}`}
                  onSaved={() => reexecute({ requestPolicy: 'network-only' })}
                />
              ) : (
                (row.timeUsedSeconds ?? '—')
              ),
          },
          {
            title: t('competition.ranking.award'),
            key: 'award',
            render: (_, row) =>
              row.award ? (
                <Tag color="gold">{t(competitionLabelKey('award', row.award))}</Tag>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}

function Appeals({ competition }: { competition: Competition }) {
  const { t, formatDateTime } = useI18n();
  const [result, reexecute] = useQuery({ query: AppealsQuery, variables: { id: competition.id } });
  const [, decide] = useMutation(DecideAppealMutation);
  const [deciding, setDeciding] = useState<{ id: string; approve: boolean } | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const answer = result.data?.competitionAppeals;
  const rows = answer?.__typename === 'QueryCompetitionAppealsSuccess' ? answer.data : [];
  return (
    <Flex vertical gap={12}>
      {competition.viewerCanManage && !competition.resultsPublished && (
        <RaiseAppealForm
          competitionId={competition.id}
          stages={competition.stages}
          onRaised={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {error && <Alert type="error" showIcon message={error} />}
      <Table
        rowKey="id"
        data-testid="appeals"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('competition.appeal.empty') }}
        columns={[
          {
            title: t('competition.appeal.entry'),
            key: 'entry',
            render: (_, row) =>
              `${row.bibNumber} ${row.publicName} · ${row.stageName} · ${row.aspectCode}`,
          },
          {
            title: t('competition.appeal.change'),
            key: 'change',
            render: (_, row) => `${formatMarks(row.fromMarks)} → ${formatMarks(row.toMarks)}`,
          },
          { title: t('competition.appeal.reason'), dataIndex: 'reason' },
          {
            title: t('competition.appeal.raisedBy'),
            key: 'raised',
            render: (_, row) => `${row.raisedByName} ${formatDateTime(String(row.createdAt))}`,
          },
          {
            title: t('competition.appeal.state'),
            key: 'state',
            render: (_, row) => (
              <Flex vertical>
                <Tag>{t(competitionLabelKey('appealState', row.state))}</Tag>
                {row.decidedByName && (
                  <Typography.Text type="secondary">
                    {row.decidedByName}
                    {row.decidedAt ? ` ${formatDateTime(String(row.decidedAt))}` : ''}：
                    {row.decisionNote}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'actions',
            render: (_, row) =>
              competition.viewerCanManage && row.state === 'PENDING' ? (
                <Flex gap={8}>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setDeciding({ id: row.id, approve: true })}
                  >
                    {t('competition.appeal.approve')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => setDeciding({ id: row.id, approve: false })}
                  >
                    {t('competition.appeal.reject')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]}
      />
      <Modal
        open={deciding !== null}
        title={t(deciding?.approve ? 'competition.appeal.approve' : 'competition.appeal.reject')}
        onCancel={() => setDeciding(null)}
        onOk={async () => {
          if (!deciding) return;
          const answer = await decide({ id: deciding.id, approve: deciding.approve, note });
          const decided = answer.data?.decideCompetitionAppeal;
          setError(decided && decided.__typename !== 'CompetitionAppeal' ? decided.message : null);
          setDeciding(null);
          setNote('');
          reexecute({ requestPolicy: 'network-only' });
        }}
      >
        <Input.TextArea
          rows={3}
          value={note}
          placeholder={t('competition.appeal.note')}
          onChange={(event) => setNote(event.target.value)}
        />
      </Modal>
    </Flex>
  );
}

function Promotions({ competition }: { competition: Competition }) {
  const { t } = useI18n();
  const [result] = useQuery({ query: PromotionsQuery, variables: { id: competition.id } });
  const answer = result.data?.competitionPromotions;
  const rows = answer?.__typename === 'QueryCompetitionPromotionsSuccess' ? answer.data : [];
  return (
    <Flex vertical gap={12}>
      {competition.resultsPublished && (
        <a href={promotionsWorkbookUrl(competition.id)} download>
          <Button>{t('competition.promotion.export')}</Button>
        </a>
      )}
      <Table
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('competition.promotion.empty') }}
        columns={[
          { title: t('competition.ranking.rank'), dataIndex: 'rank', width: 70 },
          { title: t('competition.promotion.name'), dataIndex: 'name' },
          { title: t('competition.entry.employer'), dataIndex: 'employerName' },
          {
            title: t('competition.promotion.from'),
            key: 'from',
            render: (_, row) =>
              row.fromLevel ? t(competitionLabelKey('level', row.fromLevel)) : '—',
          },
          {
            title: t('competition.promotion.to'),
            key: 'to',
            render: (_, row) =>
              row.recommended ? (
                <Tag color="green">{t(competitionLabelKey('level', row.toLevel))}</Tag>
              ) : (
                <Typography.Text delete type="secondary">
                  {t(competitionLabelKey('level', row.toLevel))}
                </Typography.Text>
              ),
          },
          {
            title: t('competition.promotion.expert'),
            key: 'expert',
            render: (_, row) =>
              row.technicalExpert ? (
                <Tag color="gold">{t('competition.promotion.expert')}</Tag>
              ) : null,
          },
          {
            title: t('competition.promotion.basis'),
            key: 'basis',
            render: (_, row) => row.supersededReason ?? row.basis,
          },
        ]}
      />
    </Flex>
  );
}

function Leaderboard({ competition }: { competition: Competition }) {
  const { t } = useI18n();
  return (
    <Table
      rowKey="publicName"
      pagination={false}
      dataSource={competition.labourLeaderboard}
      columns={[
        { title: t('competition.ranking.rank'), dataIndex: 'rank', width: 70 },
        { title: t('competition.entry.name'), dataIndex: 'publicName' },
        {
          title: t('competition.labour.score'),
          key: 'score',
          render: (_, row) => formatMarks(row.cumulativeScore),
        },
        { title: t('competition.labour.periods'), dataIndex: 'periodsScored' },
        { title: t('competition.labour.redFlags'), dataIndex: 'redFlags' },
      ]}
    />
  );
}

/** One competition (/admin/competitions/:id): registrations, judges, live ranking, appeals, publication, promotions. */
export function CompetitionPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: CompetitionQuery, variables: { id } });
  const [publishing, publish] = useMutation(PublishMutation);
  const [error, setError] = useState<string | null>(null);
  const competition = result.data?.competition;
  useEffect(() => {
    if (competition?.__typename === 'Competition')
      document.title = `${competition.name} · ${t('app.title')}`;
  }, [competition, t]);
  if (result.error) return <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />;
  if (!competition) return <Card loading={result.fetching} />;
  if (competition.__typename !== 'Competition')
    return <Alert type="error" showIcon message={competition.message} />;
  const labour = competition.kind === 'LABOUR_PROJECT';
  const items = [
    ...(competition.viewerCanRead
      ? [
          {
            key: 'entries',
            label: t('competition.tab.entries'),
            children: <Entries id={competition.id} canManage={competition.viewerCanManage} />,
          },
        ]
      : []),
    ...(competition.viewerCanRead && !labour
      ? [
          {
            key: 'judges',
            label: t('competition.tab.judges'),
            children: <Judges competition={competition} />,
          },
          {
            key: 'ranking',
            label: t('competition.tab.ranking'),
            children: <Ranking competition={competition} />,
          },
          {
            key: 'appeals',
            label: t('competition.tab.appeals'),
            children: <Appeals competition={competition} />,
          },
          {
            key: 'promotions',
            label: t('competition.tab.promotions'),
            children: <Promotions competition={competition} />,
          },
        ]
      : []),
    ...(labour
      ? [
          {
            key: 'leaderboard',
            label: t('competition.tab.leaderboard'),
            children: <Leaderboard competition={competition} />,
          },
        ]
      : []),
  ];
  return (
    <Card>
      <Flex vertical gap={12}>
        <Link to="/competitions">{t('competition.list.back')}</Link>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Flex vertical>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {competition.name}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t(competitionLabelKey('kind', competition.kind))} ·{' '}
              {t(competitionLabelKey('class', competition.competitionClass))}
              {competition.trade ? ` · ${competition.trade}` : ''} · {competition.organizerName}
            </Typography.Text>
          </Flex>
          {competition.resultsPublished ? (
            <Tag color="green">{t('competition.published')}</Tag>
          ) : competition.viewerCanManage ? (
            <Popconfirm
              title={t('competition.publishConfirm')}
              onConfirm={async () => {
                const answer = await publish({ id: competition.id });
                const published = answer.data?.publishCompetitionResults;
                setError(
                  published && published.__typename !== 'Competition' ? published.message : null,
                );
                reexecute({ requestPolicy: 'network-only' });
              }}
            >
              <Button type="primary" loading={publishing.fetching} data-testid="publish-results">
                {t('competition.publish')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
        {error && <Alert type="error" showIcon message={error} />}
        <Tabs items={items} defaultActiveKey={labour ? 'leaderboard' : 'ranking'} />
      </Flex>
    </Card>
  );
}
