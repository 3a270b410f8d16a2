import type { HouseholdMemberRecord } from '../../aid/hardship-records.js';
import { builder } from '../../builder.js';
import { HardshipHealthStatusEnum } from './hardship-health-status.js';
import { HouseholdRelationEnum } from './hardship-relation.js';
import { HouseholdSchoolLevelEnum } from './hardship-school-level.js';

export const HardshipMemberDetailsRef = builder
  .objectRef<HouseholdMemberRecord>('HardshipMemberDetails')
  .implement({
    description: 'One household member in full (only through revealHardshipFile).',
    fields: (t) => ({
      name: t.exposeString('name'),
      relation: t.field({ type: HouseholdRelationEnum, resolve: (member) => member.relation }),
      idNumber: t.exposeString('idNumber', { nullable: true }),
      health: t.field({ type: HardshipHealthStatusEnum, resolve: (member) => member.health }),
      occupation: t.exposeString('occupation', { nullable: true }),
      schoolLevel: t.field({
        type: HouseholdSchoolLevelEnum,
        nullable: true,
        resolve: (member) => member.schoolLevel,
      }),
      modelWorkerTitle: t.exposeString('modelWorkerTitle', { nullable: true }),
    }),
  });
