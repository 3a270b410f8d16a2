import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { TransportErrorResult, TypedErrorResult } from '../../shared/error-views';
import { OrganizationDetail } from './organization-detail';
import { organizationPath } from './organization-paths';
import { OrganizationDetailQuery } from './organization-queries';
import { OrganizationSearch } from './organization-search';
import { OrganizationTree } from './organization-tree';

/**
 * 组织机构: the hierarchy on the left (lazy tree + name search), the selected organisation on
 * the right. The selection lives in the URL (/admin/organizations/:id), so a reload or a
 * shared link opens the same organisation, with the tree opened down to it.
 */
export function OrganizationPage() {
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [detail, reexecuteDetail] = useQuery({
    query: OrganizationDetailQuery,
    variables: { id: id ?? '' },
    pause: !id,
  });

  const result = id ? detail.data?.organization : undefined;
  const organization = result?.__typename === 'Organization' ? result : null;

  useEffect(() => {
    const parts = [t('org.pageTitle'), t('app.title')];
    if (organization) parts.unshift(organization.name);
    document.title = parts.join(' · ');
  }, [organization, t]);

  const select = (organizationId: string) => {
    if (organizationId !== id) navigate(organizationPath(organizationId));
  };

  let main: ReactNode;
  if (!id) {
    main = (
      <Card>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('org.selectPromptTitle')}</Typography.Text>
              <Typography.Text type="secondary">{t('org.selectPrompt')}</Typography.Text>
            </Flex>
          }
          style={{ padding: '48px 0' }}
        />
      </Card>
    );
  } else if (detail.error && !result) {
    main = (
      <Card>
        <TransportErrorResult
          error={detail.error}
          onRetry={() => reexecuteDetail({ requestPolicy: 'network-only' })}
        />
      </Card>
    );
  } else if (!result) {
    main = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  } else if (result.__typename === 'NotFoundError') {
    // Outside the viewer's scopes answers exactly like a record that does not exist.
    main = (
      <Card>
        <Result
          status="404"
          title={t('error.notFoundTitle')}
          subTitle={t('org.notFoundBody')}
          extra={
            <Link to="/organizations">
              <Button type="primary">{t('org.backToStart')}</Button>
            </Link>
          }
        />
      </Card>
    );
  } else if (result.__typename !== 'Organization') {
    main = (
      <Card>
        <TypedErrorResult typename={result.__typename} message={result.message} />
      </Card>
    );
  } else {
    main = <OrganizationDetail organization={result} />;
  }

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          <ApartmentOutlined style={{ marginInlineEnd: 8, color: '#c4161c' }} />
          {t('org.pageTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('org.pageSubtitle')}</Typography.Text>
      </Flex>
      <Flex gap={16} align="flex-start">
        <Card
          title={t('org.treeTitle')}
          style={{ width: 300, flex: 'none', position: 'sticky', top: 76, zIndex: 2 }}
          styles={{ body: { padding: 12 } }}
        >
          <Flex vertical gap={12}>
            <OrganizationSearch onSelect={select} />
            <div
              className="organization-tree-scroll"
              style={{ maxHeight: 'calc(100vh - 250px)', minHeight: 240, overflow: 'auto' }}
            >
              <OrganizationTree
                selectedId={organization?.id ?? id}
                revealAncestorIds={organization?.ancestors.map((ancestor) => ancestor.id)}
                onSelect={select}
              />
            </div>
          </Flex>
        </Card>
        <div style={{ flex: 1, minWidth: 0 }}>{main}</div>
      </Flex>
    </Flex>
  );
}
