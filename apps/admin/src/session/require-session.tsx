import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { hasPermission } from '../app/modules';
import { PageFallback } from '../app/page-fallback';
import type { Permission } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { describeTransportError } from '../shared/api-errors';
import { loginLocationFor, loginPath } from './redirect';
import { useSession } from './session-context';

/** Every console route but the login page: without a session, go and sign in, then come back. */
export function RequireSession() {
  const { state, recheck } = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (state.status === 'checking') return <PageFallback fullScreen />;
  if (state.status === 'failed') {
    const failure = describeTransportError(state.error);
    return (
      <Result
        status="error"
        title={t('app.sessionCheckFailed')}
        subTitle={t(failure.bodyKey)}
        extra={
          <Button type="primary" onClick={recheck}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (state.status === 'signedOut') {
    // After 退出登录 the next person starts afresh; otherwise come back here after signing in.
    const target = state.reason === 'loggedOut' ? loginPath : loginLocationFor(location);
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}

/** 无权访问, for a module the viewer's roles do not include. */
export function ForbiddenResult({ body }: { body?: string }) {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t('app.forbiddenTitle')}
      subTitle={body ?? t('app.forbiddenBody')}
    />
  );
}

/** A module's screen, for viewers holding its permission somewhere. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const { viewer } = useSession();
  if (!viewer || !hasPermission(viewer.permissions, permission)) return <ForbiddenResult />;
  return children;
}
