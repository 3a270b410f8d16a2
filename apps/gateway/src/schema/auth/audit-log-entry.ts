import { can } from '@gonghui/domain';
import { requireStaff, withinScopes } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { UnauthenticatedError, ValidationError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { parseGlobalIdOf } from '../../global-id.js';

export const AuditLogEntryRef = builder.prismaObject('AuditLog', {
  name: 'AuditLogEntry',
  description: '审计日志: who changed what, when, from what to what (append-only).',
  select: { lineageIds: true },
  authScopes: (entry, context) =>
    context.viewer.kind === 'staff' &&
    can(context.viewer.assignments, 'audit.read', entry.lineageIds),
  fields: (t) => ({
    id: t.string({ select: { id: true }, resolve: (entry) => entry.id.toString() }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    actorName: t.exposeString('actorName'),
    action: t.exposeString('action', { description: 'e.g. member.revealIdentity, staff.create.' }),
    targetType: t.exposeString('targetType'),
    targetId: t.exposeString('targetId'),
    organizationId: t.exposeString('organizationId', { nullable: true }),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    action: t.string({ required: false }),
    targetType: t.string({ required: false }),
    organizationId: t.id({
      required: false,
      description: 'Only entries of this organisation’s subtree.',
    }),
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.prismaConnection({
    type: 'AuditLog',
    cursor: 'id',
    description:
      'Audit entries of the subtrees where the viewer may read the audit log, newest first.',
    authScopes: { permission: 'audit.read' },
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: { filter: t.arg({ type: AuditLogFilter, required: false }) },
    resolve: (query, _root, args, context) => {
      const viewer = requireStaff(context);
      const filter = args.filter ?? {};
      const conditions: Prisma.AuditLogWhereInput[] = [withinScopes(viewer, 'audit.read')];
      if (filter.action) conditions.push({ action: filter.action });
      if (filter.targetType) conditions.push({ targetType: filter.targetType });
      if (filter.organizationId) {
        const id = parseGlobalIdOf('Organization', filter.organizationId, 'filter.organizationId');
        conditions.push({ lineageIds: { has: id } });
      }
      if (filter.from) conditions.push({ occurredAt: { gte: filter.from } });
      if (filter.to) conditions.push({ occurredAt: { lt: filter.to } });
      return prisma.auditLog.findMany({
        ...query,
        where: { AND: conditions },
        orderBy: { id: 'desc' },
      });
    },
  }),
);
