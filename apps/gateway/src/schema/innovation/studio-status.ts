import { STUDIO_STATUS_LABELS, STUDIO_STATUSES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const StudioStatusEnum = builder.enumType('StudioStatus', {
  description: '工作室状态: ACTIVE 正常, SUSPENDED 暂停, DELISTED 已摘牌 (final).',
  values: Object.fromEntries(
    STUDIO_STATUSES.map((value) => [value, { description: STUDIO_STATUS_LABELS[value] }]),
  ) as Record<(typeof STUDIO_STATUSES)[number], { description: string }>,
});
