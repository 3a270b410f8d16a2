import { builder } from '../../builder.js';
import { SexEnum } from '../member/member.js';
import { regionCodeRule } from '../shared/validators.js';
import {
  employerNameRule,
  industryRule,
  nomineeNameRule,
  photoUrlRule,
} from './nomination-rules.js';

export const NomineePersonInput = builder.inputType('NomineePersonInput', {
  description:
    'A nominee who is not a member on the platform (or a team, or an employer): public fields only.',
  fields: (t) => ({
    name: t.string({ required: true, validate: nomineeNameRule }),
    sex: t.field({ type: SexEnum, required: false }),
    employerName: t.string({ required: true, validate: employerNameRule }),
    regionCode: t.string({ required: true, validate: regionCodeRule('input.person.regionCode') }),
    industry: t.string({ required: false, validate: industryRule }),
    photoUrl: t.string({ required: false, validate: photoUrlRule }),
  }),
});
