import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BulbOutlined,
  DownOutlined,
  EnvironmentOutlined,
  FlagOutlined,
  HeartOutlined,
  KeyOutlined,
  LockOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  TranslationOutlined,
  TrophyOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import {
  Avatar,
  Button,
  Dropdown,
  Flex,
  Layout,
  Menu,
  type MenuProps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { ChangePasswordModal } from '../session/change-password-modal';
import { loginPath } from '../session/redirect';
import { useSession, useViewer, type Viewer } from '../session/session-context';
import { type ModuleKey, moduleOfPath, visibleModules } from './modules';
import { brandRed } from './theme';

const { Header, Sider, Content } = Layout;

const moduleIcons: Record<ModuleKey, ReactNode> = {
  organizations: <ApartmentOutlined />,
  members: <TeamOutlined />,
  honors: <TrophyOutlined />,
  innovation: <BulbOutlined />,
  competitions: <FlagOutlined />,
  aid: <HeartOutlined />,
  report: <BarChartOutlined />,
  service: <EnvironmentOutlined />,
  staff: <UserSwitchOutlined />,
  'api-keys': <KeyOutlined />,
  'audit-log': <AuditOutlined />,
};

/** The modules this viewer's permissions allow, in two groups; modules without screens greyed. */
function useMenuItems(permissions: readonly string[]): MenuProps['items'] {
  const { t } = useI18n();
  const soon = (label: string) => (
    <Flex justify="space-between" align="center" gap={8}>
      <span>{label}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('nav.comingSoon')}
      </Typography.Text>
    </Flex>
  );
  const modules = visibleModules(permissions);
  const groups = [
    { key: 'business', label: t('nav.groupBusiness') },
    { key: 'system', label: t('nav.groupSystem') },
  ] as const;
  return groups
    .map((group) => ({
      type: 'group' as const,
      key: group.key,
      label: group.label,
      children: modules
        .filter((module) => module.group === group.key)
        .map((module) => ({
          key: module.key,
          icon: moduleIcons[module.key],
          label: module.ready ? t(module.labelKey) : soon(t(module.labelKey)),
          disabled: !module.ready,
        })),
    }))
    .filter((group) => group.children.length > 0);
}

function Brand() {
  const { t } = useI18n();
  return (
    <Flex align="center" gap={10}>
      <span
        aria-hidden
        style={{
          display: 'inline-flex',
          width: 30,
          height: 30,
          borderRadius: 6,
          background: brandRed,
          color: '#fff',
          alignItems: 'center',
          justifyContent: 'center',
          fontWeight: 700,
          fontSize: 16,
        }}
      >
        工
      </span>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 18, fontWeight: 600 }}>
        {t('app.title')}
      </Typography.Title>
    </Flex>
  );
}

/** The roles held, each with where it applies when that is not the home organisation. */
function RoleTags({ viewer }: { viewer: Viewer }) {
  const { t, label } = useI18n();
  return (
    <Flex gap={4} wrap="wrap" data-testid="viewer-roles">
      {viewer.roles.map((assignment) => {
        const role = label('roles', assignment.role);
        const where = assignment.organization?.name ?? t('common.outsideScope');
        return (
          <Tooltip key={assignment.id} title={t('app.roleAt', { role, organization: where })}>
            <Tag color="red" variant="outlined" style={{ marginInlineEnd: 0 }}>
              {role}
            </Tag>
          </Tooltip>
        );
      })}
    </Flex>
  );
}

function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t, label } = useI18n();
  const { logout } = useSession();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      style: { cursor: 'default' },
      label: (
        <Flex vertical gap={2} style={{ maxWidth: 280, color: 'rgba(0,0,0,0.88)' }}>
          <Typography.Text strong>{viewer.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {viewer.username}
          </Typography.Text>
          {viewer.roles.map((assignment) => (
            <Typography.Text key={assignment.id} style={{ fontSize: 12 }}>
              <SafetyCertificateOutlined style={{ color: brandRed, marginInlineEnd: 4 }} />
              {t('app.roleAt', {
                role: label('roles', assignment.role),
                organization: assignment.organization?.name ?? t('common.outsideScope'),
              })}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <LockOutlined />, label: t('app.changePassword') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('app.logout'), danger: true },
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        // Inside the sticky header: a popup in <body> drifts against the header whenever the
        // page's scroll position changes (a screen loading), and a click lands on the wrong item.
        getPopupContainer={(trigger) => trigger.parentElement ?? document.body}
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'password') setChangingPassword(true);
            if (key === 'logout') void logout(() => navigate(loginPath, { replace: true }));
          },
        }}
      >
        <Button
          type="text"
          aria-label={t('app.userMenu')}
          data-testid="user-menu"
          style={{ height: 48, paddingInline: 8 }}
        >
          <Flex align="center" gap={10}>
            <Avatar size={32} style={{ background: brandRed, flex: 'none' }}>
              {viewer.displayName.slice(0, 1)}
            </Avatar>
            <Flex vertical align="flex-start" style={{ lineHeight: 1.3, minWidth: 0 }}>
              <Typography.Text strong data-testid="viewer-name">
                {viewer.displayName}
              </Typography.Text>
              <Typography.Text
                type="secondary"
                ellipsis
                style={{ fontSize: 12, maxWidth: 220 }}
                data-testid="viewer-organization"
              >
                {viewer.homeOrganization.name}
              </Typography.Text>
            </Flex>
            <DownOutlined style={{ fontSize: 10, color: '#8c8c8c' }} />
          </Flex>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}

export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const menuItems = useMenuItems(viewer.permissions);
  const selected = moduleOfPath(pathname)?.key ?? 'organizations';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 16,
          borderBottom: '1px solid #eceef2',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Brand />
        <Flex align="center" gap={12} style={{ minWidth: 0 }}>
          <RoleTags viewer={viewer} />
          <UserMenu viewer={viewer} />
          <Tooltip title={t('app.switchLanguageHint')}>
            <Button
              type="text"
              icon={<TranslationOutlined />}
              onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
            >
              {t('app.switchLanguage')}
            </Button>
          </Tooltip>
        </Flex>
      </Header>
      <Layout>
        <Sider
          width={200}
          breakpoint="lg"
          collapsedWidth={64}
          style={{
            borderRight: '1px solid #eceef2',
            position: 'sticky',
            top: 56,
            height: 'calc(100vh - 56px)',
            overflow: 'auto',
          }}
        >
          <nav aria-label={t('app.title')}>
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              items={menuItems}
              onClick={({ key }) => navigate(`/${key}`)}
              style={{ borderInlineEnd: 'none', paddingTop: 8 }}
            />
          </nav>
        </Sider>
        <Content style={{ padding: 20, minWidth: 0 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
