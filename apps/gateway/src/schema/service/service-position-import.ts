import { requireStaff } from '../../auth/access.js';
import { builder } from '../../builder.js';
import {
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import {
  importServicePositions,
  maxListedIssues,
  readServiceImportFile,
  type ServiceImportResult,
} from '../../service/import.js';
import '../roster/file.js';
import { ServicePositionImportIssueRef } from './service-position-import-issue.js';
import { hostUnionFor } from './service-position-registry.js';

const ServicePositionImportRef = builder
  .objectRef<ServiceImportResult>('ServicePositionImport')
  .implement({
    description:
      'The outcome of an Excel import: every good row was written; each bad row is listed with its problems.',
    fields: (t) => ({
      fileName: t.exposeString('fileName'),
      totalRows: t.exposeInt('totalRows', { description: 'Data rows read (blank rows skipped).' }),
      imported: t.exposeInt('imported'),
      alreadyRegistered: t.exposeInt('alreadyRegistered', {
        description:
          'Rows naming a position the union already runs (same name and address): skipped.',
      }),
      failed: t.exposeInt('failed', { description: 'Rows not imported because of a problem.' }),
      issueCount: t.exposeInt('issueCount'),
      issues: t.field({
        type: [ServicePositionImportIssueRef],
        description: `The first ${maxListedIssues} problems, in row order.`,
        resolve: (result) => result.issues,
      }),
    }),
  });

builder.mutationField('importServicePositions', (t) =>
  t.field({
    type: ServicePositionImportRef,
    description:
      '导入服务阵地台账 (.xlsx, GraphQL multipart request) into a union: needs service.manage there. Columns by header: 阵地名称, 阵地类型, 书屋级别, 行政区划代码, 地址, 纬度, 经度 (GCJ-02), 开放时间, 服务内容, 容纳人数, 承办单位, 状态.',
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
      const union = await hostUnionFor(viewer, args.organizationId, 'organizationId');
      const { fileName, bytes } = await readServiceImportFile(args.file);
      return importServicePositions(viewer, union, fileName, bytes);
    },
  }),
);
