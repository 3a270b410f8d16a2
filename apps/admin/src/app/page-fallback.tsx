import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n/i18n-context';

export function PageFallback({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex justify="center" align="center" style={{ minHeight: fullScreen ? '100vh' : 320 }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
