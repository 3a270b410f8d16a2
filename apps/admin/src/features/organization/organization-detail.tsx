import { isGrassrootsLevelKind } from '@gonghui/domain';
import {
  Breadcrumb,
  Card,
  Descriptions,
  type DescriptionsProps,
  Flex,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { MemberSection } from '../members/member-section';
import { ChildrenTable } from './children-table';
import { kindColor } from './kind-colors';
import { OrganizationFigures } from './organization-figures';
import { OrganizationHistory } from './organization-history';
import { organizationPath } from './organization-paths';
import type { OrganizationDetailQuery } from './organization-queries';

export type OrganizationDetailData = Extract<
  ResultOf<typeof OrganizationDetailQuery>['organization'],
  { __typename: 'Organization' }
>;

/** 组织详情: breadcrumb, the facts, the children and the members, one page at a time. */
export function OrganizationDetail({ organization }: { organization: OrganizationDetailData }) {
  const { t, orgKindLabel, ownershipLabel, formatDate, formatCount } = useI18n();
  const viewer = useViewer();
  const empty = t('common.empty');

  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('org.field.name'), children: organization.name, span: 2 },
    { key: 'kind', label: t('org.field.kind'), children: orgKindLabel(organization.kind) },
    { key: 'regionCode', label: t('org.field.regionCode'), children: organization.regionCode },
    {
      key: 'creditCode',
      label: t('org.field.creditCode'),
      children: organization.creditCode ? (
        <Typography.Text copyable style={{ fontFamily: 'ui-monospace, monospace' }}>
          {organization.creditCode}
        </Typography.Text>
      ) : (
        empty
      ),
    },
    { key: 'industry', label: t('org.field.industry'), children: organization.industry ?? empty },
    {
      key: 'employerName',
      label: t('org.field.employerName'),
      children: organization.employerName ?? empty,
    },
    {
      key: 'employerHeadcount',
      label: t('org.field.employerHeadcount'),
      children:
        organization.employerHeadcount === null
          ? empty
          : t('org.headcount', { count: formatCount(organization.employerHeadcount) }),
    },
    {
      key: 'ownership',
      label: t('org.field.ownership'),
      children: ownershipLabel(organization.ownership),
    },
    {
      key: 'foundedOn',
      label: t('org.field.foundedOn'),
      children: formatDate(organization.foundedOn),
    },
    ...(organization.dissolvedOn
      ? [
          {
            key: 'dissolvedOn',
            label: t('org.field.dissolvedOn'),
            children: formatDate(organization.dissolvedOn),
          },
        ]
      : []),
    {
      key: 'childCount',
      label: t('org.field.childCount'),
      children: formatCount(organization.childCount),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={12}>
          <Breadcrumb
            aria-label={t('org.pageTitle')}
            items={[
              ...organization.ancestors.map((ancestor) => ({
                key: ancestor.id,
                title: <Link to={organizationPath(ancestor.id)}>{ancestor.name}</Link>,
              })),
              { key: organization.id, title: organization.name },
            ]}
          />
          <Flex align="center" gap={10} wrap>
            <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
              {organization.name}
            </Typography.Title>
            <Tag color={kindColor(organization.kind)}>{orgKindLabel(organization.kind)}</Tag>
            {organization.dissolvedOn ? <Tag>{t('org.dissolved')}</Tag> : null}
          </Flex>
          <Descriptions
            bordered
            size="middle"
            column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 2, xxl: 3 }}
            items={items}
            styles={{ label: { width: 140, whiteSpace: 'nowrap' } }}
          />
        </Flex>
      </Card>
      <OrganizationFigures key={`figures-${organization.id}`} organizationId={organization.id} />
      <Card
        title={t('org.children.title')}
        extra={
          <Typography.Text type="secondary">{formatCount(organization.childCount)}</Typography.Text>
        }
      >
        <ChildrenTable key={organization.id} parentId={organization.id} />
      </Card>
      {hasPermission(viewer.permissions, 'MEMBER_READ') ? (
        <>
          <MemberSection
            key={organization.id}
            organizationId={organization.id}
            addMemberTo={
              isGrassrootsLevelKind(organization.kind) && !organization.dissolvedOn
                ? { id: organization.id, name: organization.name }
                : null
            }
          />
          <OrganizationHistory
            key={`history-${organization.id}`}
            organizationId={organization.id}
          />
        </>
      ) : null}
    </Flex>
  );
}
