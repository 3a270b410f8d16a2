import {
  ArrowLeftOutlined,
  CheckCircleFilled,
  CloseCircleFilled,
  UserAddOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TransportErrorResult, TypedErrorResult } from '../../shared/error-views';
import {
  categoryLabel,
  comparatorSign,
  domainCategoryLabel,
  type NominationState,
  nominationStateColors,
  percentOfBasisPoints,
} from './honor-display';
import { campaignsPath, nominationPath } from './honor-paths';
import { CampaignQuery } from './honor-queries';
import { NominateModal } from './nominate-modal';

type Data = ResultOf<typeof CampaignQuery>;
type Campaign = Extract<Data['campaign'], { __typename: 'HonorCampaign' }>;
type QuotaCheck = Extract<Campaign['quotaCheck'], { __typename: 'QuotaCheck' }>;
type Outcome = QuotaCheck['outcomes'][number];
type NominationRow = Extract<
  Data['nominations'],
  { __typename: 'QueryNominationsSuccess' }
>['data']['edges'][number]['node'];

/**
 * 评选活动 (/admin/honors/campaigns/:id): the campaign's facts, the domain's quota check of the
 * slate (each rule: required and actual share, 通过/未通过, how many nominees would have to
 * change, and the domain's explanation), and the nominations with their states.
 */
