import { describe, expect, it } from 'vitest';
import { diffJson, formatJsonValue } from './json-diff';

describe('diffJson', () => {
  it('lists the fields of a creation as added', () => {
    expect(diffJson(null, { username: 'li.na', roles: ['VIEWER@x'] })).toEqual([
      { path: 'username', kind: 'added', after: 'li.na' },
      { path: 'roles', kind: 'added', after: ['VIEWER@x'] },
    ]);
  });

  it('lists the fields of a removal as removed', () => {
    expect(diffJson({ role: 'JUDGE' }, null)).toEqual([
      { path: 'role', kind: 'removed', before: 'JUDGE' },
    ]);
  });

  it('flattens nested objects and compares arrays whole', () => {
    expect(
      diffJson(
        { limits: { perMinute: 60 }, tags: ['a'], name: 'x' },
        { limits: { perMinute: 120 }, tags: ['a'], name: 'x' },
      ),
    ).toEqual([
      { path: 'limits.perMinute', kind: 'changed', before: 60, after: 120 },
      { path: 'tags', kind: 'unchanged', before: ['a'], after: ['a'] },
      { path: 'name', kind: 'unchanged', before: 'x', after: 'x' },
    ]);
  });

  it('handles snapshots that are single values, and no snapshots', () => {
    expect(diffJson('a', 'b')).toEqual([{ path: '', kind: 'changed', before: 'a', after: 'b' }]);
    expect(diffJson(null, undefined)).toEqual([]);
  });
});

describe('formatJsonValue', () => {
  it('shows text as it is and anything else as JSON', () => {
    expect(formatJsonValue('青岛日报')).toBe('青岛日报');
    expect(formatJsonValue(60)).toBe('60');
    expect(formatJsonValue(['a', 'b'])).toBe('["a","b"]');
    expect(formatJsonValue(null)).toBe('null');
    expect(formatJsonValue(undefined)).toBe('');
  });
});
