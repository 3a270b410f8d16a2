import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { transportFailure, typedErrorTitle } from './api-errors';

export function LoadingRows({ rows = 3 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div className="loading-rows" role="status" aria-label={t('common.loading')}>
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={index} className="skeleton-row" />
      ))}
    </div>
  );
}

export function ErrorBox({
  title,
  body,
  onRetry,
}: {
  title: string;
  body: string;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="error-box" role="alert">
      <p className="error-title">{title}</p>
      <p className="error-body">{body}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function TransportError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useI18n();
  const failure = transportFailure(error);
  return <ErrorBox title={t(failure.title)} body={t(failure.body)} onRetry={onRetry} />;
}

export function TypedError({ typename, message }: { typename: string; message: string }) {
  const { t } = useI18n();
  return <ErrorBox title={t(typedErrorTitle(typename))} body={message} />;
}
