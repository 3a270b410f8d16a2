import { AuditOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { applyValidationError } from '../../shared/apply-form-errors';
import { RevealMemberIdentityMutation } from './member-queries';
import { revealReasonLength, revealReasonProblem } from './reveal-reason';

export interface RevealTarget {
  id: string;
  name: string;
}

interface Identity {
  idNumber: string;
  phone: string | null;
}

const mono = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 15,
};

/**
 * 查看完整信息: asks for the reason first (it goes to the audit log with who and when), then
 * shows the full ID number and phone. They live only in this modal's state: closing it
 * forgets them, and they are never written into the member list.
 */
export function RevealIdentityModal({
  member,
  onClose,
}: {
  member: RevealTarget | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [state, execute] = useMutation(RevealMemberIdentityMutation);
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setIdentity(null);
    setFailure(null);
    onClose();
  };

  const submit = async ({ reason }: { reason: string }) => {
    if (!member) return;
    setFailure(null);
    const result = await execute({ memberId: member.id, reason: reason.trim() });
    const answer = result.data?.revealMemberIdentity;
    if (!answer) {
      setFailure(t(noAnswerMessageKey(result.error)));
      return;
    }
    if (answer.__typename === 'MemberIdentity') {
      setIdentity({ idNumber: answer.idNumber, phone: answer.phone });
      return;
    }
    if (answer.__typename === 'ValidationError') {
      const rest = applyValidationError(form, answer, ['reason']);
      if (rest.length > 0) setFailure(rest.join('；'));
      return;
    }
    setFailure(answer.message);
  };

  const name = member?.name ?? '';
  return (
    <Modal
      open={member !== null}
      title={identity ? t('member.revealedTitle', { name }) : t('member.revealTitle', { name })}
      onCancel={close}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        identity
          ? [
              <Button key="close" type="primary" onClick={close}>
                {t('common.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
              <Button
                key="submit"
                type="primary"
                icon={<EyeOutlined />}
                loading={state.fetching}
                onClick={() => form.submit()}
              >
                {t('member.revealSubmit')}
              </Button>,
            ]
      }
    >
      {identity ? (
        <div data-testid="revealed-identity">
          <Alert
            type="info"
            showIcon
            icon={<AuditOutlined />}
            title={t('member.revealedLogged')}
            style={{ margin: '12px 0 16px' }}
          />
          <Descriptions
            bordered
            column={1}
            size="middle"
            styles={{ label: { width: 110 } }}
            items={[
              {
                key: 'idNumber',
                label: t('member.idNumber'),
                children: (
                  <Typography.Text style={mono} data-testid="revealed-id-number">
                    {identity.idNumber}
                  </Typography.Text>
                ),
              },
              {
                key: 'phone',
                label: t('member.phone'),
                children: (
                  <Typography.Text style={mono} data-testid="revealed-phone">
                    {identity.phone ?? t('common.empty')}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </div>
      ) : (
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
            title={t('member.revealNotice')}
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
              placeholder={t('member.reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
