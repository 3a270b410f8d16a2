import { builder } from '../../builder.js';
import { SexEnum } from '../member/member.js';
import { regionCodeRule } from '../shared/validators.js';
import {
  categoriesRule,
  citationRule,
  employerNameRule,
  industryRule,
  nomineeNameRule,
  photoUrlRule,
} from './nomination-rules.js';

export const UpdateNominationInput = builder.inputType('UpdateNominationInput', {
  description: 'Leave a field out to keep it; industry and photoUrl accept null to clear.',
  fields: (t) => ({
    name: t.string({ required: false, validate: nomineeNameRule }),
    sex: t.field({ type: SexEnum, required: false }),
    employerName: t.string({ required: false, validate: employerNameRule }),
    regionCode: t.string({ required: false, validate: regionCodeRule('input.regionCode') }),
    industry: t.string({ required: false, validate: industryRule }),
    photoUrl: t.string({ required: false, validate: photoUrlRule }),
    citation: t.string({ required: false, validate: citationRule }),
    categories: t.stringList({ required: false, validate: categoriesRule }),
  }),
});
