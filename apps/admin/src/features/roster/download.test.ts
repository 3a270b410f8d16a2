import { describe, expect, it } from 'vitest';
import { downloadFailureKey, readableDownloadError } from './download';

describe('readableDownloadError', () => {
  it('reads the message of a JSON error', () => {
    expect(readableDownloadError('application/json', '{"message":"查看原因至少 5 个字"}')).toBe(
      '查看原因至少 5 个字',
    );
    expect(
      readableDownloadError(
        'application/json; charset=utf-8',
        '{"errors":[{"message":"无权导出"}]}',
      ),
    ).toBe('无权导出');
    expect(readableDownloadError(null, '{"error":"找不到该组织"}')).toBe('找不到该组织');
  });

  it('reads short plain text', () => {
    expect(readableDownloadError('text/plain; charset=utf-8', ' 请先登录 \n')).toBe('请先登录');
    expect(readableDownloadError('text/plain', 'x'.repeat(301))).toBeNull();
  });

  it('has nothing to say for HTML, empty or broken bodies', () => {
    expect(readableDownloadError('text/html', '<html><body>502</body></html>')).toBeNull();
    expect(readableDownloadError('application/json', '')).toBeNull();
    expect(readableDownloadError('application/json', '{"message":')).toBeNull();
    expect(readableDownloadError('application/json', '{"message":42}')).toBeNull();
    expect(readableDownloadError('application/json', '{"message":"  "}')).toBeNull();
  });
});

describe('downloadFailureKey', () => {
  it.each([
    [null, 'error.networkBody'],
    [401, 'roster.download.signedOut'],
    [403, 'roster.download.forbidden'],
    [404, 'roster.download.notFound'],
    [410, 'roster.download.notFound'],
    [400, 'roster.download.rejected'],
    [429, 'roster.download.rejected'],
    [500, 'error.serverBody'],
    [503, 'error.serverBody'],
  ] as const)('%s → %s', (status, key) => {
    expect(downloadFailureKey(status)).toBe(key);
  });
});
