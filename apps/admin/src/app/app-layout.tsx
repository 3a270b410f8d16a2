import {
  ApartmentOutlined,
  BulbOutlined,
  FlagOutlined,
  HeartOutlined,
  TeamOutlined,
  TranslationOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Button, Flex, Layout, Menu, type MenuProps, Tooltip, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { brandRed } from './theme';

const { Header, Sider, Content } = Layout;

/** The modules of the console; only 组织机构 has screens so far. */
function useMenuItems(): MenuProps['items'] {
  const { t } = useI18n();
  const soon = (label: string) => (
    <Flex justify="space-between" align="center" gap={8}>
      <span>{label}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('nav.comingSoon')}
      </Typography.Text>
    </Flex>
  );
  return [
    { key: 'organizations', icon: <ApartmentOutlined />, label: t('nav.organizations') },
    { key: 'members', icon: <TeamOutlined />, label: soon(t('nav.members')), disabled: true },
    { key: 'honors', icon: <TrophyOutlined />, label: soon(t('nav.honors')), disabled: true },
    {
      key: 'innovation',
      icon: <BulbOutlined />,
      label: soon(t('nav.innovation')),
      disabled: true,
    },
    {
      key: 'competitions',
      icon: <FlagOutlined />,
      label: soon(t('nav.competitions')),
      disabled: true,
    },
    { key: 'aid', icon: <HeartOutlined />, label: soon(t('nav.aid')), disabled: true },
  ];
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

export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const menuItems = useMenuItems();
  const selected = pathname.split('/')[1] || 'organizations';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderBottom: '1px solid #eceef2',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Brand />
        <Tooltip title={t('app.switchLanguageHint')}>
          <Button
            type="text"
            icon={<TranslationOutlined />}
            onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
          >
            {t('app.switchLanguage')}
          </Button>
        </Tooltip>
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
