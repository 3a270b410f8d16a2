import { parseCalendarDate } from '@gonghui/domain';
import { GraphQLError, Kind } from 'graphql';
import { builder } from '../../builder.js';

/** PostgreSQL DATE columns arrive as UTC midnight; the calendar date is their UTC day. */
function formatDate(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

function parseDateInput(value: unknown): string {
  const parsed = typeof value === 'string' ? parseCalendarDate(value) : null;
  if (!parsed?.ok) {
    throw new GraphQLError('日期格式应为 YYYY-MM-DD，且必须是真实存在的日期', {
      extensions: { code: 'VALIDATION_FAILED', rule: 'DATE_INVALID' },
    });
  }
  return parsed.value;
}

builder.scalarType('Date', {
  description: 'A calendar date in Asia/Shanghai, as YYYY-MM-DD.',
  serialize: (value) => formatDate(value),
  parseValue: parseDateInput,
  parseLiteral: (ast) => parseDateInput(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 string with offset.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const instant = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(instant.getTime())) {
      throw new GraphQLError('时间格式应为 ISO 8601', {
        extensions: { code: 'VALIDATION_FAILED', rule: 'DATETIME_INVALID' },
      });
    }
    return instant;
  },
});

builder.scalarType('JSON', {
  description: 'A JSON value (audit snapshots).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
