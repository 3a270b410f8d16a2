import pino from 'pino';

/**
 * Structured JSON logs on stdout. Personal data is redacted wherever it appears under
 * these keys, so a log line never carries an ID number, phone or income.
 */
export const redactedLogKeys = [
  'idNumber',
  'phone',
  'password',
  'address',
  'income',
  'cookie',
  'authorization',
];

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'gonghui-gateway' },
    redact: {
      paths: redactedLogKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      censor: '[redacted]',
    },
  },
  // LOG_FILE sends the JSON lines to a file instead of stdout (the test suite scans it).
  process.env.LOG_FILE ? pino.destination({ dest: process.env.LOG_FILE, sync: true }) : undefined,
);
