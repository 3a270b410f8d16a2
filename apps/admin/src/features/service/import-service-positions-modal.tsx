import { InboxOutlined } from '@ant-design/icons';
import { Alert, Form, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { OrganizationPicker } from '../organization/organization-picker';
import { importHeaders } from './service-display';
import { ImportServicePositionsMutation } from './service-queries';

type Answer = ResultOf<typeof ImportServicePositionsMutation>['importServicePositions'];
type Outcome = Extract<Answer, { __typename: 'ServicePositionImport' }>;

/**
 * 导入服务阵地台账: an .xlsx with the columns listed (matched by header, any order) into a union
 * the viewer manages. The gateway writes every good row and answers with each bad row's problems.
 */
export function ImportServicePositionsModal({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [organizationId, setOrganizationId] = useState<string | undefined>(
    viewer.homeOrganization.id,
  );
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [state, execute] = useMutation(ImportServicePositionsMutation);

  const start = async () => {
    if (!file || !organizationId) return;
    setProblem(null);
    const result = await execute(
      { organizationId, file },
      { additionalTypenames: ['ServicePosition'] },
    );
    const answer = result.data?.importServicePositions;
    if (!answer) {
      setProblem(t(noAnswerMessageKey(result.error)));
      return;
    }
    if (answer.__typename === 'ServicePositionImport') {
      setOutcome(answer);
      if (answer.imported > 0) onImported();
      return;
    }
    setProblem(answer.message);
  };

  return (
    <Modal
      open
      title={t('service.import.title')}
      okText={outcome ? t('service.import.again') : t('service.import.start')}
      cancelText={t('common.close')}
      okButtonProps={{ disabled: !outcome && (!file || !organizationId) }}
      onOk={() => {
        if (outcome) {
          setOutcome(null);
          setFile(null);
        } else {
          void start();
        }
      }}
      onCancel={onClose}
      confirmLoading={state.fetching}
      destroyOnHidden
      width={760}
    >
      {outcome ? (
        <div data-testid="service-import-outcome">
          <Alert
            type={outcome.failed > 0 ? 'warning' : 'success'}
            showIcon
            title={t('service.import.summary', {
              total: outcome.totalRows,
              imported: outcome.imported,
              already: outcome.alreadyRegistered,
              failed: outcome.failed,
            })}
            style={{ marginBottom: 12 }}
          />
          {outcome.issues.length > 0 ? (
            <Table
              size="small"
              rowKey={(issue) => `${issue.rowNumber}-${issue.field}-${issue.rule}`}
              pagination={{ pageSize: 10 }}
              dataSource={outcome.issues}
              columns={[
                { key: 'row', title: t('service.import.row'), dataIndex: 'rowNumber', width: 70 },
                {
                  key: 'column',
                  title: t('service.import.column'),
                  dataIndex: 'column',
                  width: 120,
                },
                { key: 'message', title: t('service.import.reason'), dataIndex: 'message' },
              ]}
            />
          ) : null}
        </div>
      ) : (
        <Form layout="vertical" style={{ marginTop: 12 }}>
          {problem ? (
            <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />
          ) : null}
          <Form.Item label={t('service.field.organization')} required>
            <OrganizationPicker
              value={organizationId}
              onChange={setOrganizationId}
              knownNames={{ [viewer.homeOrganization.id]: viewer.homeOrganization.name }}
            />
          </Form.Item>
          <Form.Item label={t('service.import.file')} required>
            <Upload.Dragger
              accept=".xlsx"
              maxCount={1}
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done' as const }] : []}
              beforeUpload={(chosen) => {
                setFile(chosen);
                // Nothing is sent yet: 开始导入 sends it as a GraphQL multipart request.
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('service.import.drop')}</p>
            </Upload.Dragger>
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('service.import.columns', { columns: importHeaders.join('、') })}
          </Typography.Paragraph>
        </Form>
      )}
    </Modal>
  );
}
