import { randomBytes } from 'node:crypto';
import { can } from '@gonghui/domain';
import { z } from 'zod';
import {
  organizationForAction,
  requirePermissionOn,
  requireStaff,
  withinScopes,
} from '../../auth/access.js';
import { writeAudit } from '../../auth/audit.js';
import { hashSecret } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { checkUuidCursors, parseGlobalIdOf } from '../../global-id.js';

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  description: 'A third party’s key to the public API. The secret is shown once, at issue.',
  id: { field: 'id' },
  select: { lineageIds: true },
  authScopes: (key, context) =>
    context.viewer.kind === 'staff' &&
    can(context.viewer.assignments, 'apiKey.manage', key.lineageIds),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Who holds it, e.g. 青岛日报社融媒体中心.' }),
    keyPrefix: t.exposeString('keyPrefix', {
      description: 'The first characters, to recognise it.',
    }),
    rateLimitPerMinute: t.exposeInt('rateLimitPerMinute'),
    organization: t.relation('organization'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
  }),
});

const IssuedApiKey = builder
  .objectRef<{ apiKeyId: string; secret: string }>('IssuedApiKey')
  .implement({
    description: 'A new key. `secret` is never shown again: hand it over now.',
    fields: (t) => ({
      secret: t.exposeString('secret'),
      apiKey: t.prismaField({
        type: 'ApiKey',
        resolve: (query, issued) =>
          prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: issued.apiKeyId } }),
      }),
    }),
  });

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    authScopes: { permission: 'apiKey.manage' },
    args: { includeRevoked: t.arg.boolean({ required: false }) },
    resolve: (query, _root, args, context) => {
      checkUuidCursors(args);
      const viewer = requireStaff(context);
      return prisma.apiKey.findMany({
        ...query,
        where: {
          AND: [
            withinScopes(viewer, 'apiKey.manage'),
            args.includeRevoked ? {} : { revokedAt: null },
          ],
        },
        orderBy: { createdAt: 'desc' },
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  issueApiKey: t.field({
    type: IssuedApiKey,
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      name: t.arg.string({
        validate: z
          .string()
          .trim()
          .min(2, 'API_KEY_NAME_EMPTY|请填写使用方名称')
          .max(100, 'API_KEY_NAME_TOO_LONG|名称最多 100 个字'),
      }),
      organizationId: t.arg.id(),
      rateLimitPerMinute: t.arg.int({
        validate: z
          .number()
          .int()
          .min(1, 'RATE_LIMIT_RANGE|每分钟请求数须在 1–6000 之间')
          .max(6000, 'RATE_LIMIT_RANGE|每分钟请求数须在 1–6000 之间'),
      }),
    },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const organization = await organizationForAction(
        viewer,
        'apiKey.manage',
        args.organizationId,
        'organizationId',
      );
      const secret = `ghk_${randomBytes(32).toString('base64url')}`;
      const apiKeyId = await prisma.$transaction(async (tx) => {
        const key = await tx.apiKey.create({
          data: {
            name: args.name.trim(),
            keyPrefix: secret.slice(0, 10),
            keyHash: hashSecret(secret),
            rateLimitPerMinute: args.rateLimitPerMinute,
            organizationId: organization.id,
            lineageIds: organization.lineageIds,
            createdById: viewer.staffId,
          },
        });
        await writeAudit(tx, viewer, {
          action: 'apiKey.issue',
          targetType: 'ApiKey',
          targetId: key.id,
          organizationId: organization.id,
          lineageIds: organization.lineageIds,
          after: {
            name: key.name,
            keyPrefix: key.keyPrefix,
            rateLimitPerMinute: key.rateLimitPerMinute,
          },
        });
        return key.id;
      });
      return { apiKeyId, secret };
    },
  }),
  revokeApiKey: t.prismaField({
    type: 'ApiKey',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const key = await prisma.apiKey.findUnique({
        where: { id: parseGlobalIdOf('ApiKey', args.id) },
      });
      if (!key) throw new NotFoundError('API 密钥');
      requirePermissionOn(viewer, 'apiKey.manage', key.lineageIds, 'API 密钥');
      return prisma.$transaction(async (tx) => {
        const revoked = await tx.apiKey.update({
          ...query,
          where: { id: key.id },
          data: { revokedAt: key.revokedAt ?? new Date() },
        });
        if (!key.revokedAt) {
          await writeAudit(tx, viewer, {
            action: 'apiKey.revoke',
            targetType: 'ApiKey',
            targetId: key.id,
            organizationId: key.organizationId,
            lineageIds: key.lineageIds,
            before: { name: key.name, keyPrefix: key.keyPrefix },
          });
        }
        return revoked;
      });
    },
  }),
}));
