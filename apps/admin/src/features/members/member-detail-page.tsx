import {
  ArrowLeftOutlined,
  EditOutlined,
  EyeOutlined,
  IdcardOutlined,
  SwapOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { countsAsMember } from '@gonghui/domain';
import {
  Button,
  Card,
  Descriptions,
  type DescriptionsProps,
  Flex,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TransportErrorResult } from '../../shared/error-views';
import { organizationPath } from '../organization/organization-paths';
import { ChangeStatusModal, type StatusTarget } from './change-status-modal';
import { type EditableMember, EditMemberModal } from './edit-member-modal';
import { memberStatusColors, monospace } from './member-display';
import { MemberHistory } from './member-history';
import { listSearchOf, membersPath } from './member-paths';
import { MemberDetailQuery } from './member-queries';
import { RevealIdentityModal, type RevealTarget } from './reveal-identity-modal';
import { TransferMemberModal, type TransferTarget } from './transfer-member-modal';

type MemberNode = Extract<
  NonNullable<ResultOf<typeof MemberDetailQuery>['node']>,
  { __typename: 'Member' }
>;

/**
 * 会员详情 (/admin/members/:id): the facts (ID number and phone masked), the union holding the
 * membership, the history, and the actions the viewer's permissions offer. The gateway checks
 * every action again where the member is.
 */
export function MemberDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useI18n();
  const location = useLocation();
  const [result, reexecute] = useQuery({
    query: MemberDetailQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const node = result.data?.node;
  const member = node?.__typename === 'Member' ? node : null;

  useEffect(() => {
    const parts = [t('members.pageTitle'), t('app.title')];
    if (member) parts.unshift(member.name);
    document.title = parts.join(' · ');
  }, [member, t]);

  const back = (
    <Link to={membersPath(listSearchOf(location.state))}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('memberDetail.back')}
      </Button>
    </Link>
  );

  if (result.error && !result.data) {
    return (
      <Flex vertical gap={12}>
        {back}
        <Card>
          <TransportErrorResult
            error={result.error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        </Card>
      </Flex>
    );
  }
  if (!result.data) {
    return (
      <Flex vertical gap={12}>
        {back}
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </Flex>
    );
  }
  if (!member) {
    // Outside the viewer's scopes answers exactly like a member that does not exist.
    return (
      <Flex vertical gap={12}>
        {back}
        <Card>
          <Result
            status="404"
            title={t('memberDetail.notFoundTitle')}
            subTitle={t('memberDetail.notFoundBody')}
          />
        </Card>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={16}>
      {back}
      <MemberDetail member={member} />
    </Flex>
  );
}

function MemberDetail({ member }: { member: MemberNode }) {
  const { t, label, formatDate } = useI18n();
  const viewer = useViewer();
  const canWrite = hasPermission(viewer.permissions, 'MEMBER_WRITE');
  const canReveal = hasPermission(viewer.permissions, 'MEMBER_REVEAL_IDENTITY');
  const [revealing, setRevealing] = useState<RevealTarget | null>(null);
  const [editing, setEditing] = useState<EditableMember | null>(null);
  const [changing, setChanging] = useState<StatusTarget | null>(null);
  const [transferring, setTransferring] = useState<TransferTarget | null>(null);
  const empty = t('common.empty');

  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('member.field.name'), children: member.name },
    { key: 'sex', label: t('member.field.sex'), children: label('sexes', member.sex) },
    {
      key: 'idNumber',
      label: t('member.field.idNumber'),
      children: <span style={monospace}>{member.idNumberMasked}</span>,
    },
    {
      key: 'phone',
      label: t('member.field.phone'),
      children: <span style={monospace}>{member.phoneMasked ?? empty}</span>,
    },
    { key: 'joinedOn', label: t('member.field.joinedOn'), children: formatDate(member.joinedOn) },
    {
      key: 'status',
      label: t('member.field.status'),
      children: (
        <Tag color={memberStatusColors[member.status] ?? 'default'} data-testid="member-status">
          {label('memberStatuses', member.status)}
        </Tag>
      ),
    },
    {
      key: 'organization',
      label: t('member.field.organization'),
      span: 2,
      children: (
        <Link to={organizationPath(member.organization.id)} data-testid="member-organization">
          {member.organization.name}
        </Link>
      ),
    },
    {
      key: 'isMigrant',
      label: t('member.field.isMigrant'),
      children: member.isMigrant ? t('common.yes') : t('common.no'),
    },
    {
      key: 'employmentGroup',
      label: t('member.field.employmentGroup'),
      children: member.employmentGroup
        ? label('employmentGroups', member.employmentGroup)
        : t('member.field.employmentGroupNone'),
    },
    {
      key: 'employer',
      label: t('member.field.employer'),
      span: 2,
      children: member.employerName ?? empty,
    },
  ];

  const actions = (
    <Space wrap size={4}>
      {canReveal ? (
        <Button
          icon={<EyeOutlined />}
          onClick={() => setRevealing({ id: member.id, name: member.name })}
        >
          {t('member.reveal')}
        </Button>
      ) : null}
      {canWrite ? (
        <>
          <Button
            icon={<EditOutlined />}
            onClick={() =>
              setEditing({
                id: member.id,
                name: member.name,
                phoneMasked: member.phoneMasked,
                isMigrant: member.isMigrant,
                employmentGroup: member.employmentGroup,
                employerName: member.employerName,
              })
            }
          >
            {t('memberDetail.edit')}
          </Button>
          <Button
            icon={<SyncOutlined />}
            onClick={() => setChanging({ id: member.id, name: member.name, status: member.status })}
          >
            {t('memberDetail.changeStatus')}
          </Button>
          <Button
            type="primary"
            icon={<SwapOutlined />}
            disabled={!countsAsMember(member.status)}
            onClick={() =>
              setTransferring({
                id: member.id,
                name: member.name,
                organization: member.organization,
              })
            }
          >
            {t('memberDetail.transfer')}
          </Button>
        </>
      ) : null}
    </Space>
  );

  return (
    <>
      <Card
        title={
          <Flex align="center" gap={10} wrap>
            <IdcardOutlined style={{ color: '#c4161c' }} />
            <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
              {member.name}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
              {t('memberDetail.maskedHint')}
            </Typography.Text>
          </Flex>
        }
        extra={actions}
      >
        <Descriptions
          bordered
          size="middle"
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
          items={items}
          styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
          data-testid="member-facts"
        />
      </Card>
      <Card title={t('memberDetail.history')}>
        <MemberHistory events={member.history} />
      </Card>
      <RevealIdentityModal member={revealing} onClose={() => setRevealing(null)} />
      <EditMemberModal member={editing} onClose={() => setEditing(null)} />
      <ChangeStatusModal member={changing} onClose={() => setChanging(null)} />
      <TransferMemberModal member={transferring} onClose={() => setTransferring(null)} />
    </>
  );
}
