import { describe, expect, it } from 'vitest';
import { organizationPath } from './organization-paths';
import { maxSearchLength, pathLabel, searchTerm } from './search-term';

describe('searchTerm', () => {
  it('trims, and sends nothing for blank input', () => {
    expect(searchTerm('  海尔 ')).toBe('海尔');
    expect(searchTerm('   ')).toBeNull();
  });

  it('keeps within the gateway limit', () => {
    expect(searchTerm('工'.repeat(150))?.length).toBe(maxSearchLength);
  });
});

describe('pathLabel', () => {
  it('joins the ancestors root first', () => {
    expect(pathLabel([{ name: '中华全国总工会' }, { name: '山东省总工会' }])).toBe(
      '中华全国总工会 / 山东省总工会',
    );
    expect(pathLabel([])).toBe('');
  });
});

describe('organizationPath', () => {
  it('puts the global id in the path', () => {
    expect(organizationPath('T3JnYW5pemF0aW9uOjE')).toBe('/organizations/T3JnYW5pemF0aW9uOjE');
    expect(organizationPath('a/b')).toBe('/organizations/a%2Fb');
  });
});
