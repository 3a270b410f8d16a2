import { builder } from '../../builder.js';
import { HardshipHealthStatusEnum } from './hardship-health-status.js';
import { HouseholdRelationEnum } from './hardship-relation.js';
import { HouseholdSchoolLevelEnum } from './hardship-school-level.js';

export const HouseholdMemberInput = builder.inputType('HouseholdMemberInput', {
  description: 'One person of the household (the worker is relation SELF). Sealed when stored.',
  fields: (t) => ({
    name: t.string({ required: true }),
    relation: t.field({ type: HouseholdRelationEnum, required: true }),
    idNumber: t.string({ required: false, description: '居民身份证号 (optional).' }),
    health: t.field({ type: HardshipHealthStatusEnum, required: true }),
    occupation: t.string({ required: false, description: '职业或就业状况.' }),
    schoolLevel: t.field({
      type: HouseholdSchoolLevelEnum,
      required: false,
      description: 'For a pupil or student.',
    }),
    modelWorkerTitle: t.string({
      required: false,
      description: 'A model-worker title the person holds (e.g. 市劳动模范): flags 困难劳模.',
    }),
  }),
});
