import { describe, expect, it } from 'vitest';
import { globalIdOf, isUuid, shortId } from './global-id';

describe('globalIdOf', () => {
  it('encodes Type:uuid as unpadded base64url, as the gateway does', () => {
    expect(globalIdOf('Organization', 'aa28833c-12b4-5fcb-944c-5848bb7d6000')).toBe(
      'T3JnYW5pemF0aW9uOmFhMjg4MzNjLTEyYjQtNWZjYi05NDRjLTU4NDhiYjdkNjAwMA',
    );
    expect(globalIdOf('Organization', '00000000-0000-4000-8000-000000000000')).toBe(
      Buffer.from('Organization:00000000-0000-4000-8000-000000000000').toString('base64url'),
    );
  });
});

describe('isUuid and shortId', () => {
  it('recognise a uuid and shorten long ids', () => {
    expect(isUuid('01a1fe49-8f47-77af-93fb-5986b88fda76')).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(shortId('01a1fe49-8f47-77af-93fb-5986b88fda76')).toBe('01a1fe49…');
    expect(shortId('abc')).toBe('abc');
  });
});
