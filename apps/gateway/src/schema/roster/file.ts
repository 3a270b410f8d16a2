import { GraphQLError } from 'graphql';
import { builder } from '../../builder.js';

/** Whether a value is an uploaded file (a Blob with a name, as yoga's multipart parser gives). */
function isUploadedFile(value: unknown): value is File {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<File>;
  return (
    typeof file.name === 'string' &&
    typeof file.size === 'number' &&
    typeof file.arrayBuffer === 'function'
  );
}

builder.scalarType('File', {
  description:
    'An uploaded file: send the operation as a GraphQL multipart request (multipart/form-data with `operations`, `map` and the file part). Input only.',
  serialize: () => {
    throw new GraphQLError('File is an input type only');
  },
  parseValue: (value) => {
    if (!isUploadedFile(value)) {
      throw new GraphQLError('应上传一个文件（multipart 请求）', {
        extensions: { code: 'VALIDATION_FAILED', rule: 'FILE_REQUIRED' },
      });
    }
    return value;
  },
  parseLiteral: () => {
    throw new GraphQLError('应上传一个文件（multipart 请求）', {
      extensions: { code: 'VALIDATION_FAILED', rule: 'FILE_REQUIRED' },
    });
  },
});
