import { CONSENT_SCOPE_LABELS, CONSENT_SCOPES } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const ConsentScopeEnum = builder.enumType('ConsentScope', {
  description: 'What of a person’s profile may be published: NAME 姓名, PHOTO 照片, STORY 事迹.',
  values: Object.fromEntries(
    CONSENT_SCOPES.map((scope) => [scope, { description: CONSENT_SCOPE_LABELS[scope] }]),
  ) as Record<(typeof CONSENT_SCOPES)[number], { description: string }>,
});
