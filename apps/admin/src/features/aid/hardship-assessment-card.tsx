import { Alert, Card, Descriptions, Spin, Tag, Typography } from 'antd';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { yuanText } from './hardship-form';
import { categoryColors, hardshipLabels } from './hardship-labels';
import type { AssessHardshipQuery } from './hardship-queries';

export type Assessment = Extract<
  NonNullable<ResultOf<typeof AssessHardshipQuery>['assessHardship']>,
  { __typename: 'HardshipAssessment' }
>;

/**
 * 认定结果: the category, the figures and thresholds used, and the reasons exactly as the gateway
 * (the domain) wrote them. Shown beside the household form as it is filled, and on a revealed file.
 */
export function HardshipAssessmentCard({
  assessment,
  loading = false,
  problem = null,
  stored = false,
}: {
  assessment: Omit<Assessment, '__typename'> | null;
  loading?: boolean;
  problem?: string | null;
  /** The classification stored with the file, rather than a dry run. */
  stored?: boolean;
}) {
  const { t, locale } = useI18n();
  const labels = hardshipLabels(locale);
  return (
    <Card
      size="small"
      title={t(stored ? 'aid.hardship.assessment.stored' : 'aid.hardship.assessment.title')}
      extra={loading ? <Spin size="small" /> : null}
      data-testid="hardship-assessment"
    >
      {problem ? (
        <Alert type="warning" showIcon title={problem} style={{ marginBottom: 12 }} />
      ) : null}
      {assessment ? (
        <>
          <Tag color={categoryColors[assessment.category]} data-testid="hardship-category">
            {labels.category[assessment.category]}
          </Tag>
          <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('aid.hardship.assessment.perCapitaNet')}>
              {yuanText(assessment.perCapitaMonthlyNetIncomeFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('aid.hardship.assessment.line')}>
              {yuanText(assessment.thresholds.minimumLivingStandardFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('aid.hardship.assessment.relativeLine')}>
              {yuanText(assessment.thresholds.relativeLineFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('aid.hardship.assessment.ruleVersion')}>
              {assessment.ruleVersion}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text strong>{t('aid.hardship.assessment.reasons')}</Typography.Text>
          <ol style={{ paddingInlineStart: 20, marginTop: 8 }} data-testid="hardship-reasons">
            {assessment.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ol>
        </>
      ) : (
        <Typography.Text type="secondary">{t('aid.hardship.assessment.empty')}</Typography.Text>
      )}
    </Card>
  );
}
