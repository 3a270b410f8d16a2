import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { Permission } from '../graphql';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { LoginPage } from '../session/login-page';
import { ForbiddenResult, RequirePermission, RequireSession } from '../session/require-session';
import { SessionProvider, useViewer } from '../session/session-context';
import { AppLayout } from './app-layout';
import { startPath } from './modules';
import { NotFoundPage } from './not-found-page';
import { PageFallback } from './page-fallback';
import { theme } from './theme';

/*
 * Routing: react-router 7 (declarative mode). Every module is a lazy route under one layout,
 * with real paths so that a reload or a shared link (/admin/organizations/:id) opens the same
 * screen; the gateway's SPA fallback serves index.html for every /admin/* path. Everything but
 * /admin/login needs a session (RequireSession), and each module the permission it is about.
 */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, () => ReactNode>>,
  name: Name,
): ComponentType {
  return lazy(async () => {
    const page: () => ReactNode = (await load())[name];
    return { default: page };
  });
}

const OrganizationPage = lazyPage(
  () => import('../features/organization/organization-page'),
  'OrganizationPage',
);
const MembersPage = lazyPage(() => import('../features/members/members-page'), 'MembersPage');
const MemberDetailPage = lazyPage(
  () => import('../features/members/member-detail-page'),
  'MemberDetailPage',
);
const CampaignsPage = lazyPage(() => import('../features/honor/campaigns-page'), 'CampaignsPage');
const CompetitionsPage = lazyPage(
  () => import('../features/competition/competitions-page'),
  'CompetitionsPage',
);
const CompetitionPage = lazyPage(
  () => import('../features/competition/competition-page'),
  'CompetitionPage',
);
const JudgeScoringPage = lazyPage(
  () => import('../features/competition/judge-scoring-page'),
  'JudgeScoringPage',
);
const AwardsPage = lazyPage(() => import('../features/honor/awards-page'), 'AwardsPage');
const CampaignPage = lazyPage(() => import('../features/honor/campaign-page'), 'CampaignPage');
const NominationPage = lazyPage(
  () => import('../features/honor/nomination-page'),
  'NominationPage',
);
const ServicePositionsPage = lazyPage(
  () => import('../features/service/service-positions-page'),
  'ServicePositionsPage',
);
const StudiosPage = lazyPage(() => import('../features/innovation/studios-page'), 'StudiosPage');
const StudioPage = lazyPage(() => import('../features/innovation/studio-page'), 'StudioPage');
const ConversionBoard = lazyPage(
  () => import('../features/innovation/conversion-board'),
  'ConversionBoard',
);
const NetworkPage = lazyPage(() => import('../features/innovation/network-page'), 'NetworkPage');
const DashboardPage = lazyPage(() => import('../features/report/dashboard-page'), 'DashboardPage');
const ReportPrintPage = lazyPage(
  () => import('../features/report/report-print-page'),
  'ReportPrintPage',
);
const StaffPage = lazyPage(() => import('../features/staff/staff-page'), 'StaffPage');
const ApiKeysPage = lazyPage(() => import('../features/api-keys/api-keys-page'), 'ApiKeysPage');
const HardshipFilesPage = lazyPage(
  () => import('../features/aid/hardship-files-page'),
  'HardshipFilesPage',
);
const HardshipNewFilePage = lazyPage(
  () => import('../features/aid/hardship-new-file-page'),
  'HardshipNewFilePage',
);
const HardshipFilePage = lazyPage(
  () => import('../features/aid/hardship-file-page'),
  'HardshipFilePage',
);
const HardshipFileActionPage = lazyPage(
  () => import('../features/aid/hardship-file-action-page'),
  'HardshipFileActionPage',
);
const RuleSetsPage = lazyPage(() => import('../features/aid/rule-sets-page'), 'RuleSetsPage');
const AidApplicationsPage = lazyPage(
  () => import('../features/aid/applications-page'),
  'AidApplicationsPage',
);
const AidApplicationReviewPage = lazyPage(
  () => import('../features/aid/application-review-page'),
  'AidApplicationReviewPage',
);
const AidBudgetLedgerPage = lazyPage(
  () => import('../features/aid/budget-ledger-page'),
  'AidBudgetLedgerPage',
);
const AuditLogPage = lazyPage(() => import('../features/audit/audit-log-page'), 'AuditLogPage');

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

function ModuleRoute({ permission, page: Page }: { permission: Permission; page: ComponentType }) {
  return (
    <RequirePermission permission={permission}>
      <Suspense fallback={<PageFallback />}>
        <Page />
      </Suspense>
    </RequirePermission>
  );
}

/** `/`: the first module this viewer may open. */
function StartRedirect() {
  const viewer = useViewer();
  const { t } = useI18n();
  const path = startPath(viewer.permissions);
  return path ? <Navigate to={path} replace /> : <ForbiddenResult body={t('app.noModulesBody')} />;
}

