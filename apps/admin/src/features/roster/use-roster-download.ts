import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { type DownloadOutcome, downloadFailureKey, downloadFile } from './download';

/**
 * Downloads a gateway file and says how it went (a toast): 已下载 <file>, or 下载失败 with the
 * gateway's own words when it gave some. `busy` is the key of the download in progress.
 */
export function useRosterDownload() {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);

  const download = useCallback(
    async (key: string, url: string, fileName?: string): Promise<DownloadOutcome> => {
      setBusy(key);
      try {
        const outcome = await downloadFile(url, fileName);
        if (outcome.ok) {
          void message.success(t('roster.exported', { file: outcome.fileName }));
        } else {
          const reason = outcome.message ?? t(downloadFailureKey(outcome.status));
          void message.error(t('roster.downloadFailed', { reason }));
        }
        return outcome;
      } finally {
        setBusy(null);
      }
    },
    [message, t],
  );

  return { download, busy };
}
