/** The honor pages of the public site, read from the URL path. */
export type HonorRoute =
  | { name: 'roll' }
  | { name: 'honoree'; id: string }
  | { name: 'stats' }
  | { name: 'notices' }
  | { name: 'verify'; code: string | null }
  | { name: 'certificate'; code: string };

export const honorRollPath = '/honors';
export const honorStatsPath = '/honor-stats';
export const noticesPath = '/notices';
export const verifyPath = '/verify';
export const certificatesPath = '/certificates';

const honoreePath = /^\/honors\/([^/]+)\/?$/;
const verifyCodePath = /^\/verify\/([^/]+)\/?$/;
const certificatePath = /^\/certificates\/([^/]+)\/?$/;

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The honor page a path names, or null when it is none of them (another part of the site). */
export function parseHonorRoute(pathname: string): HonorRoute | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === honorRollPath) return { name: 'roll' };
  if (path === honorStatsPath) return { name: 'stats' };
  if (path === noticesPath) return { name: 'notices' };
  // A certificate is found by its code: without one, the verify page asks for it.
  if (path === verifyPath || path === certificatesPath) return { name: 'verify', code: null };
  const honoree = honoreePath.exec(pathname);
  if (honoree?.[1]) {
    const id = decoded(honoree[1]);
    return id ? { name: 'honoree', id } : null;
  }
  const verify = verifyCodePath.exec(pathname);
  if (verify?.[1]) {
    const code = decoded(verify[1])?.trim();
    return code ? { name: 'verify', code } : { name: 'verify', code: null };
  }
  const certificate = certificatePath.exec(pathname);
  if (certificate?.[1]) {
    const code = decoded(certificate[1])?.trim();
    return code ? { name: 'certificate', code } : { name: 'verify', code: null };
  }
  return null;
}

export function honoreeHref(id: string): string {
  return `${honorRollPath}/${encodeURIComponent(id)}`;
}

export function verifyHref(code: string): string {
  return `${verifyPath}/${encodeURIComponent(code.trim())}`;
}

export function certificateHref(code: string): string {
  return `${certificatesPath}/${encodeURIComponent(code.trim())}`;
}
