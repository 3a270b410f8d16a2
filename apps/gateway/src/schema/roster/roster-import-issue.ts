import { builder } from '../../builder.js';

export const RosterImportIssueRef = builder.prismaObject('RosterImportIssue', {
  description: 'One problem with one row of an imported roster; the row was not imported.',
  fields: (t) => ({
    rowNumber: t.exposeInt('rowNumber', {
      description: 'The spreadsheet row number (1 = header).',
    }),
    column: t.exposeString('column', {
      description: 'The column’s Chinese header, e.g. 身份证号.',
    }),
    field: t.exposeString('field', { description: 'The roster field, e.g. idNumber.' }),
    rule: t.exposeString('rule', { description: 'Stable rule code, e.g. ID_NUMBER_CHECKSUM.' }),
    message: t.exposeString('message', {
      description: 'Chinese explanation (no personal values).',
    }),
  }),
});
