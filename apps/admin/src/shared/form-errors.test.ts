import { describe, expect, it } from 'vitest';
import { formErrorsOf, matchesFieldPattern, namePathOf } from './form-errors';

describe('namePathOf', () => {
  it('drops the argument wrapper and reads list indexes as numbers', () => {
    expect(namePathOf('input.password')).toEqual(['password']);
    expect(namePathOf('input.roles.0.role')).toEqual(['roles', 0, 'role']);
    expect(namePathOf('input.roles.12.organizationId')).toEqual(['roles', 12, 'organizationId']);
    expect(namePathOf('filter.organizationId')).toEqual(['organizationId']);
  });

  it('keeps paths without a wrapper, and a wrapper on its own', () => {
    expect(namePathOf('newPassword')).toEqual(['newPassword']);
    expect(namePathOf('reason')).toEqual(['reason']);
    expect(namePathOf('input')).toEqual(['input']);
    expect(namePathOf('')).toEqual([]);
  });
});

describe('matchesFieldPattern', () => {
  it('matches names, with * standing for a list index only', () => {
    expect(matchesFieldPattern(['roles', 0, 'role'], 'roles.*.role')).toBe(true);
    expect(matchesFieldPattern(['roles', 'x', 'role'], 'roles.*.role')).toBe(false);
    expect(matchesFieldPattern(['roles', 0], 'roles.*.role')).toBe(false);
    expect(matchesFieldPattern(['password'], 'password')).toBe(true);
    expect(matchesFieldPattern(['password'], 'username')).toBe(false);
  });
});

describe('formErrorsOf', () => {
  const fields = [
    'username',
    'password',
    'organizationId',
    'roles.*.role',
    'roles.*.organizationId',
  ];

  it('puts each message under the field it names', () => {
    const errors = formErrorsOf(
      {
        field: 'input.password',
        message: '密码至少 10 位',
        issues: [
          { field: 'input.password', message: '密码至少 10 位' },
          { field: 'input.roles.1.role', message: '只有超级管理员可以授予超级管理员角色' },
        ],
      },
      fields,
    );
    expect(errors.fields).toEqual([
      { name: ['password'], errors: ['密码至少 10 位'] },
      { name: ['roles', 1, 'role'], errors: ['只有超级管理员可以授予超级管理员角色'] },
    ]);
    expect(errors.general).toEqual([]);
  });

  it('collects every message of a field once', () => {
    const errors = formErrorsOf(
      {
        field: 'input.password',
        message: '密码至少 10 位',
        issues: [
          { field: 'input.password', message: '密码至少 10 位' },
          { field: 'input.password', message: '密码不能包含用户名' },
          { field: 'input.password', message: '密码至少 10 位' },
        ],
      },
      fields,
    );
    expect(errors.fields).toEqual([
      { name: ['password'], errors: ['密码至少 10 位', '密码不能包含用户名'] },
    ]);
  });

  it('falls back to the first issue when there is no list', () => {
    expect(
      formErrorsOf({ field: 'newPassword', message: '密码过于常见' }, ['newPassword']),
    ).toEqual({
      fields: [{ name: ['newPassword'], errors: ['密码过于常见'] }],
      general: [],
    });
  });

  it('leaves messages about inputs the form does not have for an alert', () => {
    const errors = formErrorsOf({ field: 'input', message: '输入无效', issues: [] }, fields);
    expect(errors).toEqual({ fields: [], general: ['输入无效'] });
  });
});
