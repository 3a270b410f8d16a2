import { describe, expect, it } from 'vitest';
import { certificateHref, honoreeHref, parseHonorRoute, verifyHref } from './routes';

describe('honor routes', () => {
  it('names every honor page', () => {
    expect(parseHonorRoute('/honors')).toEqual({ name: 'roll' });
    expect(parseHonorRoute('/honors/')).toEqual({ name: 'roll' });
    expect(parseHonorRoute('/honor-stats')).toEqual({ name: 'stats' });
    expect(parseHonorRoute('/notices')).toEqual({ name: 'notices' });
    expect(parseHonorRoute('/verify')).toEqual({ name: 'verify', code: null });
    expect(parseHonorRoute('/verify/K7Q2-MX4D-9TRB')).toEqual({
      name: 'verify',
      code: 'K7Q2-MX4D-9TRB',
    });
    expect(parseHonorRoute('/certificates/K7Q2-MX4D-9TRB')).toEqual({
      name: 'certificate',
      code: 'K7Q2-MX4D-9TRB',
    });
    // Without a code, the verify page asks for one.
    expect(parseHonorRoute('/certificates')).toEqual({ name: 'verify', code: null });
    expect(parseHonorRoute('/certificates/%20')).toEqual({ name: 'verify', code: null });
    expect(parseHonorRoute('/honors/SG9ub3JlZTox')).toEqual({
      name: 'honoree',
      id: 'SG9ub3JlZTox',
    });
  });

  it('leaves the other pages to the rest of the site', () => {
    expect(parseHonorRoute('/')).toBeNull();
    expect(parseHonorRoute('/organizations/abc')).toBeNull();
    expect(parseHonorRoute('/honors/a/b')).toBeNull();
    expect(parseHonorRoute('/honors/%E0%A4%A')).toBeNull();
    expect(parseHonorRoute('/honorsx')).toBeNull();
    expect(parseHonorRoute('/certificates/a/b')).toBeNull();
  });

  it('builds links that parse back', () => {
    const id = 'SG9ub3JlZTo/+x';
    expect(parseHonorRoute(honoreeHref(id))).toEqual({ name: 'honoree', id });
    expect(parseHonorRoute(verifyHref(' AB/CD '))).toEqual({ name: 'verify', code: 'AB/CD' });
    expect(parseHonorRoute(certificateHref(' AB/CD '))).toEqual({
      name: 'certificate',
      code: 'AB/CD',
    });
  });
});
