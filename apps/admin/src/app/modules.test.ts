import { describe, expect, it } from 'vitest';
import { consoleModules, moduleOfPath, startPath, visibleModules } from './modules';

const unionAdmin = [
  'ORGANIZATION_READ',
  'MEMBER_READ',
  'MEMBER_REVEAL_IDENTITY',
  'STAFF_MANAGE',
  'API_KEY_MANAGE',
  'AUDIT_READ',
  'AID_READ',
  'HONOR_READ',
  'COMPETITION_READ',
  'INNOVATION_READ',
  'SERVICE_READ',
  'REPORT_READ',
];
const judge = ['ORGANIZATION_READ', 'COMPETITION_READ', 'COMPETITION_JUDGE', 'REPORT_READ'];
const viewer = ['ORGANIZATION_READ', 'MEMBER_READ', 'AID_READ', 'HONOR_READ', 'COMPETITION_READ'];

describe('visibleModules', () => {
  it('shows a union admin every module', () => {
    expect(visibleModules(unionAdmin).map((module) => module.key)).toEqual(
      consoleModules.map((module) => module.key),
    );
  });

  it('shows a judge only what the role allows', () => {
    expect(visibleModules(judge).map((module) => module.key)).toEqual([
      'organizations',
      'competitions',
      'report',
    ]);
  });

  it('never shows the administration modules to a read-only user', () => {
    const keys = visibleModules(viewer).map((module) => module.key);
    expect(keys).not.toContain('staff');
    expect(keys).not.toContain('api-keys');
    expect(keys).not.toContain('audit-log');
  });
});

describe('startPath and moduleOfPath', () => {
  it('starts at the first ready module the viewer may open', () => {
    expect(startPath(unionAdmin)).toBe('/organizations');
    expect(startPath(['AUDIT_READ'])).toBe('/audit-log');
    expect(startPath(['MEMBER_READ'])).toBe('/members');
    expect(startPath(['HONOR_READ'])).toBe('/honors');
    expect(startPath(['INNOVATION_READ'])).toBe('/innovation');
    expect(startPath(['REPORT_READ'])).toBe('/report');
    expect(startPath([])).toBeNull();
  });

  it('finds the module of a path', () => {
    expect(moduleOfPath('/organizations/T3Jn')?.key).toBe('organizations');
    expect(moduleOfPath('/audit-log')?.key).toBe('audit-log');
    expect(moduleOfPath('/members/TWVt')?.key).toBe('members');
    expect(moduleOfPath('/nowhere')).toBeUndefined();
    expect(moduleOfPath('/')).toBeUndefined();
  });
});
