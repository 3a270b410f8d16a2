import { can } from '@gonghui/domain';
import { builder } from '../../builder.js';
import { checkUuidCursors, encodeGlobalId } from '../../global-id.js';
import './roster-import-issue.js';
import { RosterImportStatusEnum } from './roster-import-status.js';

/** The path of an import's downloadable report (GET, session cookie). */
export function rosterReportPath(importId: string): string {
  return `/api/roster-imports/${encodeGlobalId('RosterImport', importId)}/report.xlsx`;
}

export const RosterImportRef = builder.prismaNode('RosterImport', {
  description:
    '花名册导入: one uploaded roster and how far its import got. Staff who may read members of the union.',
  id: { field: 'id' },
  select: { lineageIds: true },
  authScopes: (rosterImport, context) =>
    context.viewer.kind === 'staff' &&
    can(context.viewer.assignments, 'member.read', rosterImport.lineageIds),
  fields: (t) => ({
    organization: t.relation('organization'),
    fileName: t.exposeString('fileName'),
    status: t.expose('status', { type: RosterImportStatusEnum }),
    totalRows: t.exposeInt('totalRows', {
      nullable: true,
      description: 'Data rows in the file (blank rows not counted); null until it has been read.',
    }),
    processedRows: t.exposeInt('processedRows'),
    importedRows: t.exposeInt('importedRows', { description: 'New members recorded.' }),
    alreadyMemberRows: t.exposeInt('alreadyMemberRows', {
      description: 'Rows whose person is already a member of this union (skipped, not an error).',
    }),
    failedRows: t.exposeInt('failedRows', { description: 'Rows with at least one issue.' }),
    failureMessage: t.exposeString('failureMessage', {
      nullable: true,
      description: 'Why the whole file failed (status FAILED).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    createdByName: t.exposeString('createdByName', { nullable: true }),
    issues: t.relatedConnection('issues', {
      cursor: 'id',
      nullable: true,
      totalCount: true,
      description: 'The problems found, by row number.',
      query: (args) => {
        checkUuidCursors(args);
        return { orderBy: [{ rowNumber: 'asc' }, { id: 'asc' }] };
      },
    }),
    reportUrl: t.string({
      nullable: true,
      description:
        'Path of the per-row report (.xlsx; row, column, reason and the row’s cells masked); null until the import has finished.',
      select: { id: true, finishedAt: true },
      resolve: (rosterImport) =>
        rosterImport.finishedAt ? rosterReportPath(rosterImport.id) : null,
    }),
  }),
});
