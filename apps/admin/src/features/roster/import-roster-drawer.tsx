import { CloudUploadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Drawer, Flex, Steps, Table, Typography, Upload } from 'antd';
import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import type { FragmentOf } from '../../graphql';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { describeTransportError } from '../../shared/api-errors';
import { ImportProgress, type RosterImport } from './import-progress';
import { isXlsxFileName, rosterTemplateUrl } from './roster-files';
import { RosterImportHistory } from './roster-import-history';
import { ImportRosterMutation, type RosterImportFields } from './roster-queries';
import { useRosterDownload } from './use-roster-download';

/** The template's columns, in its order, with what goes in each. */
const templateColumns: { header: string; meaning: MessageKey }[] = [
  { header: '姓名', meaning: 'roster.column.name' },
  { header: '身份证号', meaning: 'roster.column.idNumber' },
  { header: '手机号', meaning: 'roster.column.phone' },
  { header: '入会日期', meaning: 'roster.column.joinedOn' },
  { header: '是否农民工', meaning: 'roster.column.migrantWorker' },
  { header: '新就业形态群体', meaning: 'roster.column.newEmployment' },
  { header: '工作单位', meaning: 'roster.column.employer' },
];

interface UploadFailure {
  message: string;
  details: string[];
}

/**
 * 导入名册, in three steps: choose the .xlsx (with the template and what each column takes),
 * follow the import as the gateway works through the rows, then the outcome with the refused
 * rows and their report. Below, the union's earlier imports. Closing the drawer while an import
 * runs does not stop it: it is in the list the next time.
 */
export function ImportRosterDrawer({
  open,
  organization,
  onClose,
  onImported,
}: {
  open: boolean;
  organization: { id: string; name: string };
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useI18n();
  const { download, busy } = useRosterDownload();
  const [file, setFile] = useState<File | null>(null);
  const [notXlsx, setNotXlsx] = useState(false);
  const [started, setStarted] = useState<{
    id: string;
    initial: FragmentOf<typeof RosterImportFields>;
  } | null>(null);
  const [finished, setFinished] = useState<string | null>(null);
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const [upload, execute] = useMutation(ImportRosterMutation);

  const restart = () => {
    setFile(null);
    setStarted(null);
    setFinished(null);
    setFailure(null);
    setNotXlsx(false);
  };

  const close = () => {
    // A running import carries on; the drawer opens on step 1 next time.
    if (!started || finished) restart();
    onClose();
  };

  const start = async () => {
    if (!file) return;
    setFailure(null);
    const result = await execute({ organizationId: organization.id, file });
    const answer = result.data?.importRoster;
    if (!answer) {
      const status = (result.error?.response as { status?: number } | undefined)?.status;
      setFailure({
        message:
          status === 413
            ? t('roster.fileTooLarge')
            : result.error
              ? t(describeTransportError(result.error).bodyKey)
              : t('error.serverBody'),
        details: [],
      });
      return;
    }
    if (answer.__typename === 'RosterImport') {
      setStarted({ id: answer.id, initial: answer });
      setHistoryKey((key) => key + 1);
      return;
    }
    setFailure({
      message: answer.message,
      details:
        answer.__typename === 'ValidationError'
          ? answer.issues.map((issue) => issue.message).filter((text) => text !== answer.message)
          : [],
    });
  };

  const onFinished = useCallback(
    (rosterImport: RosterImport) => {
      setFinished(rosterImport.status);
      setHistoryKey((key) => key + 1);
      if (rosterImport.status === 'SUCCEEDED' && rosterImport.importedRows > 0) onImported();
    },
    [onImported],
  );

  const step = started ? (finished ? 2 : 1) : 0;
  return (
    <Drawer
      open={open}
      onClose={close}
      size={760}
      destroyOnHidden={false}
      title={
        <Flex vertical>
          <span>{t('roster.importTitle')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            {t('roster.importSubtitle', { name: organization.name })}
          </Typography.Text>
        </Flex>
      }
      extra={
        <Button
          icon={<FileExcelOutlined />}
          loading={busy === 'template'}
          onClick={() => void download('template', rosterTemplateUrl, t('roster.templateFileName'))}
        >
          {t('roster.template')}
        </Button>
      }
      data-testid="roster-import-drawer"
    >
      <Flex vertical gap={20}>
        <Steps
          size="small"
          current={step}
          status={finished === 'FAILED' ? 'error' : finished ? 'finish' : 'process'}
          items={[
            { title: t('roster.step.choose') },
            { title: t('roster.step.import') },
            { title: t('roster.step.result') },
          ]}
        />
        {started ? (
          <>
            <ImportProgress
              key={started.id}
              importId={started.id}
              initial={started.initial}
              onFinished={onFinished}
            />
            {finished ? (
              <Flex justify="flex-end">
                <Button onClick={restart}>{t('roster.importAnother')}</Button>
              </Flex>
            ) : null}
          </>
        ) : (
          <Flex vertical gap={12}>
            {failure ? (
              <Alert
                type="error"
                showIcon
                title={failure.message}
                description={
                  failure.details.length > 0 ? (
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {failure.details.map((detail) => (
                        <li key={detail}>{detail}</li>
                      ))}
                    </ul>
                  ) : undefined
                }
                data-testid="roster-upload-failure"
              />
            ) : null}
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              maxCount={1}
              fileList={
                file ? [{ uid: 'roster', name: file.name, size: file.size, status: 'done' }] : []
              }
              beforeUpload={(chosen) => {
                const ok = isXlsxFileName(chosen.name);
                setNotXlsx(!ok);
                setFailure(null);
                if (ok) setFile(chosen);
                // Nothing is sent yet: 开始导入 sends it as a GraphQL multipart request.
                return ok ? false : Upload.LIST_IGNORE;
              }}
              onRemove={() => {
                setFile(null);
                return true;
              }}
              data-testid="roster-dropzone"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('roster.dropTitle')}</p>
              <p className="ant-upload-hint">{t('roster.dropHint')}</p>
            </Upload.Dragger>
            {notXlsx ? <Alert type="warning" showIcon title={t('roster.notXlsx')} /> : null}
            <Flex justify="flex-end">
              <Button
                type="primary"
                icon={<CloudUploadOutlined />}
                disabled={!file}
                loading={upload.fetching}
                onClick={() => void start()}
                data-testid="roster-start-import"
              >
                {upload.fetching && file
                  ? t('roster.uploading', { file: file.name })
                  : t('roster.startImport')}
              </Button>
            </Flex>
            <Typography.Text type="secondary">{t('roster.templateHint')}</Typography.Text>
            <Table
              rowKey="header"
              size="small"
              pagination={false}
              aria-label={t('roster.columnsTitle')}
              columns={[
                {
                  key: 'header',
                  title: t('roster.columnHeader'),
                  dataIndex: 'header',
                  width: 140,
                  render: (header: string) => <Typography.Text code>{header}</Typography.Text>,
                },
                {
                  key: 'meaning',
                  title: t('roster.columnMeaning'),
                  dataIndex: 'meaning',
                  render: (meaning: MessageKey) => t(meaning),
                },
              ]}
              dataSource={templateColumns}
            />
            <Typography.Text type="secondary">{t('roster.rowsKept')}</Typography.Text>
          </Flex>
        )}
        <Divider style={{ margin: 0 }} />
        <RosterImportHistory organizationId={organization.id} refreshKey={historyKey} />
      </Flex>
    </Drawer>
  );
}