export function CampaignPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const [nominating, setNominating] = useState(false);
  const [result, reexecute] = useQuery({
    query: CampaignQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const campaign = result.data?.campaign;

  useEffect(() => {
    const name =
      campaign?.__typename === 'HonorCampaign' ? campaign.name : t('honor.campaigns.pageTitle');
    document.title = `${name} · ${t('app.title')}`;
  }, [campaign, t]);

  if (result.error && !result.data) {
    return (
      <TransportErrorResult
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!campaign) return <Skeleton active />;
  if (campaign.__typename !== 'HonorCampaign') {
    return <TypedErrorResult typename={campaign.__typename} message={campaign.message} />;
  }
  const check = campaign.quotaCheck;
  const nominations = result.data?.nominations;
  const rows =
    nominations?.__typename === 'QueryNominationsSuccess'
      ? nominations.data.edges.map((edge) => edge.node)
      : [];
  const canNominate = hasPermission(viewer.permissions, 'HONOR_NOMINATE');

  const quotaColumns: TableColumnsType<Outcome> = [
    {
      key: 'rule',
      title: t('honor.quota.rule'),
      render: (_value, outcome) =>
        `${domainCategoryLabel(outcome.rule.category) ? categoryLabel(outcome.rule.category, t) : outcome.rule.label || outcome.rule.category} ${comparatorSign(outcome.rule.comparator)} ${percentOfBasisPoints(outcome.rule.shareBasisPoints)}%`,
    },
    {
      key: 'required',
      title: t('honor.quota.required'),
      width: 100,
      render: (_value, outcome) => `${percentOfBasisPoints(outcome.requiredShareBasisPoints)}%`,
    },
    {
      key: 'actual',
      title: t('honor.quota.actual'),
      width: 130,
      render: (_value, outcome) =>
        outcome.actualShareBasisPoints === null
          ? t('common.empty')
          : `${percentOfBasisPoints(outcome.actualShareBasisPoints)}%（${outcome.count}/${outcome.baseCount}）`,
    },
    {
      key: 'passed',
      title: t('honor.quota.result'),
      width: 100,
      render: (_value, outcome) =>
        outcome.passed ? (
          <Tag color="success" icon={<CheckCircleFilled />}>
            {t('honor.quota.passed')}
          </Tag>
        ) : (
          <Tag color="error" icon={<CloseCircleFilled />}>
            {t('honor.quota.failed')}
          </Tag>
        ),
    },
    {
      key: 'changes',
      title: t('honor.quota.changesNeeded'),
      width: 110,
      render: (_value, outcome) =>
        outcome.changesNeeded > 0 ? outcome.changesNeeded : t('common.empty'),
    },
    { key: 'explanation', title: t('honor.quota.explanation'), dataIndex: 'explanation' },
  ];

  const nominationColumns: TableColumnsType<NominationRow> = [
    {
      key: 'name',
      title: t('honor.nomination.name'),
      width: 110,
      render: (_value, row) => <Link to={nominationPath(row.id)}>{row.name}</Link>,
    },
    { key: 'employer', title: t('honor.nomination.employer'), dataIndex: 'employerName' },
    {
      key: 'union',
      title: t('honor.nomination.union'),
      dataIndex: 'nominatingUnionName',
      width: 200,
    },
    {
      key: 'categories',
      title: t('honor.nomination.categories'),
      render: (_value, row) =>
        row.categories.map((category) => categoryLabel(category, t)).join('、') ||
        t('common.empty'),
    },
    {
      key: 'state',
      title: t('honor.nomination.state'),
      width: 110,
      render: (_value, row) => (
        <Tag color={nominationStateColors[row.state as NominationState] ?? 'default'}>
          {t(`honor.state.${row.state as NominationState}`)}
        </Tag>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Link to={campaignsPath()}>
        <ArrowLeftOutlined /> {t('honor.campaigns.back')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {campaign.name}
      </Typography.Title>
      <Card size="small">
        <Descriptions
          size="small"
          column={3}
          items={[
            {
              key: 'title',
              label: t('honor.campaign.title'),
              children: campaign.title?.name ?? campaign.titleCode,
            },
            { key: 'year', label: t('honor.campaign.year'), children: campaign.year },
            {
              key: 'organizer',
              label: t('honor.campaign.organizer'),
              children: campaign.organizerName,
            },
            {
              key: 'deadline',
              label: t('honor.campaign.deadline'),
              children: formatDate(campaign.nominationDeadline),
            },
            {
              key: 'notice',
              label: t('honor.campaign.noticeWorkingDays'),
              children: t('honor.campaign.workingDays', { n: campaign.noticeWorkingDays }),
            },
          ]}
        />
      </Card>
      <Card
        title={t('honor.quota.checkTitle')}
        size="small"
        data-testid="quota-check"
        extra={
          check.__typename === 'QuotaCheck' && campaign.quotaRules.length > 0 ? (
            <Tag color={check.passed ? 'success' : 'error'} data-testid="quota-verdict">
              {check.passed ? t('honor.quota.allPassed') : t('honor.quota.someFailed')}
            </Tag>
          ) : null
        }
      >
        {check.__typename !== 'QuotaCheck' ? (
          <Alert type="error" showIcon title={check.message} />
        ) : campaign.quotaRules.length === 0 ? (
          <Typography.Text type="secondary">{t('honor.quota.none')}</Typography.Text>
        ) : (
          <Table<Outcome>
            rowKey={(outcome) =>
              `${outcome.rule.category}-${outcome.rule.comparator}-${outcome.rule.base}`
            }
            size="small"
            pagination={false}
            columns={quotaColumns}
            dataSource={check.outcomes}
          />
        )}
      </Card>
      <Card
        title={t('honor.nominations.title', { n: rows.length })}
        size="small"
        extra={
          canNominate ? (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setNominating(true)}>
              {t('honor.nominate')}
            </Button>
          ) : null
        }
      >
        <Table<NominationRow>
          rowKey="id"
          size="small"
          pagination={false}
          columns={nominationColumns}
          dataSource={rows}
          data-testid="nomination-table"
          locale={{ emptyText: t('honor.nominations.empty') }}
        />
      </Card>
      {nominating ? (
        <NominateModal
          campaign={{
            id: campaign.id,
            organizationId: campaign.organizationId,
            organizerName: campaign.organizerName,
          }}
          onClose={() => setNominating(false)}
          onNominated={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
    </Flex>
  );
}
