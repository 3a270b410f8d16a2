import { describe, expect, it } from 'vitest';
import { listSearchOf, memberPath, membersPath } from './member-paths';

describe('member paths', () => {
  it('build the detail and list paths', () => {
    expect(memberPath('TWVtYmVyOjE')).toBe('/members/TWVtYmVyOjE');
    expect(membersPath()).toBe('/members');
    expect(membersPath('')).toBe('/members');
    expect(membersPath(new URLSearchParams({ q: '王', status: 'ACTIVE' }))).toBe(
      '/members?q=%E7%8E%8B&status=ACTIVE',
    );
  });

  it('take the list filters back only from a state the list wrote', () => {
    expect(listSearchOf({ listSearch: 'q=%E7%8E%8B' })).toBe('q=%E7%8E%8B');
    expect(listSearchOf(null)).toBeUndefined();
    expect(listSearchOf('q=x')).toBeUndefined();
    expect(listSearchOf({ listSearch: 42 })).toBeUndefined();
  });
});
