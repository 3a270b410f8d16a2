import { LockOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { PageFallback } from '../app/page-fallback';
import { brandRed } from '../app/theme';
import { readFragment } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { describeTransportError } from '../shared/api-errors';
import { applyValidationError } from '../shared/apply-form-errors';
import { loginFailureText } from './login-failure';
import { redirectTargetOf } from './redirect';
import { useSession } from './session-context';
import { LoginMutation, ViewerFields } from './session-queries';

interface LoginValues {
  username: string;
  password: string;
}

/** /admin/login: username and password; afterwards, the page the visitor wanted. */
export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const { state, signIn } = useSession();
  const location = useLocation();
  const [form] = Form.useForm<LoginValues>();
  const [login, execute] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('login.pageTitle')} · ${t('app.title')}`;
  }, [t]);

  if (state.status === 'signedIn') {
    return <Navigate to={redirectTargetOf(location.search)} replace />;
  }
  if (state.status === 'checking') return <PageFallback fullScreen />;

  const onFinish = async (values: LoginValues) => {
    setFailure(null);
    const result = await execute({ username: values.username.trim(), password: values.password });
    const answer = result.data?.login;
    if (!answer) {
      setFailure(
        result.error ? t(describeTransportError(result.error).bodyKey) : t('error.serverBody'),
      );
      return;
    }
    switch (answer.__typename) {
      case 'Viewer':
        signIn(readFragment(ViewerFields, answer));
        return;
      case 'LoginFailedError': {
        const text = loginFailureText(answer, new Date(), locale);
        setFailure('key' in text ? t(text.key, text.params) : text.text);
        form.setFieldValue('password', '');
        return;
      }
      case 'ValidationError': {
        const general = applyValidationError(form, answer, ['username', 'password']);
        if (general.length > 0) setFailure(general.join('；'));
        return;
      }
    }
  };

  const notice =
    state.status === 'signedOut' && state.reason === 'loggedOut'
      ? ({ type: 'success', text: t('app.loggedOut') } as const)
      : state.status === 'signedOut' && state.reason === 'expired'
        ? ({ type: 'warning', text: t('app.sessionExpired') } as const)
        : null;

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: '48px 16px',
        background: 'linear-gradient(180deg, #fbeeee 0%, #f5f6f8 45%)',
      }}
    >
      <Button
        type="text"
        icon={<TranslationOutlined />}
        onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        style={{ position: 'absolute', top: 16, right: 24 }}
      >
        {t('app.switchLanguage')}
      </Button>
      <Flex vertical align="center" gap={12} style={{ marginBottom: 24 }}>
        <span
          aria-hidden
          style={{
            display: 'inline-flex',
            width: 48,
            height: 48,
            borderRadius: 10,
            background: brandRed,
            color: '#fff',
            alignItems: 'center',
            justifyContent: 'center',
            fontWeight: 700,
            fontSize: 26,
          }}
        >
          工
        </span>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {t('app.title')}
        </Typography.Title>
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: 32 } }}>
        <Flex vertical gap={20}>
          <div>
            <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
              {t('login.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
          {failure ? (
            <Alert type="error" showIcon title={failure} role="alert" data-testid="login-error" />
          ) : notice ? (
            <Alert type={notice.type} showIcon title={notice.text} />
          ) : null}
          <Form<LoginValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={onFinish}
            onValuesChange={() => setFailure(null)}
            disabled={login.fetching}
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                size="large"
                prefix={<UserOutlined />}
                placeholder={t('login.usernamePlaceholder')}
                autoComplete="username"
                autoCapitalize="off"
                spellCheck={false}
                autoFocus
                maxLength={64}
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                size="large"
                prefix={<LockOutlined />}
                placeholder={t('login.passwordPlaceholder')}
                autoComplete="current-password"
                maxLength={256}
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={login.fetching}
              style={{ marginTop: 4 }}
            >
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('login.forgotHint')}
          </Typography.Text>
        </Flex>
      </Card>
      <Typography.Text
        type="secondary"
        style={{ fontSize: 12, marginTop: 24, maxWidth: 400, textAlign: 'center' }}
      >
        {t('login.security')}
      </Typography.Text>
    </Flex>
  );
}
