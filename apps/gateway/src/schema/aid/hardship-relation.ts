import {
  HOUSEHOLD_RELATION_LABELS,
  HOUSEHOLD_RELATIONS,
  type HouseholdRelation,
} from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HouseholdRelationEnum = builder.enumType('HouseholdRelation', {
  description: '与职工关系.',
  values: Object.fromEntries(
    HOUSEHOLD_RELATIONS.map((code) => [code, { description: HOUSEHOLD_RELATION_LABELS[code] }]),
  ) as Record<HouseholdRelation, { description: string }>,
});
