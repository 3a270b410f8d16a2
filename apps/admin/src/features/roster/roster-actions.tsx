import {
  CloudUploadOutlined,
  DownloadOutlined,
  DownOutlined,
  EyeOutlined,
  FileExcelOutlined,
} from '@ant-design/icons';
import { isGrassrootsLevelKind, isOrgKind } from '@gonghui/domain';
import { App, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { ExportFullRosterModal } from './export-full-roster-modal';
import { ImportRosterDrawer } from './import-roster-drawer';
import {
  dateStamp,
  rosterExportFileName,
  rosterExportUrl,
  rosterTemplateUrl,
} from './roster-files';
import { RosterOrganizationQuery } from './roster-queries';
import { useRosterDownload } from './use-roster-download';
import { useRosterFileWords } from './use-roster-file-words';

/**
 * 导入名册 / 导出名册 / 下载模板 for the member section of one union, each shown by permission:
 * importing needs MEMBER_WRITE and a grassroots-level union (the only kind that holds members;
 * the gateway decides, and its refusal is shown as it words it), exporting MEMBER_EXPORT, the full
 * export MEMBER_REVEAL_IDENTITY and a logged reason.
 */
export function RosterActions({
  organizationId,
  onImported,
}: {
  organizationId: string;
  /** Called when an import has added members, so the list can be loaded again. */
  onImported: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const words = useRosterFileWords();
  const { download, busy } = useRosterDownload();
  const [importing, setImporting] = useState(false);
  const [exportingFull, setExportingFull] = useState(false);
  const [result] = useQuery({ query: RosterOrganizationQuery, variables: { id: organizationId } });

  const found = result.data?.organization;
  const organization = found?.__typename === 'Organization' ? found : null;
  if (!organization) return null;

  const canWrite = hasPermission(viewer.permissions, 'MEMBER_WRITE');
  const canImport =
    canWrite &&
    organization.dissolvedOn === null &&
    isOrgKind(organization.kind) &&
    isGrassrootsLevelKind(organization.kind);
  const canExport = hasPermission(viewer.permissions, 'MEMBER_EXPORT');
  const canExportFull = canExport && hasPermission(viewer.permissions, 'MEMBER_REVEAL_IDENTITY');
  const fileName = (full: boolean) =>
    rosterExportFileName(organization.name, dateStamp(new Date()), words, full);

  const exportButton = (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={busy === 'export'}
      onClick={() => void download('export', rosterExportUrl(organization.id), fileName(false))}
      data-testid="roster-export"
    >
      {t('roster.export')}
    </Button>
  );

  return (
    <Space size={8} wrap data-testid="roster-actions">
      {canImport ? (
        <Button
          size="small"
          type="primary"
          icon={<CloudUploadOutlined />}
          onClick={() => setImporting(true)}
          data-testid="roster-import"
        >
          {t('roster.import')}
        </Button>
      ) : null}
      {canExport ? (
        canExportFull ? (
          <Space.Compact size="small">
            {exportButton}
            <Dropdown
              trigger={['click']}
              placement="bottomRight"
              menu={{
                items: [{ key: 'full', icon: <EyeOutlined />, label: t('roster.exportFull') }],
                onClick: () => setExportingFull(true),
              }}
            >
              <Button size="small" icon={<DownOutlined />} aria-label={t('roster.exportFull')} />
            </Dropdown>
          </Space.Compact>
        ) : (
          exportButton
        )
      ) : null}
      {canWrite ? (
        <Button
          size="small"
          type="link"
          icon={<FileExcelOutlined />}
          loading={busy === 'template'}
          onClick={() => void download('template', rosterTemplateUrl, t('roster.templateFileName'))}
          data-testid="roster-template"
        >
          {t('roster.template')}
        </Button>
      ) : null}
      {canImport ? (
        <ImportRosterDrawer
          open={importing}
          organization={organization}
          onClose={() => setImporting(false)}
          onImported={onImported}
        />
      ) : null}
      {canExportFull ? (
        <ExportFullRosterModal
          open={exportingFull}
          unionName={organization.name}
          url={(reason) => rosterExportUrl(organization.id, reason)}
          fileName={fileName(true)}
          onClose={() => setExportingFull(false)}
          onDownloaded={(file) => void message.success(t('roster.exported', { file }))}
        />
      ) : null}
    </Space>
  );
}
