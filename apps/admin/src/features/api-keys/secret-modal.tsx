import { WarningFilled } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import type { IssuedSecret } from './issue-api-key-modal';

/**
 * The new key, shown once: the gateway keeps only its hash. Closing needs a deliberate click
 * (no mask click, no Esc), and the secret is dropped from memory when it closes.
 */
export function SecretModal({
  issued,
  onClose,
}: {
  issued: IssuedSecret | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={issued !== null}
      title={t('apiKey.secretTitle', { name: issued?.name ?? '' })}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
      width={600}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('apiKey.secretDone')}
        </Button>
      }
    >
      {issued ? (
        <Flex vertical gap={16} style={{ marginTop: 12 }} data-testid="api-key-secret">
          <Alert
            type="warning"
            showIcon
            icon={<WarningFilled />}
            title={t('apiKey.secretWarning')}
            description={t('apiKey.secretWarningBody')}
          />
          <div>
            <Typography.Text type="secondary">{t('apiKey.secretLabel')}</Typography.Text>
            <Typography.Paragraph
              copyable={{
                text: issued.secret,
                tooltips: [t('apiKey.copy'), t('apiKey.copied')],
              }}
              data-testid="api-key-secret-value"
              style={{
                fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
                fontSize: 15,
                background: '#f6f7f9',
                border: '1px solid #eceef2',
                borderRadius: 6,
                padding: '10px 12px',
                margin: '4px 0 0',
                wordBreak: 'break-all',
              }}
            >
              {issued.secret}
            </Typography.Paragraph>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('apiKey.secretUsage')}
          </Typography.Text>
        </Flex>
      ) : null}
    </Modal>
  );
}