export function App() {
  return (
    <I18nProvider>
      <AntdProviders>
        <SessionProvider>
          <BrowserRouter basename="/admin">
            <Routes>
              <Route path="login" element={<LoginPage />} />
              <Route element={<RequireSession />}>
                <Route
                  path="report/print"
                  element={<ModuleRoute permission="REPORT_READ" page={ReportPrintPage} />}
                />
                <Route element={<AppLayout />}>
                  <Route index element={<StartRedirect />} />
                  <Route
                    path="organizations/:id?"
                    element={<ModuleRoute permission="ORGANIZATION_READ" page={OrganizationPage} />}
                  />
                  <Route
                    path="members"
                    element={<ModuleRoute permission="MEMBER_READ" page={MembersPage} />}
                  />
                  <Route
                    path="members/:id"
                    element={<ModuleRoute permission="MEMBER_READ" page={MemberDetailPage} />}
                  />
                  <Route
                    path="honors"
                    element={<ModuleRoute permission="HONOR_READ" page={CampaignsPage} />}
                  />
                  <Route
                    path="honors/awards"
                    element={<ModuleRoute permission="HONOR_READ" page={AwardsPage} />}
                  />
                  <Route
                    path="honors/campaigns/:id"
                    element={<ModuleRoute permission="HONOR_READ" page={CampaignPage} />}
                  />
                  <Route
                    path="honors/nominations/:id"
                    element={<ModuleRoute permission="HONOR_READ" page={NominationPage} />}
                  />
                  <Route
                    path="competitions"
                    element={<ModuleRoute permission="COMPETITION_READ" page={CompetitionsPage} />}
                  />
                  <Route
                    path="competitions/scoring/:stageId"
                    element={<ModuleRoute permission="COMPETITION_JUDGE" page={JudgeScoringPage} />}
                  />
                  <Route
                    path="competitions/:id"
                    element={<ModuleRoute permission="COMPETITION_READ" page={CompetitionPage} />}
                  />
                  <Route
                    path="innovation"
                    element={<ModuleRoute permission="INNOVATION_READ" page={StudiosPage} />}
                  />
                  <Route
                    path="innovation/studios/:id"
                    element={<ModuleRoute permission="INNOVATION_READ" page={StudioPage} />}
                  />
                  <Route
                    path="innovation/results"
                    element={<ModuleRoute permission="INNOVATION_READ" page={ConversionBoard} />}
                  />
                  <Route
                    path="innovation/network"
                    element={<ModuleRoute permission="INNOVATION_READ" page={NetworkPage} />}
                  />
                  <Route
                    path="report"
                    element={<ModuleRoute permission="REPORT_READ" page={DashboardPage} />}
                  />
                  <Route
                    path="service"
                    element={<ModuleRoute permission="SERVICE_READ" page={ServicePositionsPage} />}
                  />
                  <Route
                    path="staff"
                    element={<ModuleRoute permission="STAFF_MANAGE" page={StaffPage} />}
                  />
                  <Route
                    path="api-keys"
                    element={<ModuleRoute permission="API_KEY_MANAGE" page={ApiKeysPage} />}
                  />
                  <Route
                    path="audit-log"
                    element={<ModuleRoute permission="AUDIT_READ" page={AuditLogPage} />}
                  />
                  <Route path="aid" element={<Navigate to="/aid/hardship" replace />} />
                  <Route
                    path="aid/hardship"
                    element={<ModuleRoute permission="AID_READ" page={HardshipFilesPage} />}
                  />
                  <Route
                    path="aid/hardship/new"
                    element={<ModuleRoute permission="AID_PROCESS" page={HardshipNewFilePage} />}
                  />
                  <Route
                    path="aid/hardship/:id"
                    element={<ModuleRoute permission="AID_READ" page={HardshipFilePage} />}
                  />
                  <Route
                    path="aid/hardship/:id/:action"
                    element={<ModuleRoute permission="AID_PROCESS" page={HardshipFileActionPage} />}
                  />
                  <Route
                    path="aid/rules"
                    element={<ModuleRoute permission="AID_READ" page={RuleSetsPage} />}
                  />
                  <Route
                    path="aid/applications"
                    element={<ModuleRoute permission="AID_READ" page={AidApplicationsPage} />}
                  />
                  <Route
                    path="aid/applications/:id"
                    element={<ModuleRoute permission="AID_READ" page={AidApplicationReviewPage} />}
                  />
                  <Route
                    path="aid/budgets"
                    element={<ModuleRoute permission="AID_READ" page={AidBudgetLedgerPage} />}
                  />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </AntdProviders>
    </I18nProvider>
  );
}
