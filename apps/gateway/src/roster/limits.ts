/** The largest roster workbook accepted (a 50,000-row roster is about 3 MiB). */
export const maxRosterFileBytes = 20 * 1024 * 1024;

/**
 * The largest multipart/form-data body accepted at /graphql (the file plus the operation and
 * the multipart framing). Every other body keeps the 256 KiB limit (`maxGraphQLBodyBytes`).
 */
export const maxUploadBodyBytes = maxRosterFileBytes + 64 * 1024;
