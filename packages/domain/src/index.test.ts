import { describe, expect, it } from 'vitest';
import * as aid from './aid/index.js';
import * as auth from './auth/index.js';
import * as competition from './competition/index.js';
import * as honor from './honor/index.js';
import * as domain from './index.js';
import * as innovation from './innovation/index.js';
import * as member from './member/index.js';
import * as organization from './organization/index.js';
import * as report from './report/index.js';
import * as service from './service/index.js';
import * as shared from './shared/index.js';

const modules = {
  aid,
  auth,
  competition,
  honor,
  innovation,
  member,
  organization,
  report,
  service,
  shared,
};

describe('public API', () => {
  it('exports every module’s public API through the package entry point, and nothing else', () => {
    const fromModules = Object.values(modules).flatMap((module) => Object.keys(module));
    expect(new Set(fromModules).size).toBe(fromModules.length);
    expect(Object.keys(domain).sort()).toEqual(fromModules.sort());
    const exported = new Map(Object.entries(domain));
    for (const module of Object.values(modules)) {
      for (const [name, value] of Object.entries(module))
        expect(exported.get(name), name).toBe(value);
    }
  });

  it('has every rule code unique across modules', () => {
    const ruleTables = Object.entries(domain).filter(([name]) => name.endsWith('_RULES'));
    expect(ruleTables.length).toBeGreaterThan(20);
    const codes = ruleTables
      .flatMap(([, rules]) => Object.values(rules as Record<string, unknown>))
      .filter(
        (value): value is string => typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value),
      );
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(repeated).toEqual([]);
    expect(codes.length).toBeGreaterThan(100);
  });
});
