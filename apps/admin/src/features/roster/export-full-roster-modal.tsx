import { AuditOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { revealReasonLength, revealReasonProblem } from '../members/reveal-reason';
import { downloadFailureKey, downloadFile } from './download';

/**
 * 导出完整信息: the roster with full ID numbers and phones. The reason is asked first and
 * checked inline by the domain's rule (the gateway checks it again and logs it with the export);
 * a refusal stays in the dialog with the gateway's words.
 */
export function ExportFullRosterModal({
  open,
  unionName,
  url,
  fileName,
  onClose,
  onDownloaded,
}: {
  open: boolean;
  unionName: string;
  /** The download address for a reason. */
  url: (reason: string) => string;
  fileName: string;
  onClose: () => void;
  onDownloaded: (fileName: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setFailure(null);
    onClose();
  };

  const submit = async ({ reason }: { reason: string }) => {
    setFailure(null);
    setBusy(true);
    try {
      const outcome = await downloadFile(url(reason.trim()), fileName);
      if (outcome.ok) {
        onDownloaded(outcome.fileName);
        close();
        return;
      }
      setFailure(
        t('roster.downloadFailed', {
          reason: outcome.message ?? t(downloadFailureKey(outcome.status)),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('roster.exportFullTitle', { name: unionName })}
      onCancel={close}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          icon={<DownloadOutlined />}
          loading={busy}
          onClick={() => form.submit()}
        >
          {t('roster.exportFullSubmit')}
        </Button>,
      ]}
    >
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        preserve={false}
      >
        <Alert
          type="warning"
          showIcon
          icon={<AuditOutlined />}
          title={t('roster.exportFullNotice')}
          style={{ margin: '12px 0 16px' }}
        />
        {failure ? (
          <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="reason"
          label={t('member.reason')}
          extra={t('member.reasonHint')}
          rules={[
            {
              validator: (_rule, value: string | undefined) => {
                const problem = revealReasonProblem(value);
                return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
              },
            },
          ]}
        >
          <Input.TextArea
            autoFocus
            rows={3}
            showCount
            maxLength={revealReasonLength.max}
            placeholder={t('roster.exportFullPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
