import { describe, expect, it } from 'vitest';
import { loginLocationFor, redirectTargetOf, safeRedirect } from './redirect';

describe('loginLocationFor', () => {
  it('remembers the page wanted, with its query and hash', () => {
    expect(
      loginLocationFor({ pathname: '/organizations/T3Jn', search: '?tab=members', hash: '#x' }),
    ).toBe('/login?redirect=%2Forganizations%2FT3Jn%3Ftab%3Dmembers%23x');
  });

  it('does not remember the start page or the login page', () => {
    expect(loginLocationFor({ pathname: '/' })).toBe('/login');
    expect(loginLocationFor({ pathname: '/login', search: '?redirect=%2Fstaff' })).toBe('/login');
  });
});

describe('safeRedirect', () => {
  it('accepts paths inside the console', () => {
    expect(safeRedirect('/organizations/T3Jn')).toBe('/organizations/T3Jn');
    expect(safeRedirect('/audit-log?x=1')).toBe('/audit-log?x=1');
  });

  it('takes a path written with the /admin base as the same path', () => {
    expect(safeRedirect('/admin/staff')).toBe('/staff');
    expect(safeRedirect('/admin')).toBe('/');
  });

  it('refuses other sites, schemes, odd characters and the login page', () => {
    for (const raw of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'organizations',
      '/staff\n',
      '/login',
      '/login?redirect=/staff',
      '/admin/login',
      '',
      null,
      undefined,
    ]) {
      expect(safeRedirect(raw)).toBe('/');
    }
    expect(safeRedirect('https://evil.example/', '/organizations')).toBe('/organizations');
  });
});

describe('redirectTargetOf', () => {
  it('reads the redirect parameter of the login page', () => {
    expect(redirectTargetOf('?redirect=%2Forganizations%2FT3Jn')).toBe('/organizations/T3Jn');
    expect(redirectTargetOf('')).toBe('/');
    expect(redirectTargetOf('?redirect=https%3A%2F%2Fevil.example')).toBe('/');
  });

  it('round-trips what loginLocationFor wrote', () => {
    const login = loginLocationFor({ pathname: '/staff', search: '?q=王' });
    expect(redirectTargetOf(login.slice(login.indexOf('?')))).toBe('/staff?q=王');
  });
});
