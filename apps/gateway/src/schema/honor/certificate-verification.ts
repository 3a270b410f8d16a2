import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../errors.js';
import type { HonorAward } from '../../generated/prisma/client.js';
import { normalizeCertificateCode } from '../../honor/certificate-code.js';
import { NAME_SCOPE } from '../../honor/public-awards.js';
import { CertificateStatusEnum } from './certificate-status.js';
import { HonoreeRef } from './honoree.js';

interface CertificateVerification {
  status: 'VALID' | 'REVOKED' | 'UNKNOWN';
  award: HonorAward | null;
}

const CertificateVerificationRef = builder
  .objectRef<CertificateVerification>('CertificateVerification')
  .implement({
    description: '证书验证: VALID, REVOKED (with the date) or UNKNOWN.',
    fields: (t) => ({
      status: t.field({ type: CertificateStatusEnum, resolve: (result) => result.status }),
      revokedAt: t.field({
        type: 'DateTime',
        nullable: true,
        resolve: (result) =>
          result.status === 'REVOKED' ? (result.award?.revokedAt ?? null) : null,
      }),
      titleName: t.string({
        nullable: true,
        description: 'The title the certificate is for (VALID and REVOKED).',
        resolve: (result) => result.award?.titleName ?? null,
      }),
      year: t.int({ nullable: true, resolve: (result) => result.award?.year ?? null }),
      honoree: t.field({
        type: HonoreeRef,
        nullable: true,
        description: 'The honoree’s public fields: only when VALID and consent allows the name.',
        resolve: (result) =>
          result.status === 'VALID' && result.award?.publicScopes.includes(NAME_SCOPE)
            ? result.award
            : null,
      }),
    }),
  });

builder.queryField('verifyCertificate', (t) =>
  t.field({
    type: CertificateVerificationRef,
    description: '验证荣誉证书: by the code printed on the certificate (case and hyphens ignored).',
    errors: { types: [ValidationError], directResult: true },
    args: {
      code: t.arg.string({
        required: true,
        validate: z.string().max(40, 'CERTIFICATE_CODE_TOO_LONG|验证码过长'),
      }),
    },
    resolve: async (_root, args): Promise<CertificateVerification> => {
      const code = normalizeCertificateCode(args.code);
      const award = code
        ? await prisma.honorAward.findUnique({ where: { certificateCode: code } })
        : null;
      if (!award) return { status: 'UNKNOWN', award: null };
      return { status: award.revokedAt ? 'REVOKED' : 'VALID', award };
    },
  }),
);
