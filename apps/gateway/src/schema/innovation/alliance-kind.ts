import { ALLIANCE_KIND_LABELS, ALLIANCE_KINDS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const AllianceKindEnum = builder.enumType('AllianceKind', {
  description: '联盟类型: what the alliance crosses.',
  values: Object.fromEntries(
    ALLIANCE_KINDS.map((value) => [value, { description: ALLIANCE_KIND_LABELS[value] }]),
  ) as Record<(typeof ALLIANCE_KINDS)[number], { description: string }>,
});
