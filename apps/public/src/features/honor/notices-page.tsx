import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { LoadingRows, TransportError } from '../organization/feedback';
import { objectionMaxLength, objectionMinLength, objectionTextState } from './format';
import { type ObjectionAnswer, type ObjectionOutcome, objectionOutcome } from './objection-result';
import { usePageMeta } from './page-meta';
import { PublicNoticesQuery, SubmitObjectionMutation } from './queries';
import { PageIntro, useLevelLabel } from './ui';

export const noticesPageSize = 10;

type NoticesAnswer = ResultOf<typeof PublicNoticesQuery>['publicNotices'];
type Notice = Extract<
  NoticesAnswer,
  { __typename: 'QueryPublicNoticesSuccess' }
>['data']['edges'][number]['node'];

/** 评选公示: the nominees under notice, each with its end date and an objection form. */
export function NoticesPage() {
  const { t } = useI18n();
  usePageMeta(`${t('honor.notices.title')} · ${t('site.name')}`, t('honor.notices.description'));
  const [cursors, setCursors] = useState<(string | null)[]>([null]);

  return (
    <>
      <PageIntro title={t('honor.notices.title')} intro={t('honor.notices.intro')} />
      <ul className="notice-list" data-testid="notice-list">
        {cursors.map((after, index) => (
          <NoticesChunk
            key={after ?? 'first'}
            after={after}
            isFirst={index === 0}
            isLast={index === cursors.length - 1}
            onLoadMore={(endCursor) =>
              setCursors((current) =>
                current.includes(endCursor) ? current : [...current, endCursor],
              )
            }
          />
        ))}
      </ul>
    </>
  );
}

function NoticesChunk({
  after,
  isFirst,
  isLast,
  onLoadMore,
}: {
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  onLoadMore: (endCursor: string) => void;
}) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({
    query: PublicNoticesQuery,
    variables: { first: noticesPageSize, after },
  });
  const answer = result.data?.publicNotices;
  if (result.error && !answer) {
    return (
      <li>
        <TransportError
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  }
  if (!answer) {
    return (
      <li className="card">
        <LoadingRows rows={3} />
      </li>
    );
  }
  if (answer.__typename !== 'QueryPublicNoticesSuccess') {
    return (
      <li className="error-box" role="alert">
        <p className="error-title">{t('honor.error.loadTitle')}</p>
        <p className="error-body">{'message' in answer ? answer.message : ''}</p>
      </li>
    );
  }
  const { edges, pageInfo } = answer.data;
  if (isFirst && edges.length === 0) {
    return (
      <li className="card empty-state" data-testid="notices-empty">
        <p className="empty">{t('honor.notices.empty')}</p>
      </li>
    );
  }
  return (
    <>
      {edges.map(({ node }) => (
        <NoticeItem key={node.id} notice={node} />
      ))}
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <li className="list-footer">
          <button
            type="button"
            className="button"
            onClick={() => pageInfo.endCursor && onLoadMore(pageInfo.endCursor)}
          >
            {t('honor.loadMore')}
          </button>
        </li>
      ) : null}
    </>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const { t, formatDate } = useI18n();
  const levelLabel = useLevelLabel();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <li className="card notice" aria-labelledby={headingId} data-testid="notice">
      <div className="notice-head">
        <h2 id={headingId} className="notice-name">
          {notice.name}
        </h2>
        <span className="notice-ends">
          {t('honor.notices.endsOn', { date: formatDate(notice.noticeEndsOn) })}
        </span>
      </div>
      <p className="notice-title">
        {notice.level ? <span className="kind-badge">{levelLabel(notice.level)}</span> : null}{' '}
        {notice.titleName}
      </p>
      <p className="notice-employer">{notice.employerName}</p>
      <dl className="notice-facts">
        <div>
          <dt>{t('honor.notices.campaign')}</dt>
          <dd>{notice.campaignName}</dd>
        </div>
        <div>
          <dt>{t('honor.notices.nominatedBy')}</dt>
          <dd>{notice.nominatingUnionName}</dd>
        </div>
        <div>
          <dt>{t('honor.notices.organizer')}</dt>
          <dd>{notice.organizerName}</dd>
        </div>
      </dl>
      <p className="notice-period">
        {t('honor.notices.period', {
          start: formatDate(notice.noticeStartsOn),
          end: formatDate(notice.noticeEndsOn),
        })}
      </p>
      <details className="notice-citation">
        <summary>{t('honor.notices.citation')}</summary>
        <p className="story-text">{notice.citation}</p>
      </details>
      {open ? (
        <ObjectionForm notice={notice} onCancel={() => setOpen(false)} />
      ) : (
        <p className="card-actions">
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('honor.notices.object')}
          </button>
        </p>
      )}
    </li>
  );
}

