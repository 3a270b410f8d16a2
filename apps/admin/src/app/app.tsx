import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { PageFallback } from './page-fallback';
import { theme } from './theme';
import { createUrqlClient } from './urql-client';

/*
 * Routing: react-router 7 (declarative mode). The console will grow a route per module
 * (members, honours, …) under one layout, each lazy-loaded, and needs real paths so that a
 * reload or a shared link (/admin/organizations/:id) opens the same screen; the gateway's
 * SPA fallback serves index.html for every /admin/* path.
 */
const OrganizationPage = lazy(() =>
  import('../features/organization/organization-page').then((module) => ({
    default: module.OrganizationPage,
  })),
);

function AntdProviders({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  useEffect(() => {
    dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function App() {
  const client = useMemo(() => createUrqlClient(), []);
  return (
    <I18nProvider>
      <AntdProviders>
        <UrqlProvider value={client}>
          <BrowserRouter basename="/admin">
            <Routes>
              <Route element={<AppLayout />}>
                <Route index element={<Navigate to="/organizations" replace />} />
                <Route
                  path="organizations/:id?"
                  element={
                    <Suspense fallback={<PageFallback />}>
                      <OrganizationPage />
                    </Suspense>
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </UrqlProvider>
      </AntdProviders>
    </I18nProvider>
  );
}
