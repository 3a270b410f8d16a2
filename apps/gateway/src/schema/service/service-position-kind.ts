import { SERVICE_POSITION_KIND_LABELS, SERVICE_POSITION_KINDS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const ServicePositionKindEnum = builder.enumType('ServicePositionKind', {
  description: '阵地类型 (DOMAIN.md §7).',
  values: Object.fromEntries(
    SERVICE_POSITION_KINDS.map((kind) => [
      kind,
      { description: SERVICE_POSITION_KIND_LABELS[kind] },
    ]),
  ) as Record<(typeof SERVICE_POSITION_KINDS)[number], { description: string }>,
});