function ObjectionForm({ notice, onCancel }: { notice: Notice; onCancel: () => void }) {
  const { t, formatDate } = useI18n();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [outcome, setOutcome] = useState<ObjectionOutcome | null>(null);
  const [transportError, setTransportError] = useState<
    Parameters<typeof TransportError>[0]['error'] | null
  >(null);
  const [state, submitObjection] = useMutation(SubmitObjectionMutation);
  const textState = objectionTextState(text);
  const localError = touched
    ? textState.tooShort
      ? t('honor.objection.tooShort', { min: objectionMinLength })
      : textState.tooLong
        ? t('honor.objection.tooLong', { max: objectionMaxLength })
        : null
    : null;

  if (outcome?.kind === 'received') {
    return (
      <div className="notice-form-result success" role="status" data-testid="objection-received">
        <p className="result-title">{t('honor.objection.successTitle')}</p>
        <p>
          {t('honor.objection.successBody', {
            received: formatDate(outcome.receivedOn),
            ends: formatDate(outcome.noticeEndsOn),
          })}
        </p>
      </div>
    );
  }

  return (
    <form
      className="objection-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setTouched(true);
        if (textState.tooShort || textState.tooLong) return;
        setOutcome(null);
        setTransportError(null);
        const result = await submitObjection({ nominationId: notice.id, text: text.trim() });
        const answer = result.data?.submitObjection;
        if (answer) setOutcome(objectionOutcome(answer as ObjectionAnswer));
        else if (result.error) setTransportError(result.error);
      }}
    >
      <h3 className="objection-heading">{t('honor.objection.heading', { name: notice.name })}</h3>
      <label htmlFor={fieldId}>{t('honor.objection.label')}</label>
      <textarea
        id={fieldId}
        rows={5}
        value={text}
        maxLength={objectionMaxLength + 200}
        aria-describedby={`${fieldId}-hint ${fieldId}-count${localError ? ` ${fieldId}-error` : ''}`}
        aria-invalid={localError ? true : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => text && setTouched(true)}
      />
      <div className="objection-meta">
        <span id={`${fieldId}-hint`} className="field-hint">
          {t('honor.objection.hint', { min: objectionMinLength, max: objectionMaxLength })}
        </span>
        <span
          id={`${fieldId}-count`}
          className={`field-count numeric${textState.tooLong ? ' over' : ''}`}
          aria-live="polite"
          data-testid="objection-count"
        >
          {t('honor.objection.count', { count: textState.length, max: objectionMaxLength })}
        </span>
      </div>
      {localError ? (
        <p id={`${fieldId}-error`} className="field-error" role="alert">
          {localError}
        </p>
      ) : null}
      {outcome ? <OutcomeMessage outcome={outcome} /> : null}
      {transportError ? <TransportError error={transportError} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-solid" disabled={state.fetching}>
          {state.fetching ? t('honor.objection.submitting') : t('honor.objection.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('honor.objection.cancel')}
        </button>
      </div>
    </form>
  );
}

function OutcomeMessage({ outcome }: { outcome: Exclude<ObjectionOutcome, { kind: 'received' }> }) {
  const { t } = useI18n();
  const [title, body] =
    outcome.kind === 'rateLimited'
      ? [
          t('honor.objection.rateLimitedTitle'),
          t('honor.objection.rateLimitedBody', { detail: outcome.detail }),
        ]
      : outcome.kind === 'closed'
        ? [t('honor.objection.closedTitle'), t('honor.objection.closedBody')]
        : [t('honor.objection.failedTitle'), outcome.detail];
  return (
    <div
      className={`notice-form-result ${outcome.kind}`}
      role="alert"
      data-testid="objection-error"
    >
      <p className="result-title">{title}</p>
      <p>{body}</p>
    </div>
  );
}
