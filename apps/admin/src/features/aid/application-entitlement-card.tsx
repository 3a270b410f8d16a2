import { Card, Descriptions, List, Table, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { fenToYuan } from './applications-display';

export interface EntitlementView {
  programLabel: string;
  categoryLabel: string | null;
  entitlementFen: number;
  breakdown: readonly { label: string; amountFen: number }[];
  reasons: readonly string[];
  ruleVersion: string;
  reductionFen: number;
  reductionReason: string | null;
}

/**
 * 测算明细 on the review screen: the entitlement the gateway computed on submission (its
 * breakdown and reasons, the rule version) and the caseworker's reduction with its reason.
 */
export function EntitlementCard({ entitlement }: { entitlement: EntitlementView | null }) {
  const { t } = useI18n();
  if (!entitlement) {
    return (
      <Card size="small" title={t('aid.money.entitlement.title')}>
        <Typography.Text type="secondary">{t('aid.money.entitlement.none')}</Typography.Text>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('aid.money.entitlement.title')} data-testid="aid-entitlement">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('aid.money.entitlement.amount')}>
          <span data-testid="aid-entitlement-amount">{fenToYuan(entitlement.entitlementFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('aid.money.entitlement.category')}>
          {entitlement.categoryLabel ?? t('common.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('aid.money.entitlement.ruleVersion')}>
          {entitlement.ruleVersion}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey="label"
        dataSource={[...entitlement.breakdown]}
        data-testid="aid-entitlement-breakdown"
        columns={[
          { key: 'label', dataIndex: 'label', title: entitlement.programLabel },
          {
            key: 'amount',
            title: t('aid.money.amountYuan'),
            align: 'right',
            render: (_v, line) => fenToYuan(line.amountFen),
          },
        ]}
      />
      <List
        size="small"
        dataSource={[...entitlement.reasons]}
        renderItem={(reason) => <List.Item>{reason}</List.Item>}
      />
      {entitlement.reductionFen > 0 ? (
        <Typography.Paragraph type="warning" data-testid="aid-entitlement-reduction">
          {t('aid.money.entitlement.reduction', {
            amount: fenToYuan(entitlement.reductionFen),
            reason: entitlement.reductionReason ?? '',
          })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
