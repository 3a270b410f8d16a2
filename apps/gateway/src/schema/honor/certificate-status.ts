import { builder } from '../../builder.js';

export const CertificateStatusEnum = builder.enumType('CertificateStatus', {
  description: 'What a certificate’s verification code says.',
  values: {
    VALID: { description: '有效' },
    REVOKED: { description: '已撤销' },
    UNKNOWN: { description: '查无此证书' },
  },
});
