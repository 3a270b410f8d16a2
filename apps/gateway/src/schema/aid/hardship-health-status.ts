import { HEALTH_STATUS_LABELS, HEALTH_STATUSES, type HealthStatus } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HardshipHealthStatusEnum = builder.enumType('HealthStatus', {
  description: '健康状况 (sensitive personal data: only in revealed details).',
  values: Object.fromEntries(
    HEALTH_STATUSES.map((code) => [code, { description: HEALTH_STATUS_LABELS[code] }]),
  ) as Record<HealthStatus, { description: string }>,
});
