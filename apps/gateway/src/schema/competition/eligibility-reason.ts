import type { FieldError } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const EligibilityReasonRef = builder.objectRef<FieldError>('EligibilityReason').implement({
  description: 'Why a registration is not eligible (the domain’s rule code and a Chinese reason).',
  fields: (t) => ({
    field: t.exposeString('field'),
    rule: t.exposeString('rule'),
    message: t.exposeString('message'),
  }),
});
