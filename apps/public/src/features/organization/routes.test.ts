import { describe, expect, it } from 'vitest';
import { organizationHref, parseRoute } from './routes';

describe('parseRoute', () => {
  it('starts at the roots', () => {
    expect(parseRoute('/')).toEqual({ name: 'roots' });
    expect(parseRoute('/organizations')).toEqual({ name: 'roots' });
  });

  it('reads an organisation id, with or without a trailing slash', () => {
    expect(parseRoute('/organizations/T3JnYW5p')).toEqual({ name: 'organization', id: 'T3JnYW5p' });
    expect(parseRoute('/organizations/T3JnYW5p/')).toEqual({
      name: 'organization',
      id: 'T3JnYW5p',
    });
  });

  it('round-trips an id through the href', () => {
    const id = 'a/b c';
    expect(parseRoute(organizationHref(id))).toEqual({ name: 'organization', id });
  });

  it('does not guess at other paths', () => {
    expect(parseRoute('/organizations/a/b')).toEqual({ name: 'notFound' });
    expect(parseRoute('/admin')).toEqual({ name: 'notFound' });
    expect(parseRoute('/organizations/%E0%A4%A')).toEqual({ name: 'notFound' });
  });
});
