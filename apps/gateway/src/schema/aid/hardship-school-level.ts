import { SCHOOL_LEVEL_LABELS, SCHOOL_LEVELS, type SchoolLevel } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HouseholdSchoolLevelEnum = builder.enumType('HouseholdSchoolLevel', {
  description: '学段.',
  values: Object.fromEntries(
    SCHOOL_LEVELS.map((code) => [code, { description: SCHOOL_LEVEL_LABELS[code] }]),
  ) as Record<SchoolLevel, { description: string }>,
});
