import { builder } from '../../builder.js';
import { RosterImportStatus } from '../../generated/prisma/enums.js';

export const RosterImportStatusEnum = builder.enumType(RosterImportStatus, {
  name: 'RosterImportStatus',
  description:
    'QUEUED and RUNNING: in progress. SUCCEEDED: the file was read to its end (rows with problems are issues). FAILED: the file as a whole could not be read (not an xlsx, no header row, required columns missing) or the import was interrupted.',
});
