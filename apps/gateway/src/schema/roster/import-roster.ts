import { checkJoiningOrganization, isOrgKind } from '@gonghui/domain';
import { organizationForAction, requireStaff, withinScopes } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import { checkUuidCursors, parseGlobalIdOf } from '../../global-id.js';
import { enqueueRosterImport } from '../../roster/import-runner.js';
import { maxRosterFileBytes } from '../../roster/limits.js';
import { calendarDateOf, today } from '../../shared-dates.js';
import './file.js';
import { RosterImportRef } from './roster-import.js';

/** An xlsx file is a zip archive: it starts with the local file header "PK\x03\x04". */
function looksLikeXlsx(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

async function checkRosterFile(file: File) {
  const name = file.name.trim();
  if (!/\.xlsx$/i.test(name)) {
    throw ValidationError.of(
      'file',
      'ROSTER_FILE_TYPE',
      '请上传 Excel 工作簿（.xlsx 文件）；.xls 和 .csv 请先在 Excel 中另存为 .xlsx',
    );
  }
  if (file.size === 0) {
    throw ValidationError.of('file', 'ROSTER_FILE_EMPTY', '上传的文件是空的');
  }
  if (file.size > maxRosterFileBytes) {
    throw ValidationError.of(
      'file',
      'ROSTER_FILE_TOO_LARGE',
      `文件过大：最大 ${maxRosterFileBytes / 1024 / 1024} MB，请拆分后分批导入`,
    );
  }
  // The multipart parser has the whole file in memory already (at most maxRosterFileBytes).
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!looksLikeXlsx(bytes)) {
    throw ValidationError.of('file', 'ROSTER_FILE_TYPE', '该文件不是有效的 Excel 工作簿（.xlsx）');
  }
  return { fileName: name.slice(-200), bytes };
}

builder.mutationField('importRoster', (t) =>
  t.field({
    type: RosterImportRef,
    description:
      '花名册导入: uploads a roster (.xlsx, GraphQL multipart request) into a grassroots-level union. Returns at once (QUEUED); the rows are validated and imported in the background, in batches. Poll `node(id)` for progress. Needs member.write on the union.',
    errors: {
      types: [ValidationError, ForbiddenError, NotFoundError, UnauthenticatedError],
      directResult: true,
    },
    args: {
      organizationId: t.arg.id({ required: true }),
      file: t.arg({ type: 'File', required: true }),
    },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const target = await organizationForAction(
        viewer,
        'member.write',
        args.organizationId,
        'organizationId',
      );
      const organization = await prisma.organization.findUniqueOrThrow({
        where: { id: target.id },
      });
      if (!isOrgKind(organization.kind)) throw new NotFoundError('组织');
      const union = {
        kind: organization.kind,
        foundedOn: calendarDateOf(organization.foundedOn),
        dissolvedOn: organization.dissolvedOn ? calendarDateOf(organization.dissolvedOn) : null,
      };
      const joinable = checkJoiningOrganization(union);
      if (!joinable.ok) {
        throw ValidationError.of('organizationId', joinable.error.rule, joinable.error.message);
      }
      const { fileName, bytes } = await checkRosterFile(args.file);
      const created = await prisma.rosterImport.create({
        data: {
          organizationId: organization.id,
          lineageIds: organization.lineageIds,
          fileName,
          createdByStaffId: viewer.staffId,
          createdByName: viewer.displayName,
        },
      });
      enqueueRosterImport({
        importId: created.id,
        organizationId: organization.id,
        lineageIds: organization.lineageIds,
        actor: { staffId: viewer.staffId, username: viewer.username },
        rowContext: { organization: union, today: today() },
        file: bytes,
      });
      return created;
    },
  }),
);

builder.queryField('rosterImports', (t) =>
  t.prismaConnection({
    type: 'RosterImport',
    cursor: 'id',
    description: 'The roster imports into a union, newest first. Staff who may read members there.',
    authScopes: { permission: 'member.read' },
    errors: { types: [ValidationError, NotFoundError, UnauthenticatedError] },
    args: { organizationId: t.arg.id({ required: true }) },
    totalCount: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const id = parseGlobalIdOf('Organization', args.organizationId, 'organizationId');
      return prisma.rosterImport.count({
        where: { organizationId: id, ...withinScopes(viewer, 'member.read') },
      });
    },
    resolve: async (query, _root, args, context) => {
      const viewer = requireStaff(context);
      checkUuidCursors(args);
      const id = parseGlobalIdOf('Organization', args.organizationId, 'organizationId');
      const organization = await prisma.organization.findFirst({
        where: { id, ...withinScopes(viewer, 'member.read') },
        select: { id: true },
      });
      if (!organization) throw new NotFoundError('组织');
      return prisma.rosterImport.findMany({
        ...query,
        where: { organizationId: id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
);
