import { Alert, Button, Card, Flex, InputNumber, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { TransportErrorAlert } from '../../shared/error-views';
import { JudgeSheetQuery, SubmitMarksMutation } from './competition-queries';
import {
  enqueueMark,
  loadQueue,
  marksOfStage,
  type QueuedMark,
  removeAccepted,
  saveQueue,
} from './offline-marks';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * 裁判评分 (/admin/competitions/scoring/:stageId): a judge's sheet on a tablet at the venue — only
 * the aspects assigned to them, only their own marks; big inputs; each mark is queued in
 * localStorage first and sent at once when online, or when the network comes back.
 */
export function JudgeScoringPage() {
  const { t } = useI18n();
  const { stageId = '' } = useParams();
  const [sheet, refetch] = useQuery({ query: JudgeSheetQuery, variables: { stageId } });
  const [, submit] = useMutation(SubmitMarksMutation);
  const [queue, setQueue] = useState<QueuedMark[]>(() => {
    const store = storage();
    return store ? loadQueue(store) : [];
  });
  const [online, setOnline] = useState(() => navigator.onLine);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    document.title = `${t('competition.scoring.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  const persist = useCallback((next: QueuedMark[]) => {
    const store = storage();
    if (store) saveQueue(store, next);
    setQueue(next);
  }, []);

  const flush = useCallback(async () => {
    const store = storage();
    const current = store ? loadQueue(store) : queue;
    const pending = marksOfStage(current, stageId);
    // Offline, the marks wait in the queue: the 'online' event sends them.
    if (pending.length === 0 || sending || !navigator.onLine) return;
    setSending(true);
    const result = await submit({
      stageId,
      marks: pending.map(({ entryId, aspectCode, marks }) => ({ entryId, aspectCode, marks })),
    });
    setSending(false);
    const answer = result.data?.submitJudgeMarks;
    if (answer?.__typename === 'JudgeSheet') {
      setRefusal(null);
      persist(removeAccepted(store ? loadQueue(store) : current, pending));
      refetch({ requestPolicy: 'network-only' });
    } else if (answer) {
      // A refusal (closed stage, recusal …) will not change by resending: show it, drop it.
      setRefusal(answer.message);
      persist(removeAccepted(store ? loadQueue(store) : current, pending));
    }
    // No answer: the network is down; the marks stay queued.
  }, [persist, queue, refetch, sending, stageId, submit]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [flush]);

  // Queued marks (from an earlier visit, or just typed) are sent as soon as the sheet is loaded
  // and the device is online; the button sends again by hand.
  const loaded = sheet.data?.judgeSheet?.__typename === 'JudgeSheet';
  useEffect(() => {
    if (loaded && navigator.onLine) void flush();
  }, [loaded, flush]);

  const data = sheet.data?.judgeSheet;
  const stageQueue = useMemo(() => marksOfStage(queue, stageId), [queue, stageId]);

  if (sheet.error) return <TransportErrorAlert error={sheet.error} onRetry={() => refetch()} />;
  if (!data) return <Card loading />;
  if (data.__typename !== 'JudgeSheet') {
    return <Alert type="error" showIcon message={data.message} />;
  }
  const closed = data.state === 'CLOSED';

  const type = (entryId: string, aspectCode: string, value: number | null) => {
    if (value === null) return;
    persist(enqueueMark(queue, { stageId, entryId, aspectCode, marks: value }));
  };

  return (
    <Flex vertical gap={16} className="judge-scoring">
      <Link to="/competitions">{t('competition.list.back')}</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {data.competitionName} · {data.stageName}
      </Typography.Title>
      {!online && <Alert type="warning" showIcon message={t('competition.scoring.offline')} />}
      {closed && <Alert type="info" showIcon message={t('competition.scoring.closed')} />}
      {refusal && (
        <Alert
          type="error"
          showIcon
          message={t('competition.scoring.refused', { message: refusal })}
        />
      )}
      {stageQueue.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="pending-marks"
          message={t('competition.scoring.pendingCount', { count: stageQueue.length })}
          description={t('competition.scoring.queued')}
        />
      )}
      {data.rows.map((row) => (
        <Card
          key={row.entryId}
          data-testid={`score-row-${row.bibNumber}`}
          title={
            <Flex gap={12} align="center">
              <Tag style={{ fontSize: 20, padding: '4px 10px' }}>{row.bibNumber}</Tag>
              <span style={{ fontSize: 20 }}>{row.publicName}</span>
              <Typography.Text type="secondary">{row.employerName}</Typography.Text>
              {row.recused && <Tag color="orange">{t('competition.scoring.recused')}</Tag>}
            </Flex>
          }
        >
          <Flex gap={24} wrap>
            {data.aspects.map((aspect) => {
              const saved = row.marks.find((m) => m.aspectCode === aspect.code)?.marks ?? null;
              const queued = stageQueue.find(
                (q) => q.entryId === row.entryId && q.aspectCode === aspect.code,
              );
              return (
                <Flex key={aspect.code} vertical gap={4}>
                  <Typography.Text strong style={{ fontSize: 18 }}>
                    {aspect.name}{' '}
                    <Typography.Text type="secondary">
                      {t('competition.scoring.max', { max: aspect.maxMarks })}
                    </Typography.Text>
                  </Typography.Text>
                  <InputNumber
                    aria-label={`${row.bibNumber} ${aspect.name}`}
                    data-testid={`mark-${row.bibNumber}-${aspect.code}`}
                    size="large"
                    min={0}
                    max={aspect.maxMarks}
                    step={0.5}
                    precision={2}
                    disabled={closed || row.recused}
                    value={queued?.marks ?? saved}
                    onChange={(value) => type(row.entryId, aspect.code, value)}
                    style={{ width: 180, fontSize: 28, height: 64 }}
                    inputMode="decimal"
                  />
                  {saved !== null && !queued && (
                    <Tag color="green">{t('competition.scoring.saved')}</Tag>
                  )}
                </Flex>
              );
            })}
          </Flex>
        </Card>
      ))}
      {!closed && (
        <Button
          type="primary"
          size="large"
          style={{ height: 64, fontSize: 22 }}
          loading={sending}
          disabled={stageQueue.length === 0}
          onClick={() => void flush()}
          data-testid="submit-marks"
        >
          {t('competition.scoring.submit')}
        </Button>
      )}
    </Flex>
  );
}
