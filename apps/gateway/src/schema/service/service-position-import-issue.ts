import { builder } from '../../builder.js';
import type { ServiceImportIssue } from '../../service/import.js';

export const ServicePositionImportIssueRef = builder
  .objectRef<ServiceImportIssue>('ServicePositionImportIssue')
  .implement({
    description: 'One problem of one row of an imported workbook.',
    fields: (t) => ({
      rowNumber: t.exposeInt('rowNumber', {
        description: 'The spreadsheet row (1 is the header).',
      }),
      column: t.exposeString('column', {
        description: 'The column header, e.g. 纬度; — for the file.',
      }),
      field: t.exposeString('field'),
      rule: t.exposeString('rule'),
      message: t.exposeString('message'),
    }),
  });
