import { Alert, Button, Result } from 'antd';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n-context';
import { describeTransportError, presentTypedError } from './api-errors';

/** A typed schema error (NotFoundError, ValidationError, …) with its Chinese message. */
export function TypedErrorResult({ typename, message }: { typename: string; message: string }) {
  const { t } = useI18n();
  const presentation = presentTypedError(typename);
  return (
    <Result status={presentation.status} title={t(presentation.titleKey)} subTitle={message} />
  );
}

/** The API could not be reached, or failed unexpectedly. */
export function TransportErrorResult({
  error,
  onRetry,
}: {
  error: CombinedError;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  const failure = describeTransportError(error);
  return (
    <Result
      status="error"
      title={t(failure.titleKey)}
      subTitle={t(failure.bodyKey)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** The compact form, inside a panel. */
export function TransportErrorAlert({
  error,
  onRetry,
}: {
  error: CombinedError;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  const failure = describeTransportError(error);
  return (
    <Alert
      type="error"
      showIcon
      title={t(failure.titleKey)}
      description={t(failure.bodyKey)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
