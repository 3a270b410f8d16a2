import { SERVICE_POSITION_STATUS_LABELS, SERVICE_POSITION_STATUSES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const ServicePositionStatusEnum = builder.enumType('ServicePositionStatus', {
  description:
    'OPEN 开放, SUSPENDED 暂停开放 (still shown to the public), CLOSED 已撤销 (staff only).',
  values: Object.fromEntries(
    SERVICE_POSITION_STATUSES.map((status) => [
      status,
      { description: SERVICE_POSITION_STATUS_LABELS[status] },
    ]),
  ) as Record<(typeof SERVICE_POSITION_STATUSES)[number], { description: string }>,
});
